//! The result of grading a crate: data, never an error. `Err` is kept for a
//! grader or course that cannot work.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Duration;

use crate::expect::Expect;
pub use crate::shipped::Tamper;

/// Why shipped tests did not report `ok` although nothing failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotRun {
    /// None of them is compiled: the tests module was removed or switched off.
    ModuleMissing,
    /// Tests of the same names are defined outside the shipped files.
    DefinedElsewhere { file: PathBuf },
    /// The test process ended before the harness printed its summary.
    EndedEarly,
    /// The harness finished but never ran them.
    NotReported,
}
/// One compiler message, as rustc rendered it (with ANSI colours).
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub is_error: bool,
    /// `E0382`, `clippy::needless_range_loop`, `unused_variables`, or none.
    pub code: Option<String>,
    pub rendered: String,
    /// Where it points: the file (relative to the course root) and its line.
    pub place: Option<(PathBuf, usize)>,
}

impl Diagnostic {
    /// `path/to/file.rs:LINE`, if the message points at a line.
    pub fn place_text(&self) -> Option<String> {
        let (file, line) = self.place.as_ref()?;
        Some(format!("{}:{line}", file.display()))
    }

    /// A rustc error code such as `E0382`, if the message has one.
    pub fn error_code(&self) -> Option<&str> {
        self.code
            .as_deref()
            .filter(|c| crate::expect::is_error_code(c))
    }

    /// The lint name of a clippy or rustc lint message.
    pub fn lint(&self) -> Option<&str> {
        let code = self.code.as_deref()?;
        if self.error_code().is_some() {
            return None;
        }
        Some(code.strip_prefix("clippy::").unwrap_or(code))
    }
}

#[derive(Debug, Clone)]
pub enum Outcome {
    Passed {
        output: String,
    },
    /// It does not compile: the rustc codes (or `compile-error` for errors without one).
    CompileError {
        errors: BTreeSet<Expect>,
        diagnostics: Vec<Diagnostic>,
    },
    /// It compiles, and these tests fail.
    TestFailure {
        failed: Vec<String>,
        output: String,
        /// rustc's warnings from the build (a hint may point at one).
        warnings: Vec<Diagnostic>,
    },
    /// The program exited with a failure (`None`: killed by a signal).
    RunFailure {
        code: Option<i32>,
        output: String,
        /// rustc's warnings from the build.
        warnings: Vec<Diagnostic>,
    },
    /// Clippy (warnings denied) reports these lints.
    ClippyFindings {
        lints: BTreeSet<String>,
        diagnostics: Vec<Diagnostic>,
    },
    /// The program or its tests ran past the limit: a deadlock or endless loop.
    TimedOut {
        limit: Duration,
        output: String,
        /// Tests that started but never reported a result: the ones that hung.
        running: Vec<String>,
    },
    OutputTooLarge {
        cap: usize,
        output: String,
    },
    /// A limit other than time or output was hit, and the run was stopped.
    ResourceLimit {
        limit: Limit,
        output: String,
    },
    /// cargo cannot read the crate of `exercise` (this one or another): its
    /// Cargo.toml does not parse, or the folder is gone. `message` says where.
    Broken {
        exercise: String,
        message: String,
    },
    /// The learner changed what the tests mean (a protected file, a build
    /// script, a shadowed macro); grading it would prove nothing.
    Tampered(Tamper),
    /// The tests ran without a failure, but not every shipped test reported `ok`.
    TestsNotRun {
        /// The shipped tests that never reported `ok`.
        missing: Vec<String>,
        /// How many tests the course ships for this exercise.
        total: usize,
        why: NotRun,
    },
    /// Stopped on purpose (a newer save arrived, or the learner quit).
    Cancelled,
}

impl Outcome {
    pub fn passed(&self) -> bool {
        matches!(self, Outcome::Passed { .. })
    }

    /// The failure as `expect` would name it: compared by `grader check`.
    pub fn observed(&self) -> BTreeSet<Expect> {
        match self {
            Outcome::CompileError { errors, .. } => errors.clone(),
            Outcome::TestFailure { .. } => [Expect::TestFailure].into(),
            Outcome::RunFailure { .. } => [Expect::RunFailure].into(),
            Outcome::TimedOut { .. } => [Expect::Timeout].into(),
            Outcome::ClippyFindings { lints, .. } => {
                lints.iter().map(|l| Expect::Clippy(l.clone())).collect()
            }
            Outcome::Passed { .. }
            | Outcome::OutputTooLarge { .. }
            | Outcome::Tampered(_)
            | Outcome::TestsNotRun { .. }
            | Outcome::ResourceLimit { .. }
            | Outcome::Broken { .. }
            | Outcome::Cancelled => BTreeSet::new(),
        }
    }

    /// Where the compiler errors point, in order (file relative to the
    /// course root, line), for opening the editor there.
    pub fn error_places(&self) -> impl Iterator<Item = &(PathBuf, usize)> {
        let diagnostics = match self {
            Outcome::CompileError { diagnostics, .. }
            | Outcome::ClippyFindings { diagnostics, .. } => diagnostics.as_slice(),
            _ => &[],
        };
        diagnostics
            .iter()
            .filter(|d| d.is_error)
            .filter_map(|d| d.place.as_ref())
    }

    /// Where a failing program or test panicked (`panicked at FILE:LINE:COL`),
    /// in order; file relative to the course root, as Rust prints it.
    pub fn panic_places(&self) -> Vec<(PathBuf, usize)> {
        let output = match self {
            Outcome::TestFailure { output, .. } | Outcome::RunFailure { output, .. } => output,
            _ => return Vec::new(),
        };
        let plain = crate::ansi::strip_ansi(output);
        plain
            .split("panicked at ")
            .skip(1)
            .filter_map(|rest| {
                let place = rest.split([':', '\n']).collect::<Vec<_>>();
                let line = place.get(1)?.trim().parse().ok()?;
                Some((PathBuf::from(place.first()?), line))
            })
            .collect()
    }

    /// A few words for tables and JSON: `passed`, `E0382`, `timeout`, …
    pub fn summary(&self) -> String {
        match self {
            Outcome::Passed { .. } => "passed".into(),
            Outcome::OutputTooLarge { .. } => "output too large".into(),
            Outcome::Tampered(_) => "tests tampered with".into(),
            Outcome::TestsNotRun { .. } => "tests not run".into(),
            Outcome::ResourceLimit { limit, .. } => limit.summary().into(),
            Outcome::Broken { .. } => "crate broken".into(),
            Outcome::Cancelled => "cancelled".into(),
            _ => crate::expect::list(&self.observed()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_where_it_panicked() {
        let outcome = Outcome::RunFailure {
            code: Some(101),
            output:
                "hi\nthread 'main' (3778) panicked at exercises/a/src/main.rs:16:9:\nnot done\n"
                    .into(),
            warnings: Vec::new(),
        };
        assert_eq!(
            outcome.panic_places(),
            [(PathBuf::from("exercises/a/src/main.rs"), 16)]
        );
    }
}

/// Which limit a run hit (time and output have outcomes of their own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Data memory per process, in MiB.
    Memory { mb: u64 },
    /// Processes and threads alive at once.
    Tasks { max: usize },
    /// The build did not end in time; `build_script`: a build script was still running.
    BuildTime { secs: u64, build_script: bool },
}

impl Limit {
    pub fn summary(self) -> &'static str {
        match self {
            Limit::Memory { .. } => "memory limit",
            Limit::Tasks { .. } => "process limit",
            Limit::BuildTime { .. } => "build time limit",
        }
    }
}
