//! Grading one crate: build it, run what it built under limits, and say
//! what happened as an [`Outcome`].

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{Result, bail};

use crate::cargo::{self, CrateBuild, Job};
use crate::cmd::{self, Cancel, Exit, Finished, Limits};
use crate::course::Course;
use crate::expect::Expect;
use crate::info::{Exercise, Mode};
use crate::outcome::{Limit, Outcome};

/// Limits for every grading, from the command line.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub build_time: Duration,
    /// Run time limit, unless the exercise sets its own.
    pub run_time: Duration,
    pub output_cap: usize,
    /// Memory limit of the program or tests in MiB, unless the exercise sets its own.
    pub memory_mb: u64,
    /// Processes and threads the program or tests may have at once.
    pub max_tasks: usize,
    /// Ask the test harness for colour.
    pub color: bool,
}

impl Settings {
    pub fn build_limits(&self) -> Limits {
        Limits::time_and_output(self.build_time, 64 * 1024 * 1024)
    }
    pub fn run_limits(&self, exercise: &Exercise) -> Limits {
        Limits {
            time: exercise.timeout.unwrap_or(self.run_time),
            output_cap: self.output_cap,
            memory: Some(self.memory_mb(exercise).saturating_mul(1024 * 1024)),
            tasks: Some(self.max_tasks),
        }
    }
    /// The memory limit for `exercise`, in MiB.
    pub fn memory_mb(&self, exercise: &Exercise) -> u64 {
        exercise.memory_mb.unwrap_or(self.memory_mb)
    }
}

/// Which of an exercise's two crates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Exercise,
    Solution,
}

impl Side {
    pub fn dir(self, course: &Course, exercise: &Exercise) -> PathBuf {
        match self {
            Side::Exercise => course.root.join(exercise.exercise_path()),
            Side::Solution => course.root.join(exercise.solution_path()),
        }
    }
    pub fn package(self, exercise: &Exercise) -> String {
        match self {
            Side::Exercise => exercise.package().to_string(),
            Side::Solution => exercise.solution_package(),
        }
    }
}

/// Grades one side of an exercise: one cargo build, then its tests or program,
/// then clippy for clippy-mode exercises.
pub fn grade(
    course: &Course,
    exercise: &Exercise,
    side: Side,
    settings: &Settings,
    cancel: &Cancel,
) -> Result<Outcome> {
    let (dir, package) = (side.dir(course, exercise), side.package(exercise));
    let relative = dir.strip_prefix(&course.root).unwrap_or(&dir);
    if let Some(message) = course.crate_problem(relative, &package) {
        let exercise = exercise.name.clone();
        return Ok(Outcome::Broken { exercise, message });
    }
    if side == Side::Exercise {
        if let Some(file) = course.hashes.edited_tests(&course.root, exercise) {
            return Ok(Outcome::TestsEdited { file });
        }
    }
    let job = if exercise.mode == Mode::Run {
        Job::Bins
    } else {
        Job::Tests
    };
    let krate = match build_one(course, job, &package, &dir, settings, cancel)? {
        Built::Crate(krate) => krate,
        Built::Stopped(outcome) => return Ok(outcome),
    };
    let outcome = execute(
        &course.root,
        exercise,
        &package,
        &dir,
        &krate,
        settings,
        cancel,
    )?;
    if !outcome.passed() || exercise.mode != Mode::Clippy {
        return Ok(outcome);
    }
    let job = Job::Clippy(exercise.taught_lints());
    let lints = match build_one(course, job, &package, &dir, settings, cancel)? {
        Built::Crate(krate) => krate,
        Built::Stopped(outcome) => return Ok(outcome),
    };
    Ok(clippy_outcome(&lints).unwrap_or(outcome))
}

/// What one cargo invocation gave: the crate, or an outcome that ends the grading.
enum Built {
    Crate(CrateBuild),
    Stopped(Outcome),
}

/// One cargo invocation for one crate.
fn build_one(
    course: &Course,
    job: Job,
    package: &str,
    dir: &Path,
    settings: &Settings,
    cancel: &Cancel,
) -> Result<Built> {
    let build = cargo::build(
        &course.root,
        job,
        &[package.to_string()],
        &[dir.to_path_buf()],
        settings.build_limits(),
        cancel,
    )?;
    match build.exit {
        Exit::Cancelled => return Ok(Built::Stopped(Outcome::Cancelled)),
        Exit::TimedOut => {
            return cargo::timed_out(&course.root, &build, settings.build_time).map(Built::Stopped);
        }
        _ => {}
    }
    if cargo::failed_by_itself(&build) {
        return cargo::broken(course, &build).map(Built::Stopped);
    }
    Ok(Built::Crate(build.for_crate(dir)))
}

/// What a built crate does: compile errors, else its tests or its program.
pub fn execute(
    root: &Path,
    exercise: &Exercise,
    package: &str,
    dir: &Path,
    krate: &CrateBuild,
    settings: &Settings,
    cancel: &Cancel,
) -> Result<Outcome> {
    if let Some(outcome) = compile_outcome(krate) {
        return Ok(outcome);
    }
    let limits = settings.run_limits(exercise);
    let (executables, what) = match exercise.mode {
        Mode::Run => (&krate.programs, "program"),
        Mode::Test | Mode::Clippy => (&krate.tests, "test binary"),
    };
    if executables.is_empty() {
        bail!(
            "cargo built no {what} for {package}. Is {} there?",
            exercise.main_file()
        );
    }
    for exe in executables {
        let mut command = Command::new(exe);
        command
            .current_dir(dir)
            .env("CARGO_MANIFEST_DIR", dir)
            .env("CARGO_PKG_NAME", package);
        if exercise.mode != Mode::Run {
            command.arg(if settings.color {
                "--color=always"
            } else {
                "--color=never"
            });
        }
        let outcome = finished_outcome(exercise.mode, &cmd::run(command, limits, cancel)?, limits);
        if !outcome.passed() || exercise.mode == Mode::Run {
            return Ok(outcome);
        }
    }
    if !cargo::has_doc_tests(dir) {
        return Ok(Outcome::Passed {
            output: String::new(),
        });
    }
    // Doc tests run through cargo and rustc: no memory or task limit.
    let doc_limits = Limits::time_and_output(
        limits.time.saturating_add(settings.build_time),
        limits.output_cap,
    );
    let docs = cargo::doc_tests(root, package, doc_limits, cancel)?;
    Ok(finished_outcome(Mode::Test, &docs, doc_limits))
}

/// The compile errors of a build, if it has any.
pub fn compile_outcome(krate: &CrateBuild) -> Option<Outcome> {
    let diagnostics: Vec<_> = krate
        .diagnostics
        .iter()
        .filter(|d| d.is_error)
        .cloned()
        .collect();
    if diagnostics.is_empty() {
        return None;
    }
    let errors = diagnostics
        .iter()
        .map(|d| {
            d.error_code()
                .map_or(Expect::CompileError, |c| Expect::Code(c.to_string()))
        })
        .collect();
    Some(Outcome::CompileError {
        errors,
        diagnostics,
    })
}

/// Clippy's findings (warnings denied), if it has any.
pub fn clippy_outcome(krate: &CrateBuild) -> Option<Outcome> {
    let lints: BTreeSet<String> = krate
        .diagnostics
        .iter()
        .filter_map(|d| d.lint())
        .map(str::to_string)
        .collect();
    if lints.is_empty() {
        return compile_outcome(krate);
    }
    let diagnostics = krate
        .diagnostics
        .iter()
        .filter(|d| d.lint().is_some())
        .cloned()
        .collect();
    Some(Outcome::ClippyFindings { lints, diagnostics })
}

fn finished_outcome(mode: Mode, finished: &Finished, limits: Limits) -> Outcome {
    let output = output_text(finished);
    match finished.exit {
        Exit::OutOfMemory => Outcome::ResourceLimit {
            limit: Limit::Memory {
                mb: limits.memory.unwrap_or(0) / (1024 * 1024),
            },
            output,
        },
        Exit::TooManyTasks => Outcome::ResourceLimit {
            limit: Limit::Tasks {
                max: limits.tasks.unwrap_or(0),
            },
            output,
        },
        Exit::TimedOut => Outcome::TimedOut {
            limit: limits.time,
            output,
        },
        Exit::OutputTooLarge => Outcome::OutputTooLarge {
            cap: limits.output_cap,
            output,
        },
        Exit::Cancelled => Outcome::Cancelled,
        Exit::Status(status) if status.success() => Outcome::Passed { output },
        Exit::Status(status) => match mode {
            Mode::Run => Outcome::RunFailure {
                code: status.code(),
                output,
            },
            Mode::Test | Mode::Clippy => Outcome::TestFailure {
                failed: failed_tests(&output),
                output,
            },
        },
    }
}

/// Both streams as text, with a note where the cap cut them.
fn output_text(finished: &Finished) -> String {
    let mut text = String::from_utf8_lossy(&finished.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&finished.stderr));
    if finished.truncated {
        text.push_str("\n[… output truncated: it was larger than the grader keeps …]\n");
    }
    text
}

/// Names of the failing tests in libtest's output (`test NAME ... FAILED`).
pub fn failed_tests(output: &str) -> Vec<String> {
    let plain = crate::render::strip_ansi(output);
    plain
        .lines()
        .filter_map(|line| line.strip_prefix("test ")?.strip_suffix(" ... FAILED"))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_failing_test_names() {
        let output = "running 3 tests\ntest tests::a ... ok\ntest tests::b ... FAILED\ntest src/lib.rs - add (line 3) ... FAILED\n";
        assert_eq!(
            failed_tests(output),
            ["tests::b", "src/lib.rs - add (line 3)"]
        );
    }
}
