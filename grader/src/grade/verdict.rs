//! Turning builds and runs into an [`Outcome`]: compile errors, clippy's
//! findings, how a process ended, and whether every shipped test said `ok`.

use std::collections::BTreeSet;
use std::path::Path;

use super::Subject;
use crate::cargo::CrateBuild;
use crate::expect::Expect;
use crate::info::Mode;
use crate::layout;
use crate::libtest;
use crate::outcome::{Limit, NotRun, Outcome};
use crate::spawn::{Exit, Finished, Limits};

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

pub(super) fn finished_outcome(mode: Mode, finished: &Finished, limits: Limits) -> Outcome {
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
pub(super) fn output_text(finished: &Finished) -> String {
    let mut text = String::from_utf8_lossy(&finished.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&finished.stderr));
    if finished.truncated {
        text.push_str("\n[… output truncated: it was larger than the grader keeps …]\n");
    }
    text
}

/// Names of the failing tests in libtest's output (`test NAME ... FAILED`).
pub fn failed_tests(output: &str) -> Vec<String> {
    libtest::parse_run(output).failed
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
