//! What `check` finds wrong, as data: each kind with what it is about. The
//! prose an instructor reads is its rendering (`Display`), and the JSON
//! report gives both: `{"kind": "wrong_failure", "message": "…", …data}`.

use std::collections::BTreeSet;
use std::fmt;
use std::path::PathBuf;

use serde::{Serialize, Serializer};

use super::cheats::Cheat;
use crate::expect::{self, Expect};
use crate::shipped::SHIPPED_FILE;

pub use super::course_defect::CourseDefect;

/// Marks an unfinished field written by `grader new`. A plain `TODO` is left
/// alone: exercises often tell the learner `// TODO: fix this`.
pub const PLACEHOLDER: &str = "TODO(instructor)";

/// What is wrong with one exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Defect {
    /// Its files or its entry, found without building.
    Files(FileDefect),
    /// Its shipped files against the course's record of them.
    Record(RecordDefect),
    /// What grading it (and its cheated copies) showed.
    Graded(GradeDefect),
}

/// A defect of an exercise's files or entry, found without building.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FileDefect {
    /// A crate's main file is missing or empty.
    MissingFile { file: PathBuf },
    /// The exercise is its solution: there is nothing to fix.
    SameAsSolution,
    /// The exercise's main file does not start with a comment.
    NoHeader { file: PathBuf },
    /// `TODO(instructor)` left at these `file:line` places.
    Placeholders { places: Vec<String> },
    /// The exercise's doc tests name the crate, the solution's library has another name.
    LibName { name: String, manifest: PathBuf },
    /// The shared tests file has no test.
    NoTests { file: PathBuf },
    /// The solution's main file does not include the exercise's tests with `line`.
    TestsNotShared { file: PathBuf, line: String },
    /// The solution has tests of its own.
    OwnTestsFile,
    /// cargo cannot build a crate of the exercise (missing, misnamed, undeclared features).
    BrokenCrate { problem: String },
}

/// A shipped file that differs from the course's record (test-hashes.toml).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RecordDefect {
    /// The exercise has no record at all.
    Unrecorded { exercise: String },
    /// A protected file changed since it was recorded.
    EditedSinceRecorded { exercise: String, file: PathBuf },
    /// A build script the record does not know.
    UnrecordedBuildScript { exercise: String, file: PathBuf },
    /// The exercise redefines a macro the tests rely on.
    ShadowedMacro { file: PathBuf, name: String },
    /// The set of protected files is not the recorded one.
    ProtectedFilesChanged {
        exercise: String,
        dir: PathBuf,
        now: Vec<String>,
        recorded: Vec<String>,
    },
}

/// What grading an exercise showed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum GradeDefect {
    /// The solution does not pass; `evidence` says where and why.
    SolutionFails { outcome: String, evidence: String },
    /// The shipped exercise does not fail as `expect` says: it gave
    /// `observed` (`gave` in words: the codes, or how it ended).
    WrongFailure {
        expected: BTreeSet<Expect>,
        observed: BTreeSet<Expect>,
        gave: String,
        evidence: String,
    },
    /// Clippy's findings in the solution.
    SolutionNotClippyClean { findings: Vec<Finding> },
    /// Clippy's findings in the shared tests.
    TestsNotClippyClean {
        tests: PathBuf,
        findings: Vec<Finding>,
    },
    /// rustfmt would change this file.
    Unformatted { file: PathBuf },
    /// A generic cheat passes the shipped exercise.
    CheatPassed { cheat: Cheat },
    /// A generic cheat could not be graded: nothing is proven.
    CheatUntried { cheat: Cheat },
    /// The fast path has no recorded plan for the crate.
    FastPathUnrecorded { package: String },
    /// Replaying rustc failed where cargo did not.
    FastPathReplayFailed { package: String },
    /// The fast path and cargo judged the crate differently.
    FastPathDisagrees {
        package: String,
        cargo: FastPathVerdict,
        replay: FastPathVerdict,
    },
}

/// A clippy lint and where it points (`file:line`), if it does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub lint: String,
    pub place: Option<String>,
}

/// What a build said of a crate: its compile errors (none when it
/// compiled), and whether it built the target graded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FastPathVerdict {
    pub codes: Option<BTreeSet<Expect>>,
    pub built: bool,
}

impl From<FileDefect> for Defect {
    fn from(defect: FileDefect) -> Self {
        Defect::Files(defect)
    }
}

impl From<RecordDefect> for Defect {
    fn from(defect: RecordDefect) -> Self {
        Defect::Record(defect)
    }
}

impl From<GradeDefect> for Defect {
    fn from(defect: GradeDefect) -> Self {
        Defect::Graded(defect)
    }
}

impl fmt::Display for Defect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Defect::Files(defect) => defect.fmt(f),
            Defect::Record(defect) => defect.fmt(f),
            Defect::Graded(defect) => defect.fmt(f),
        }
    }
}

impl fmt::Display for FileDefect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileDefect::MissingFile { file } => write!(f, "{} is missing or empty", file.display()),
            FileDefect::SameAsSolution => {
                f.write_str("the exercise is the same as its solution: nothing to fix")
            }
            FileDefect::NoHeader { file } => write!(
                f,
                "{} has no header comment saying what to do",
                file.display()
            ),
            FileDefect::Placeholders { places } => write!(
                f,
                "`{PLACEHOLDER}` placeholders are left at {}: fill them in",
                places.join(", ")
            ),
            FileDefect::LibName { name, manifest } => write!(
                f,
                "the exercise's doc tests name the crate `{name}`, but the solution's library is not called `{name}` (so its doc tests cannot be the same): add `[lib] name = \"{name}\"` to {}",
                manifest.display()
            ),
            FileDefect::NoTests { file } => write!(f, "{} has no tests", file.display()),
            FileDefect::TestsNotShared { file, line } => write!(
                f,
                "the solution does not share the exercise's tests: {} needs `{line}` on `mod tests;`",
                file.display()
            ),
            FileDefect::OwnTestsFile => {
                f.write_str("the solution has a src/tests.rs of its own: tests could drift apart")
            }
            FileDefect::BrokenCrate { problem } => f.write_str(problem),
        }
    }
}

/// What to run when a change to a recorded file is meant.
fn record_fix(exercise: &str) -> String {
    format!("if the change is meant, run `grader check --update-hashes --only {exercise}`")
}

impl fmt::Display for RecordDefect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordDefect::Unrecorded { exercise } => write!(
                f,
                "`{exercise}` has no record in {SHIPPED_FILE}: {}",
                record_fix(exercise)
            ),
            RecordDefect::EditedSinceRecorded { exercise, file } => write!(
                f,
                "{} changed since it was recorded in {SHIPPED_FILE}: {}",
                file.display(),
                record_fix(exercise)
            ),
            RecordDefect::UnrecordedBuildScript { exercise, file } => write!(
                f,
                "{} is not recorded in {SHIPPED_FILE}: {}",
                file.display(),
                record_fix(exercise)
            ),
            RecordDefect::ShadowedMacro { file, name } => write!(
                f,
                "{} redefines `{name}!`, which the tests rely on: rename it",
                file.display()
            ),
            RecordDefect::ProtectedFilesChanged {
                exercise,
                dir,
                now,
                recorded,
            } => write!(
                f,
                "the protected files of {} are now {}, recorded: {}: {}",
                dir.display(),
                now.join(", "),
                recorded.join(", "),
                record_fix(exercise)
            ),
        }
    }
}

impl fmt::Display for GradeDefect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GradeDefect::SolutionFails { outcome, evidence } => {
                write!(f, "the solution does not pass: {outcome}{evidence}")
            }
            GradeDefect::WrongFailure {
                expected,
                gave,
                evidence,
                ..
            } => write!(
                f,
                "the shipped exercise should fail with {}, but it gave {gave}{evidence}",
                expect::list(expected)
            ),
            GradeDefect::SolutionNotClippyClean { findings } => {
                write!(f, "the solution is not clippy clean: {}", joined(findings))
            }
            GradeDefect::TestsNotClippyClean { tests, findings } => write!(
                f,
                "the shared tests {} are not clippy clean: {} (fix the tests, then `grader check --update-hashes`)",
                tests.display(),
                joined(findings)
            ),
            GradeDefect::Unformatted { file } => write!(
                f,
                "rustfmt would change {}: run `cargo fmt`",
                file.display()
            ),
            GradeDefect::CheatPassed { cheat } => write!(
                f,
                "the shipped exercise passes with {}: the grader must refuse it",
                cheat.describe()
            ),
            GradeDefect::CheatUntried { cheat } => write!(
                f,
                "the cheat of {} could not be tried: cargo built no test binary of its copy and reported no error",
                cheat.describe()
            ),
            GradeDefect::FastPathUnrecorded { .. } => {
                f.write_str("no fast-path plan was recorded by the check's cargo build")
            }
            GradeDefect::FastPathReplayFailed { .. } => {
                f.write_str("replaying rustc failed where cargo did not")
            }
            GradeDefect::FastPathDisagrees {
                package,
                cargo,
                replay,
            } => write!(
                f,
                "the fast path disagrees with cargo on {package}: cargo gave {cargo}, replaying rustc {replay}"
            ),
        }
    }
}

fn joined(findings: &[Finding]) -> String {
    let shown: Vec<String> = findings.iter().map(ToString::to_string).collect();
    shown.join(", ")
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Some(place) => write!(f, "{} at {place}", self.lint),
            None => f.write_str(&self.lint),
        }
    }
}

impl fmt::Display for FastPathVerdict {
    /// As Rust debug-prints the pair (codes, built).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", (&self.codes, self.built))
    }
}

/// A defect as the JSON report gives it: its kind and data, and its message.
#[derive(Serialize)]
pub struct Described<'a, T> {
    #[serde(flatten)]
    data: &'a T,
    message: String,
}

impl<'a, T: fmt::Display> Described<'a, T> {
    pub fn of(data: &'a T) -> Self {
        Described {
            data,
            message: data.to_string(),
        }
    }
}

impl Serialize for Defect {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Defect::Files(defect) => Described::of(defect).serialize(serializer),
            Defect::Record(defect) => Described::of(defect).serialize(serializer),
            Defect::Graded(defect) => Described::of(defect).serialize(serializer),
        }
    }
}

#[cfg(test)]
#[path = "defect_tests.rs"]
mod tests;
