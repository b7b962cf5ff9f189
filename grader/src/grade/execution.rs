//! Running what a build made: the program, or the test binaries and doc
//! tests, under the exercise's limits.

use std::path::Path;
use std::process::Command;

use anyhow::{Result, bail};

use super::verdict::{account, compile_outcome, finished_outcome, output_text};
use super::{Settings, Subject};
use crate::cargo::{self, CrateBuild};
use crate::info::Mode;
use crate::libtest;
use crate::outcome::Outcome;
use crate::spawn::{self, Cancel, Limits};

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
    let mut ran = TestsRan {
        defined: Vec::new(),
        report: libtest::Report {
            summary: true,
            ..Default::default()
        },
    };
    for exe in executables {
        if let Some(outcome) = run_test_binary(subject, exe, settings, cancel, &mut ran)? {
            return Ok(with_warnings(outcome, krate));
        }
    }
    if cargo::has_doc_tests(&subject.dir) {
        if let Some(outcome) = run_doc_tests(subject, settings, cancel, &mut ran.report)? {
            return Ok(outcome);
        }
    }
    Ok(
        account(subject, &ran.defined, &ran.report).unwrap_or(Outcome::Passed {
            output: String::new(),
        }),
    )
}

/// What the passing test binaries so far defined and reported.
struct TestsRan {
    defined: Vec<libtest::Listed>,
    report: libtest::Report,
}

/// Runs one test binary; the outcome if it did not pass.
fn run_test_binary(
    subject: &Subject,
    exe: &Path,
    settings: &Settings,
    cancel: &Cancel,
    ran: &mut TestsRan,
) -> Result<Option<Outcome>> {
    let limits = settings.run_limits(subject.exercise);
    let listed = list_tests(subject, exe, limits, cancel)?;
    let mut run = command(subject, exe);
    run.arg(if settings.color {
        "--color=always"
    } else {
        "--color=never"
    });
    let finished = spawn::run(run, limits, cancel)?;
    let mut outcome = finished_outcome(subject.exercise.mode, &finished, limits);
    if let Outcome::TimedOut {
        output, running, ..
    } = &mut outcome
    {
        *running = libtest::unreported(&listed, output);
    }
    if !outcome.passed() {
        return Ok(Some(outcome));
    }
    ran.defined.extend(listed);
    ran.report
        .merge(libtest::parse_run(&output_text(&finished)));
    Ok(None)
}

/// Runs the crate's doc tests through cargo; the outcome if they did not pass.
fn run_doc_tests(
    subject: &Subject,
    settings: &Settings,
    cancel: &Cancel,
    report: &mut libtest::Report,
) -> Result<Option<Outcome>> {
    let limits = settings.run_limits(subject.exercise);
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
        return Ok(Some(outcome));
    }
    report.merge(libtest::parse_run(&output_text(&docs)));
    Ok(None)
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
