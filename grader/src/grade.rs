//! Grading one crate: build it, run what it built under limits, and say
//! what happened as an [`Outcome`].

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;

use crate::cargo::{self, CrateBuild, Job};
use crate::course::Course;
use crate::info::{Exercise, Mode};
use crate::layout;
use crate::outcome::Outcome;
use crate::replay::{self, Replayed, Target};
use crate::shipped::ExerciseRecord;
use crate::spawn::{Cancel, Exit, Limits};

mod execution;
mod verdict;

pub use execution::{execute, list_tests};
pub use verdict::{clippy_outcome, compile_outcome};

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
        Limits::time_and_output(self.build_time, layout::TOOL_OUTPUT_CAP)
    }
    pub fn run_limits(&self, exercise: &Exercise) -> Limits {
        Limits {
            time: exercise.timeout.unwrap_or(self.run_time),
            output_cap: self.output_cap,
            memory: Some(self.memory_mb(exercise).saturating_mul(layout::MIB)),
            tasks: Some(self.max_tasks),
        }
    }
    /// The memory limit for `exercise`, in MiB.
    pub fn memory_mb(&self, exercise: &Exercise) -> u64 {
        exercise.memory_mb.unwrap_or(self.memory_mb)
    }
}

pub use crate::layout::Side;

impl Side {
    /// This side's crate of `exercise` in `course`.
    pub fn dir(self, course: &Course, exercise: &Exercise) -> PathBuf {
        course.layout.crate_dir(exercise, self)
    }

    /// This side's crate of `exercise` as cargo builds it: package, folder, features.
    pub fn krate(self, course: &Course, exercise: &Exercise) -> (String, PathBuf, Vec<String>) {
        let features = self.features(exercise);
        (self.package(exercise), self.dir(course, exercise), features)
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
    let record = course.record(exercise)?;
    let subject = Subject::new(course, exercise, side, record);
    if side == Side::Exercise {
        if let Some(tamper) = record.tampering(&subject.dir, &exercise.editable) {
            return Ok(Outcome::Tampered(tamper));
        }
    }
    let target = if exercise.mode == Mode::Run {
        Target::Program
    } else {
        Target::Tests
    };
    let krate = match build_target(course, &subject, target, settings, cancel)? {
        Built::Crate(krate) => krate,
        Built::Stopped(outcome) => return Ok(outcome),
    };
    let outcome = execute(&subject, &krate, settings, cancel)?;
    if !outcome.passed() || exercise.mode != Mode::Clippy {
        return Ok(outcome);
    }
    let job = Job::Clippy(exercise.taught_lints());
    let lints = match build_one(course, job, &subject, settings, cancel)? {
        Built::Crate(krate) => krate,
        Built::Stopped(outcome) => return Ok(outcome),
    };
    Ok(clippy_outcome(&lints).unwrap_or(outcome))
}

/// What building gave: the crate, or an outcome that ends the grading
/// (cancelled, a build that ran out of time, a crate cargo cannot read).
enum Built {
    Crate(CrateBuild),
    Stopped(Outcome),
}

/// One crate to grade and what it is graded against.
#[derive(Debug, Clone)]
pub struct Subject<'a> {
    pub root: &'a Path,
    pub exercise: &'a Exercise,
    pub package: String,
    /// The crate's folder (absolute).
    pub dir: PathBuf,
    /// The crate whose protected files define the shipped tests: the exercise's,
    /// also when its solution is graded.
    pub tests_dir: PathBuf,
    pub record: &'a ExerciseRecord,
    /// The exercise's cargo features, as `package/feature`.
    pub features: Vec<String>,
}

impl<'a> Subject<'a> {
    pub fn new(
        course: &'a Course,
        exercise: &'a Exercise,
        side: Side,
        record: &'a ExerciseRecord,
    ) -> Subject<'a> {
        Subject {
            root: &course.root,
            exercise,
            package: side.package(exercise),
            dir: side.dir(course, exercise),
            tests_dir: Side::Exercise.dir(course, exercise),
            record,
            features: side.features(exercise),
        }
    }
}

/// Builds the graded target: by replaying cargo's recorded rustc call while
/// it is valid (see `replay`), else through cargo, recording the call for next
/// time.
fn build_target(
    course: &Course,
    subject: &Subject,
    target: Target,
    settings: &Settings,
    cancel: &Cancel,
) -> Result<Built> {
    let root = &course.root;
    let (package, dir) = (subject.package.as_str(), subject.dir.as_path());
    if replay_allowed(dir) {
        if let Some(plan) = replay::valid_plan(root, package, dir, target) {
            match replay::replay(&plan, settings.build_limits(), cancel)? {
                Replayed::Built(krate) => {
                    explain("replayed rustc");
                    return Ok(Built::Crate(krate));
                }
                Replayed::Cancelled => return Ok(Built::Stopped(Outcome::Cancelled)),
                Replayed::InDoubt => explain("cargo: the replay was in doubt"),
            }
        } else {
            explain("cargo: no plan, or its stamp changed");
        }
    } else {
        explain("cargo: replaying is off for this crate");
    }
    let job = match target {
        Target::Tests => Job::Tests,
        Target::Program => Job::Bins,
    };
    let calls = replay::recording_dir(root, package);
    let limits = settings.build_limits();
    let crates = cargo::Crates::from_iter([(
        package.to_string(),
        dir.to_path_buf(),
        subject.features.clone(),
    )]);
    let build = cargo::build_recording(root, job, &crates, limits, cancel, &calls)?;
    let built = checked_build(course, build, dir, settings)?;
    let wanted = replay::Wanted {
        package: package.to_string(),
        crate_dir: dir.to_path_buf(),
        target,
    };
    replay::save_plans(root, &calls, &[wanted]);
    Ok(built)
}

/// With `GRADER_EXPLAIN_BUILD` set, says on stderr how a target was built
/// (for the grader's tests and anyone measuring).
fn explain(how: &str) {
    if std::env::var_os("GRADER_EXPLAIN_BUILD").is_some() {
        eprintln!("[build] {how}");
    }
}

/// Replaying skips cargo, so only crates whose build is rustc calls of their
/// own qualify (no integration tests), never under a wrapper of the user's
/// (cargo's `RUSTC_WRAPPER`), and not when switched off (`GRADER_NO_REPLAY=1`,
/// for benchmarks and doubt).
pub fn replay_allowed(dir: &Path) -> bool {
    let off = [
        "GRADER_NO_REPLAY",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
    ];
    off.iter().all(|v| std::env::var_os(v).is_none()) && !dir.join("tests").exists()
}

/// One cargo invocation for one crate; `None` when cancelled.
fn build_one(
    course: &Course,
    job: Job,
    subject: &Subject,
    settings: &Settings,
    cancel: &Cancel,
) -> Result<Built> {
    let crates = cargo::Crates::from_iter([(
        subject.package.clone(),
        subject.dir.clone(),
        subject.features.clone(),
    )]);
    let build = cargo::build(&course.root, job, &crates, settings.build_limits(), cancel)?;
    checked_build(course, build, &subject.dir, settings)
}

/// The crate's part of a build, or the outcome that stopped it.
fn checked_build(
    course: &Course,
    build: cargo::Build,
    dir: &Path,
    settings: &Settings,
) -> Result<Built> {
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
