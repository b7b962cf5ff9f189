//! Finding the course (like cargo finds Cargo.toml) and loading what it holds.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::info::{Exercise, INFO_FILE, Info};
use crate::layout::Layout;
use crate::shipped::{ExerciseRecord, SHIPPED_FILE, Shipped};

/// A loaded course: its root folder, its validated info.toml and the record
/// of what it ships (protected files, test names).
#[derive(Debug)]
pub struct Course {
    pub root: PathBuf,
    /// Where things are under `root`.
    pub layout: Layout,
    pub info: Info,
    pub shipped: Shipped,
    /// Why the record could not be read, if it could not: commands that do not
    /// grade still work, and `check --update-hashes` writes it anew.
    pub shipped_error: Option<String>,
}

impl Course {
    /// Loads the course at `given`, or the nearest folder above the current
    /// one that holds both info.toml and Cargo.toml.
    pub fn open(given: Option<&Path>) -> Result<Course> {
        let root = match given {
            Some(path) => path
                .canonicalize()
                .with_context(|| format!("the course folder {} does not exist", path.display()))?,
            None => find_root(&std::env::current_dir().context("cannot read the current folder")?)?,
        };
        let info = Info::load(&root)?;
        let (shipped, shipped_error) = match Shipped::load(&root) {
            Ok(shipped) => (shipped, None),
            Err(e) => (Shipped::default(), Some(format!("{e:#}"))),
        };
        Ok(Course {
            layout: Layout::new(root.clone()),
            root,
            info,
            shipped,
            shipped_error,
        })
    }

    /// What the course ships for `exercise`: without it no pass can be trusted,
    /// so a missing or partial record is the course's error, never a pass.
    pub fn record(&self, exercise: &Exercise) -> Result<&ExerciseRecord> {
        if let Some(error) = &self.shipped_error {
            bail!("{error}");
        }
        let name = &exercise.name;
        let record = self.shipped.get(name).filter(|r| {
            !r.files.is_empty() && (exercise.mode == crate::info::Mode::Run || !r.tests.is_empty())
        });
        record.with_context(|| {
            format!(
                "{SHIPPED_FILE} has no full record of `{name}`'s shipped tests, so a pass could not be trusted. \
                 Restore the file with `git checkout -- {SHIPPED_FILE}`; if you maintain the course, run \
                 `grader check --update-hashes --only {name}`."
            )
        })
    }

    /// The exercise called `name`, or an error that lists how to see the names.
    pub fn exercise(&self, name: &str) -> Result<&Exercise> {
        self.info.find(name).with_context(|| {
            format!("there is no exercise `{name}`. `grader list` shows them all.")
        })
    }
}

impl Course {
    /// What is wrong with the exercise's two crates (missing, misnamed), for `check`.
    pub fn crate_problems(&self, exercise: &Exercise) -> Vec<String> {
        let crates = [
            (exercise.exercise_path(), exercise.package().to_string()),
            (exercise.solution_path(), exercise.solution_package()),
        ];
        let mut problems: Vec<String> = crates
            .iter()
            .filter_map(|(path, package)| self.crate_problem(path, package))
            .collect();
        if problems.is_empty() {
            problems.extend(
                crates
                    .iter()
                    .filter_map(|(path, _)| self.undeclared(path, exercise)),
            );
        }
        problems
    }

    /// The entry's `features` that the crate's Cargo.toml does not declare.
    fn undeclared(&self, crate_path: &Path, exercise: &Exercise) -> Option<String> {
        let manifest = crate_path.join("Cargo.toml");
        let declared = crate::info::declared_features(&self.root.join(&manifest));
        let missing: Vec<&str> = exercise
            .features
            .iter()
            .filter(|f| !declared.contains(f.as_str()))
            .map(String::as_str)
            .collect();
        (!missing.is_empty()).then(|| {
            format!(
                "`features` in info.toml names {} that {} does not declare. Add it under `[features]` in both crates.",
                missing.join(", "),
                manifest.display()
            )
        })
    }

    /// What is wrong with the crate at `crate_path` (relative to the root)
    /// that cargo would not say clearly: its Cargo.toml is gone, or names
    /// another package. One that does not parse is left to cargo, which names
    /// the line. A broken crate is its exercise's problem, not the course's:
    /// the other exercises, and `reset` of this one, keep working.
    pub fn crate_problem(&self, crate_path: &Path, package: &str) -> Option<String> {
        let manifest = crate_path.join("Cargo.toml");
        let text = match std::fs::read_to_string(self.root.join(&manifest)) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Some(format!("{} is missing.", manifest.display()));
            }
            Err(e) => return Some(format!("cannot read {}: {e}.", manifest.display())),
        };
        match package_name(&text) {
            Some(found) if found != package => Some(format!(
                "the package in {} is `{found}`, expected `{package}`.",
                manifest.display()
            )),
            _ => None,
        }
    }
}

/// The `[package] name` in the text of a manifest, if it has one.
fn package_name(text: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Manifest {
        package: Package,
    }
    #[derive(Deserialize)]
    struct Package {
        name: String,
    }
    toml::from_str::<Manifest>(text)
        .ok()
        .map(|m| m.package.name)
}

fn find_root(start: &Path) -> Result<PathBuf> {
    for dir in start.ancestors() {
        if dir.join(INFO_FILE).is_file() && dir.join("Cargo.toml").is_file() {
            return Ok(dir.to_path_buf());
        }
    }
    bail!(
        "no course here: neither {} nor a folder above it holds {INFO_FILE} and Cargo.toml. Run the grader inside the course, or pass --course PATH.",
        start.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(root: &Path) -> Course {
        Course {
            root: root.to_path_buf(),
            layout: Layout::new(root.to_path_buf()),
            info: Info {
                welcome_message: String::new(),
                final_message: String::new(),
                exercises: Vec::new(),
            },
            shipped: Shipped::default(),
            shipped_error: None,
        }
    }

    #[test]
    fn a_missing_or_misnamed_crate_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let course = course(dir.path());
        let krate = Path::new("exercises/01_x/a");
        assert_eq!(
            course.crate_problem(krate, "a").unwrap(),
            "exercises/01_x/a/Cargo.toml is missing."
        );
        std::fs::create_dir_all(dir.path().join(krate)).unwrap();
        let manifest = dir.path().join(krate).join("Cargo.toml");
        std::fs::write(&manifest, "[package]\nname = \"b\"\n").unwrap();
        let problem = course.crate_problem(krate, "a").unwrap();
        assert!(problem.contains("is `b`, expected `a`"), "{problem}");
        // Left to cargo, which names the line.
        std::fs::write(&manifest, "[package\n").unwrap();
        assert_eq!(course.crate_problem(krate, "a"), None);
    }
}
