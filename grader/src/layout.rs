//! Where things are in a course: the exercise and solution crates, an
//! exercise's main file and shared tests, the build directory, the backups,
//! and the size caps on what the grader keeps of a process's output.
//!
//! Paths without a root are relative to the course root; [`Layout`] joins
//! them to the root of one course.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::info::{Exercise, Mode};

/// The folder of the exercise crates, `exercises/<dir>/<name>`.
pub const EXERCISES_DIR: &str = "exercises";
/// The folder of the solution crates, `solutions/<dir>/<name>`.
pub const SOLUTIONS_DIR: &str = "solutions";
/// Where the grader's cargo builds (`CARGO_TARGET_DIR`), apart from the
/// learner's own `target/debug`: rust-analyzer's `cargo check` there never
/// holds the lock a grading waits on.
pub const BUILD_DIR: &str = "target/grader";
/// Where `reset` keeps the learner's version of an exercise.
pub const BACKUP_DIR: &str = ".grader-backups";
/// A solution's package is its exercise's name followed by this.
pub const SOLUTION_SUFFIX: &str = "_solution";
/// The tests an exercise shares with its solution, relative to its crate.
pub const TESTS_FILE: &str = "src/tests.rs";
/// A topic's README (its chapter's source), relative to its topic folder.
pub const TOPIC_README: &str = "README.md";
/// The workspace member globs that cover every exercise and solution crate.
pub const MEMBER_GLOBS: [&str; 2] = ["exercises/*/*", "solutions/*/*"];
/// A crate's build output folder, skipped when walking a crate.
pub const BUILD_OUTPUT: &str = "target";

/// One mebibyte, the unit of memory limits.
pub const MIB: u64 = 1024 * 1024;
/// How much of a graded program's or tests' output is kept.
pub const OUTPUT_CAP: usize = 1024 * 1024;
/// How much of a tool's (cargo, clippy, git) output is kept.
pub const TOOL_OUTPUT_CAP: usize = 64 * 1024 * 1024;

/// Which of an exercise's two crates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    Exercise,
    Solution,
}

impl Side {
    /// `exercises/<dir>/<name>` or `solutions/<dir>/<name>`.
    pub fn crate_path(self, dir: &str, name: &str) -> PathBuf {
        let top = match self {
            Side::Exercise => EXERCISES_DIR,
            Side::Solution => SOLUTIONS_DIR,
        };
        Path::new(top).join(dir).join(name)
    }
    /// The package name of this side of the exercise called `name`.
    pub fn package_name(self, name: &str) -> String {
        match self {
            Side::Exercise => name.to_string(),
            Side::Solution => format!("{name}{SOLUTION_SUFFIX}"),
        }
    }
    /// This side's package of `exercise`.
    pub fn package(self, exercise: &Exercise) -> String {
        self.package_name(&exercise.name)
    }
    /// The exercise's features as cargo takes them: `package/feature`.
    pub fn features(self, exercise: &Exercise) -> Vec<String> {
        let package = self.package(exercise);
        let features = exercise.features.iter();
        features.map(|f| format!("{package}/{f}")).collect()
    }
}

/// The exercise a package belongs to: the package name without [`SOLUTION_SUFFIX`].
pub fn exercise_of_package(package: &str) -> &str {
    package.trim_end_matches(SOLUTION_SUFFIX)
}

/// The file the learner edits, relative to the exercise crate.
pub fn main_file(mode: Mode) -> &'static str {
    match mode {
        Mode::Run => "src/main.rs",
        Mode::Test | Mode::Clippy => "src/lib.rs",
    }
}

/// The tests an exercise shares with its solution, relative to the course root.
pub fn tests_file(dir: &str, name: &str) -> PathBuf {
    Side::Exercise.crate_path(dir, name).join(TESTS_FILE)
}

/// `exercises/<dir>/README.md`: the topic's README, relative to the course root.
pub fn topic_readme(dir: &str) -> PathBuf {
    Path::new(EXERCISES_DIR).join(dir).join(TOPIC_README)
}

/// The line in a solution's main file that includes the exercise's tests.
pub fn shared_tests_attribute(dir: &str, name: &str) -> String {
    format!("#[path = \"../../../../{EXERCISES_DIR}/{dir}/{name}/{TESTS_FILE}\"]")
}

/// True for a folder name skipped when walking a crate: its build output.
pub fn is_build_output(name: &OsStr) -> bool {
    name == BUILD_OUTPUT
}

/// Where an exercise's crates and files are (see also [`Layout`]).
impl Exercise {
    pub fn package(&self) -> &str {
        &self.name
    }
    pub fn solution_package(&self) -> String {
        Side::Solution.package_name(&self.name)
    }
    /// `exercises/<dir>/<name>`, relative to the course root.
    pub fn exercise_path(&self) -> PathBuf {
        Side::Exercise.crate_path(&self.dir, &self.name)
    }
    /// `solutions/<dir>/<name>`, relative to the course root.
    pub fn solution_path(&self) -> PathBuf {
        Side::Solution.crate_path(&self.dir, &self.name)
    }
    /// The file the learner edits, relative to the exercise crate.
    pub fn main_file(&self) -> &'static str {
        main_file(self.mode)
    }
    /// The tests shared by exercise and solution, relative to the course root.
    pub fn tests_file(&self) -> Option<PathBuf> {
        match self.mode {
            Mode::Run => None,
            Mode::Test | Mode::Clippy => Some(tests_file(&self.dir, &self.name)),
        }
    }
}

/// Where things are in one course.
#[derive(Debug, Clone)]
pub struct Layout {
    root: PathBuf,
}

impl Layout {
    pub fn new(root: PathBuf) -> Layout {
        Layout { root }
    }
    /// The crate of one side of `exercise`.
    pub fn crate_dir(&self, exercise: &Exercise, side: Side) -> PathBuf {
        self.root
            .join(side.crate_path(&exercise.dir, &exercise.name))
    }
    /// The grader's cargo target directory.
    pub fn build_dir(&self) -> PathBuf {
        self.root.join(BUILD_DIR)
    }
    /// A new backup of `exercise` for `reset`: `.grader-backups/<name>-<seconds>`
    /// (the caller adds `-2`, `-3`… if it exists).
    pub fn backup_of(&self, exercise: &Exercise) -> PathBuf {
        let name = format!("{}-{}", exercise.name, crate::fsutil::timestamp());
        self.root.join(BACKUP_DIR).join(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_packages() {
        assert_eq!(
            Side::Solution.crate_path("01_x", "a"),
            Path::new("solutions/01_x/a")
        );
        assert_eq!(Side::Solution.package_name("a"), "a_solution");
        assert_eq!(exercise_of_package("a_solution"), "a");
        assert_eq!(
            shared_tests_attribute("01_x", "a"),
            "#[path = \"../../../../exercises/01_x/a/src/tests.rs\"]"
        );
        assert!(is_build_output(OsStr::new("target")));
        assert_eq!(
            MEMBER_GLOBS,
            [EXERCISES_DIR, SOLUTIONS_DIR].map(|top| format!("{top}/*/*"))
        );
    }
}
