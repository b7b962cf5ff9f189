//! What a defect says besides its verdict: where (`file:line`), which tests,
//! and a few lines of output, so that an instructor can go straight to it.

use std::collections::BTreeSet;

use super::defect::{Finding, GradeDefect};
use crate::expect::Expect;
use crate::info::Exercise;
use crate::outcome::{Diagnostic, Outcome};

/// Clippy's findings on the solution, each `lint at file:line`; findings in
/// the shared tests are the tests' defect, not the solution's.
pub fn clippy_defects(exercise: &Exercise, diagnostics: &[Diagnostic]) -> Vec<GradeDefect> {
    let tests = exercise.tests_file();
    let (mut in_tests, mut in_solution) = (Vec::new(), Vec::new());
    for d in diagnostics {
        let Some(lint) = d.lint() else { continue };
        let finding = Finding {
            lint: lint.to_string(),
            place: d.place_text(),
        };
        let shared = tests.is_some() && d.place.as_ref().map(|(f, _)| f) == tests.as_ref();
        let list = if shared {
            &mut in_tests
        } else {
            &mut in_solution
        };
        if !list.contains(&finding) {
            list.push(finding);
        }
    }
    let mut defects = Vec::new();
    if !in_solution.is_empty() {
        defects.push(GradeDefect::SolutionNotClippyClean {
            findings: in_solution,
        });
    }
    if let (Some(tests), false) = (tests, in_tests.is_empty()) {
        defects.push(GradeDefect::TestsNotClippyClean {
            tests,
            findings: in_tests,
        });
    }
    defects
}

pub fn describe(outcome: &Outcome, observed: &BTreeSet<Expect>) -> String {
    if observed.is_empty() {
        outcome.summary()
    } else {
        crate::expect::list(observed)
    }
}

/// A few lines of evidence for a defect: failing tests, or the output's end.
pub fn details(outcome: &Outcome) -> String {
    match outcome {
        Outcome::TestFailure { failed, .. } if !failed.is_empty() => {
            format!(" (failing: {})", failed.join(", "))
        }
        Outcome::TimedOut {
            limit,
            running,
            output,
        } => {
            let alone = format!(" after {}s, also when run alone", limit.as_secs());
            if running.is_empty() {
                format!("{alone}{}", tail(output))
            } else {
                format!("{alone} (still running: {})", running.join(", "))
            }
        }
        Outcome::TestFailure { output, .. } | Outcome::RunFailure { output, .. } => tail(output),
        Outcome::CompileError { diagnostics, .. } | Outcome::ClippyFindings { diagnostics, .. } => {
            let mut places: Vec<String> = Vec::new();
            for d in diagnostics {
                let what = d.error_code().or(d.lint()).unwrap_or("error");
                if let Some(place) = d.place_text() {
                    let item = format!("{what} at {place}");
                    if !places.contains(&item) {
                        places.push(item);
                    }
                }
            }
            if places.is_empty() {
                String::new()
            } else {
                format!(" ({})", places.join(", "))
            }
        }
        _ => String::new(),
    }
}

/// The last lines of a run's output, indented under its defect.
fn tail(output: &str) -> String {
    let plain = crate::ansi::strip_ansi(output);
    let lines: Vec<&str> = plain.lines().collect();
    let tail = &lines[lines.len().saturating_sub(6)..];
    format!("\n      {}", tail.join("\n      "))
}
