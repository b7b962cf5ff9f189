//! An outcome as the learner sees it: what cargo or the program printed
//! (or the compiler's messages), one verdict line, then what to do about it.
//! Each outcome is one row of [`above`] and one of [`said`].

use std::io::{self, Write};

use colored::Colorize;

use super::Links;
use super::Look;
use super::diagnostics::{diagnostics_with_pointers, warnings_collapsed};
use crate::ansi::{neutralise, strip_ansi};
use crate::info::{Exercise, Mode};
use crate::outcome::{Limit, NotRun, Outcome, Tamper};

/// How much of a flood of output to show.
const FLOOD_SHOWN: usize = 4096;

/// The verdict line and the lines of advice under it.
struct Said {
    verdict: String,
    advice: Vec<String>,
}

impl Said {
    fn new(verdict: String) -> Said {
        Said {
            verdict,
            advice: Vec::new(),
        }
    }

    fn advice(mut self, advice: impl Into<String>) -> Said {
        self.advice.push(advice.into());
        self
    }
}

/// Writes the outcome of grading `exercise`: diagnostics or output, then a
/// one-line verdict. With colour on, rustc's ANSI colours are kept (else they
/// are stripped) and its file locations become links.
pub fn outcome(
    out: &mut impl Write,
    exercise: &Exercise,
    outcome: &Outcome,
    look: &Look,
) -> io::Result<()> {
    above(out, exercise, outcome, look)?;
    let Some(said) = said(exercise, outcome, &look.links) else {
        return Ok(());
    };
    if outcome.passed() {
        writeln!(out, "{}", said.verdict.green().bold())?;
    } else {
        writeln!(out, "{}", said.verdict.red().bold())?;
    }
    for line in &said.advice {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// What comes above the verdict: the output, or the compiler's messages.
fn above(
    out: &mut impl Write,
    exercise: &Exercise,
    outcome: &Outcome,
    look: &Look,
) -> io::Result<()> {
    let color = look.color;
    match outcome {
        Outcome::Passed { output } if exercise.mode == Mode::Run => text(out, output, color),
        Outcome::CompileError { diagnostics, .. } | Outcome::ClippyFindings { diagnostics, .. } => {
            diagnostics_with_pointers(out, exercise, diagnostics, look)
        }
        Outcome::TestFailure {
            output, warnings, ..
        }
        | Outcome::RunFailure {
            output, warnings, ..
        } => {
            text(out, output, color)?;
            warnings_collapsed(out, &warnings.iter().collect::<Vec<_>>(), look)
        }
        Outcome::TimedOut { output, .. } | Outcome::ResourceLimit { output, .. } => {
            text(out, output, color)
        }
        Outcome::OutputTooLarge { output, .. } => {
            let start = &output[..floor_char_boundary(output, FLOOD_SHOWN)];
            text(out, start, color)?;
            let more = output.len() - start.len();
            writeln!(out, "\n[… {more} more bytes not shown …]")
        }
        Outcome::Broken { message, .. } => {
            text(out, message, color)?;
            writeln!(out)
        }
        Outcome::Passed { .. }
        | Outcome::Tampered(_)
        | Outcome::TestsNotRun { .. }
        | Outcome::Cancelled => Ok(()),
    }
}

/// The verdict and the advice; `None` for a cancelled grading.
fn said(exercise: &Exercise, outcome: &Outcome, links: &Links) -> Option<Said> {
    let name = exercise.name.as_str();
    Some(match outcome {
        Outcome::Passed { .. } => Said::new(format!("✓ {name} passes!")),
        Outcome::CompileError { errors, .. } => Said::new(format!(
            "✗ {name} does not compile yet ({}).",
            crate::expect::list(errors)
        )),
        Outcome::TestFailure { failed, .. } if failed.is_empty() => {
            Said::new(format!("✗ {name} compiles, but its tests fail."))
        }
        Outcome::TestFailure { failed, .. } => Said::new(format!(
            "✗ {name} compiles, but failing: {}.",
            failed.join(", ")
        )),
        Outcome::RunFailure {
            code: Some(code), ..
        } => Said::new(format!(
            "✗ {name} runs, but the program exited with code {code}."
        )),
        Outcome::RunFailure { code: None, .. } => Said::new(format!(
            "✗ {name} runs, but the program was killed by a signal."
        )),
        Outcome::ClippyFindings { lints, .. } => {
            let lints: Vec<_> = lints.iter().map(String::as_str).collect();
            Said::new(format!(
                "✗ {name} works, but clippy objects: {}.",
                lints.join(", ")
            ))
        }
        Outcome::TimedOut { limit, running, .. } => timed_out(name, limit.as_secs(), running),
        Outcome::OutputTooLarge { cap, output } => Said::new(format!(
            "✗ {name} printed more than {} KiB and was stopped.",
            cap / 1024
        ))
        .advice(format!("  {}", flood_cause(output))),
        Outcome::ResourceLimit { limit, .. } => resource_limit(name, *limit),
        Outcome::Broken { exercise, .. } => broken(name, exercise),
        Outcome::Tampered(tamper) => tampered(exercise, tamper, links),
        Outcome::TestsNotRun {
            missing,
            total,
            why,
        } => not_run(exercise, missing, *total, why, links),
        Outcome::Cancelled => return None,
    })
}

fn timed_out(name: &str, secs: u64, running: &[String]) -> Said {
    let mut said = Said::new(format!(
        "✗ {name} was still running after {secs}s and was stopped."
    ));
    if !running.is_empty() {
        said = said.advice(format!("  Still running: {}.", running.join(", ")));
    }
    said.advice("  It looks like a deadlock (threads waiting for each other, a lock taken twice,\n  a receiver waiting on a channel whose sender is never dropped) or an endless loop.")
}

/// A crate cargo cannot build: this exercise's, or another that stops every build.
fn broken(name: &str, broken: &str) -> Said {
    let whose = if broken == name {
        format!("✗ The crate of {name} is broken: cargo cannot build it.")
    } else {
        format!(
            "✗ The crate of {broken} is broken: cargo cannot build anything until it is fixed, {name} included."
        )
    };
    Said::new(whose).advice(format!(
        "  Fix what is named above, or run `grader reset {broken}`: it restores the shipped exercise\n  and keeps your version in .grader-backups/."
    ))
}

/// Why grading this crate would prove nothing, and how to undo it.
fn tampered(exercise: &Exercise, tamper: &Tamper, links: &Links) -> Said {
    let name = &exercise.name;
    let crate_path = exercise.exercise_path();
    let (what, fix) = match tamper {
        Tamper::Edited(file) => (
            format!(
                "{} was changed, and the grader only trusts the shipped one.",
                file.display()
            ),
            format!(
                "Undo your change to it (`git checkout -- {}`), or start over with\n  `grader reset {name}` (it keeps a backup). Your fix belongs in {}.",
                links.path(&crate_path.join(file)),
                links.path(&crate_path.join(exercise.main_file()))
            ),
        ),
        Tamper::BuildScript(file) => (
            format!(
                "{} was added: a build script runs before the tests and could change them.",
                file.display()
            ),
            format!(
                "Delete {}: this exercise is fixed in {}.",
                links.path(&crate_path.join(file)),
                links.path(&crate_path.join(exercise.main_file()))
            ),
        ),
        Tamper::ShadowedMacro {
            file,
            name: shadowed,
        } => (
            format!(
                "{} gives the name `{shadowed}!` to a macro of its own, so the tests' checks would check nothing.",
                file.display()
            ),
            format!(
                "Remove that `macro_rules! {shadowed}` or `as {shadowed}` from {}.",
                links.path(&crate_path.join(file))
            ),
        ),
    };
    Said::new(format!("✗ {name}: {what}")).advice(format!("  {fix}"))
}

/// Shipped tests that never said `ok`, and the likely reason.
fn not_run(
    exercise: &Exercise,
    missing: &[String],
    total: usize,
    why: &NotRun,
    links: &Links,
) -> Said {
    let name = &exercise.name;
    let count = format!("{} of the {total} shipped tests", missing.len());
    let what = match why {
        NotRun::ModuleMissing => format!(
            "the tests module is not compiled: keep `#[cfg(test)] mod tests;` in {}.",
            links.path(&exercise.exercise_path().join(exercise.main_file()))
        ),
        NotRun::DefinedElsewhere { file } => format!(
            "{} is not the shipped test: it is defined in {}. Keep `#[cfg(test)] mod tests;` as shipped.",
            missing.join(", "),
            file.display()
        ),
        NotRun::EndedEarly if missing.is_empty() => "the test process ended before the test harness could sum up (did something call `process::exit`?).".to_string(),
        NotRun::EndedEarly => format!(
            "{count} never reported a result: the test process ended early (did something call `process::exit`?)."
        ),
        NotRun::NotReported => {
            format!("{count} never reported a result: were they ignored or filtered out?")
        }
    };
    let said = Said::new(format!("✗ {name} does not pass yet: {what}"));
    let unexplained = !matches!(why, NotRun::ModuleMissing | NotRun::DefinedElsewhere { .. });
    if !missing.is_empty() && unexplained {
        return said.advice(format!("  Missing: {}", missing.join(", ")));
    }
    said
}

/// Why a run printed too much: many lines is a loop, a few huge ones a huge value.
fn flood_cause(output: &str) -> &'static str {
    if output.lines().count() > 1000 {
        "It printed line after line: an endless loop that prints? Make the loop end."
    } else {
        "Most of it is a few very long lines: a huge value printed or put in a panic message\n  (`{:?}` of a large collection?). Print less, or a summary such as its length."
    }
}

/// The verdict for a resource limit, with what usually causes it.
fn resource_limit(name: &str, limit: Limit) -> Said {
    let (verdict, advice) = match limit {
        Limit::Memory { mb } => (
            format!("✗ {name}: your code used more than {mb} MB of memory and was stopped."),
            "A collection that grows in a loop that never ends, or one huge allocation\n  (vec![0; n] with a very large n)? If it really needs more, raise the limit with\n  `--memory-mb` (or `memory_mb` in the exercise's info.toml entry)."
                .to_string(),
        ),
        Limit::Tasks { max } => (
            format!("✗ {name}: your code started more than {max} processes and threads at once and was stopped."),
            "Threads or processes started in a loop that never ends? Start a fixed number,\n  and join each thread you spawn.".to_string(),
        ),
        Limit::BuildTime { secs, build_script } => (
            format!("✗ {name} was still building after {secs}s and the build was stopped."),
            if build_script {
                "Its build script (build.rs) was still running: make it end (a loop or a wait in build.rs?).".to_string()
            } else {
                "A build script (build.rs) or a macro that never ends? If the machine is only slow,\n  raise the limit with --build-timeout.".to_string()
            },
        ),
    };
    Said::new(verdict).advice(format!("  {advice}"))
}

fn text(out: &mut impl Write, text: &str, color: bool) -> io::Result<()> {
    if color {
        write!(out, "{}", neutralise(text))
    } else {
        write!(out, "{}", strip_ansi(text))
    }
}

fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::Limit;

    fn exercise() -> Exercise {
        let text = "format_version = 1\nwelcome_message = \"\"\nfinal_message = \"\"\n[[exercises]]\nname = \"a\"\ndir = \"01_x\"\nmode = \"test\"\nexpect = [\"test-failure\"]\nsection = \"s\"\nhints = [\"x\", \"y\"]\ngo = \"g\"\n";
        crate::info::Info::parse(text).unwrap().exercises.remove(0)
    }

    fn shown(outcome: &Outcome) -> String {
        let mut out = Vec::new();
        super::outcome(&mut out, &exercise(), outcome, &Look::default()).unwrap();
        strip_ansi(&String::from_utf8(out).unwrap())
    }

    #[test]
    fn a_limit_is_named_with_what_to_do() {
        let memory = Outcome::ResourceLimit {
            limit: Limit::Memory { mb: 2048 },
            output: "memory allocation of 8589934592 bytes failed\n".into(),
        };
        let text = shown(&memory);
        assert!(
            text.contains("your code used more than 2048 MB of memory"),
            "{text}"
        );
        assert!(text.contains("--memory-mb"), "{text}");
        let build = Outcome::ResourceLimit {
            limit: Limit::BuildTime {
                secs: 600,
                build_script: false,
            },
            output: String::new(),
        };
        assert!(shown(&build).contains("--build-timeout"));
    }

    #[test]
    fn a_flood_says_loop_or_huge_value() {
        let lines = Outcome::OutputTooLarge {
            cap: crate::layout::OUTPUT_CAP,
            output: "spam\n".repeat(5000),
        };
        assert!(shown(&lines).contains("endless loop that prints"));
        let huge = Outcome::OutputTooLarge {
            cap: crate::layout::OUTPUT_CAP,
            output: format!("panicked at src/lib.rs:3:5:\n{}\n", "x".repeat(2_000_000)),
        };
        let text = shown(&huge);
        assert!(
            text.contains("a few very long lines") && !text.contains("endless loop"),
            "{}",
            &text[text.len() - 300..]
        );
    }
}
