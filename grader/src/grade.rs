//! Grading one crate: build it, run what it built under limits, and say
//! what happened as an [`Outcome`].

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{Result, bail};

use crate::cargo::{self, CrateBuild, Job};
use crate::course::Course;
use crate::expect::Expect;
use crate::info::{Exercise, Mode};
use crate::layout;
use crate::libtest;
use crate::outcome::{Limit, NotRun, Outcome};
use crate::replay::{self, Replayed, Target};
use crate::shipped::ExerciseRecord;
use crate::spawn::{self, Cancel, Exit, Finished, Limits};

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
    let (names, dirs) = ([package.to_string()], [dir.to_path_buf()]);
    let crates = cargo::Crates {
        names: &names,
        features: &subject.features,
        dirs: &dirs,
    };
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
    let (names, dirs) = ([subject.package.clone()], [subject.dir.clone()]);
    let crates = cargo::Crates {
        names: &names,
        features: &subject.features,
        dirs: &dirs,
    };
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

/// What a built crate does: compile errors, else its tests or its program.
/// Tests pass only when every shipped test reported `ok` (see [`account`]).
pub fn execute(
    subject: &Subject,
    krate: &CrateBuild,
    settings: &Settings,
    cancel: &Cancel,
) -> Result<Outcome> {
    if let Some(outcome) = compile_outcome(krate) {
        return Ok(outcome);
    }
    let exercise = subject.exercise;
    let limits = settings.run_limits(exercise);
    let (executables, what) = match exercise.mode {
        Mode::Run => (&krate.programs, "program"),
        Mode::Test | Mode::Clippy => (&krate.tests, "test binary"),
    };
    if executables.is_empty() {
        bail!(
            "cargo built no {what} for {}. Is {} there?",
            subject.package,
            exercise.main_file()
        );
    }
    if exercise.mode == Mode::Run {
        let finished = spawn::run(command(subject, &executables[0]), limits, cancel)?;
        let outcome = finished_outcome(Mode::Run, &finished, limits);
        return Ok(with_warnings(outcome, krate));
    }
    let mut defined = Vec::new();
    let mut report = libtest::Report {
        summary: true,
        ..Default::default()
    };
    for exe in executables {
        let listed = list_tests(subject, exe, limits, cancel)?;
        let mut run = command(subject, exe);
        run.arg(if settings.color {
            "--color=always"
        } else {
            "--color=never"
        });
        let finished = spawn::run(run, limits, cancel)?;
        let mut outcome = finished_outcome(exercise.mode, &finished, limits);
        if let Outcome::TimedOut {
            output, running, ..
        } = &mut outcome
        {
            *running = not_reported(&listed, output);
        }
        if !outcome.passed() {
            return Ok(with_warnings(outcome, krate));
        }
        defined.extend(listed);
        report.merge(libtest::parse_run(&output_text(&finished)));
    }
    if cargo::has_doc_tests(&subject.dir) {
        // Doc tests run through cargo and rustc: no memory or task limit.
        let doc_limits = Limits::time_and_output(
            limits.time.saturating_add(settings.build_time),
            limits.output_cap,
        );
        let docs = cargo::doc_tests(
            subject.root,
            &subject.package,
            &subject.features,
            doc_limits,
            cancel,
        )?;
        let outcome = finished_outcome(Mode::Test, &docs, doc_limits);
        if !outcome.passed() {
            return Ok(outcome);
        }
        report.merge(libtest::parse_run(&output_text(&docs)));
    }
    Ok(
        account(subject, &defined, &report).unwrap_or(Outcome::Passed {
            output: String::new(),
        }),
    )
}

/// A failing run or test with the build's warnings that point somewhere, to
/// show after its output (a warning often says what is wrong).
fn with_warnings(mut outcome: Outcome, krate: &CrateBuild) -> Outcome {
    if let Outcome::TestFailure { warnings, .. } | Outcome::RunFailure { warnings, .. } =
        &mut outcome
    {
        *warnings = krate
            .diagnostics
            .iter()
            .filter(|d| !d.is_error && d.place.is_some())
            .cloned()
            .collect();
    }
    outcome
}

/// A graded executable: in its crate's folder, with the variables cargo sets.
fn command(subject: &Subject, exe: &Path) -> Command {
    let mut command = Command::new(exe);
    // An inherited RUST_BACKTRACE=1 would slow every panic and bury the verdict.
    command
        .current_dir(&subject.dir)
        .env("CARGO_MANIFEST_DIR", &subject.dir)
        .env("CARGO_PKG_NAME", &subject.package)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE");
    command
}

/// The tests a test binary holds and the file defining each, from libtest's
/// JSON listing (the only one that names files; it needs RUSTC_BOOTSTRAP on a
/// stable toolchain), or its plain listing.
pub fn list_tests(
    subject: &Subject,
    exe: &Path,
    limits: Limits,
    cancel: &Cancel,
) -> Result<Vec<libtest::Listed>> {
    let mut json = command(subject, exe);
    json.env("RUSTC_BOOTSTRAP", "1")
        .args(["--list", "--format", "json", "-Z", "unstable-options"]);
    let finished = spawn::run(json, limits, cancel)?;
    if finished.success() {
        return Ok(libtest::parse_list(&finished.stdout_text()));
    }
    let mut plain = command(subject, exe);
    plain.arg("--list");
    let finished = spawn::run(plain, limits, cancel)?;
    Ok(libtest::parse_list(&finished.stdout_text()))
}

/// Every shipped test must be defined in the shipped files and report `ok`;
/// `None` when that holds, else the verdict that says what is missing.
pub fn account(
    subject: &Subject,
    defined: &[libtest::Listed],
    report: &libtest::Report,
) -> Option<Outcome> {
    let shipped = &subject.record.tests;
    let is_shipped_file = |source: &Path| {
        let file = libtest::normalize(&subject.root.join(source));
        file.strip_prefix(&subject.tests_dir)
            .is_ok_and(|relative| subject.record.protects(relative))
    };
    let unit_tests = shipped.iter().filter(|t| !t.starts_with("doc: "));
    let mut found_any = false;
    for name in unit_tests.clone() {
        let Some(listed) = defined.iter().find(|l| &l.name == name) else {
            continue;
        };
        found_any = true;
        if let Some(source) = listed.source.as_deref().filter(|s| !is_shipped_file(s)) {
            let file = libtest::normalize(&subject.root.join(source));
            let file = file
                .strip_prefix(&subject.dir)
                .unwrap_or(&file)
                .to_path_buf();
            return Some(not_run(
                shipped,
                vec![name.clone()],
                NotRun::DefinedElsewhere { file },
            ));
        }
    }
    if !found_any && unit_tests.count() > 0 {
        return Some(not_run(shipped, shipped.clone(), NotRun::ModuleMissing));
    }
    let missing: Vec<String> = shipped
        .iter()
        .filter(|t| !report.ok.contains(*t))
        .cloned()
        .collect();
    // A harness that never printed its summary was stopped, even if every
    // shipped test had said `ok` by then (an `exit(0)` in a test of one's own).
    if !report.summary {
        return Some(not_run(shipped, missing, NotRun::EndedEarly));
    }
    (!missing.is_empty()).then(|| not_run(shipped, missing, NotRun::NotReported))
}

fn not_run(shipped: &[String], missing: Vec<String>, why: NotRun) -> Outcome {
    Outcome::TestsNotRun {
        missing,
        total: shipped.len(),
        why,
    }
}

/// The compile errors of a build, if it has any.
pub fn compile_outcome(krate: &CrateBuild) -> Option<Outcome> {
    // Warnings that point somewhere are kept too, shown collapsed after the
    // errors (not the "N warnings emitted" summary).
    let diagnostics: Vec<_> = krate
        .diagnostics
        .iter()
        .filter(|d| d.is_error || d.place.is_some())
        .cloned()
        .collect();
    if !diagnostics.iter().any(|d| d.is_error) {
        return None;
    }
    let errors = diagnostics
        .iter()
        .filter(|d| d.is_error)
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
                mb: limits.memory.unwrap_or(0) / layout::MIB,
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
            running: Vec::new(),
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
                warnings: Vec::new(),
            },
            Mode::Test | Mode::Clippy => Outcome::TestFailure {
                failed: failed_tests(&output),
                output,
                warnings: Vec::new(),
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

/// The listed tests that `output` gives no result for: libtest prints
/// `test NAME ... ok` only when a test ends, so after a timeout these are the
/// ones that hung (or never got a thread because others hung).
fn not_reported(listed: &[libtest::Listed], output: &str) -> Vec<String> {
    let plain = crate::render::strip_ansi(output);
    let reported: BTreeSet<&str> = plain
        .lines()
        .filter_map(|line| line.strip_prefix("test ")?.split_once(" ... "))
        .map(|(name, _)| name)
        .collect();
    listed
        .iter()
        .filter(|test| !reported.contains(test.name.as_str()))
        .map(|test| test.name.clone())
        .collect()
}

/// Names of the failing tests in libtest's output (`test NAME ... FAILED`).
pub fn failed_tests(output: &str) -> Vec<String> {
    libtest::parse_run(output).failed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tests_without_a_result_are_the_hung_ones() {
        let listing = "tests::a: test\ntests::b: test\ntests::c: test\n\n3 tests, 0 benchmarks\n";
        let listed = libtest::parse_list(listing);
        let output = "running 3 tests\ntest tests::a ... ok\ntest tests::c ... FAILED\n";
        assert_eq!(not_reported(&listed, output), ["tests::b"]);
    }

    #[test]
    fn finds_failing_test_names() {
        let output = "running 3 tests\ntest tests::a ... ok\ntest tests::b ... FAILED\ntest src/lib.rs - add (line 3) ... FAILED\n";
        assert_eq!(
            failed_tests(output),
            ["tests::b", "src/lib.rs - add (line 3)"]
        );
    }
}
