//! What a learner sees of an outcome. Rendering decides nothing: it takes an
//! outcome and a writer, so tests capture exactly what is shown.

use std::io::{self, Write};

use colored::Colorize;

use crate::info::Exercise;
use crate::outcome::{Diagnostic, NotRun, Outcome, Tamper};

/// How much of a flood of output to show.
const FLOOD_SHOWN: usize = 4096;

/// Writes the outcome of grading `exercise`: diagnostics or output, then a
/// one-line verdict. `color` keeps rustc's ANSI colours (else they are stripped).
pub fn outcome(
    out: &mut impl Write,
    exercise: &Exercise,
    outcome: &Outcome,
    color: bool,
) -> io::Result<()> {
    let name = exercise.name.as_str();
    match outcome {
        Outcome::Passed { output } => {
            if exercise.mode == crate::info::Mode::Run {
                text(out, output, color)?;
            }
            writeln!(out, "{}", format!("✓ {name} passes!").green().bold())
        }
        Outcome::CompileError {
            errors,
            diagnostics,
        } => {
            diagnostics_with_pointers(out, diagnostics, color)?;
            let codes = crate::expect::list(errors);
            writeln!(
                out,
                "{}",
                format!("✗ {name} does not compile yet ({codes}).")
                    .red()
                    .bold()
            )
        }
        Outcome::TestFailure { failed, output } => {
            text(out, output, color)?;
            let which = if failed.is_empty() {
                "its tests fail".to_string()
            } else {
                format!("failing: {}", failed.join(", "))
            };
            writeln!(
                out,
                "{}",
                format!("✗ {name} compiles, but {which}.").red().bold()
            )
        }
        Outcome::RunFailure { code, output } => {
            text(out, output, color)?;
            let how = code.map_or("was killed by a signal".to_string(), |c| {
                format!("exited with code {c}")
            });
            writeln!(
                out,
                "{}",
                format!("✗ {name} runs, but the program {how}.")
                    .red()
                    .bold()
            )
        }
        Outcome::ClippyFindings { lints, diagnostics } => {
            diagnostics_with_pointers(out, diagnostics, color)?;
            let lints: Vec<_> = lints.iter().map(String::as_str).collect();
            writeln!(
                out,
                "{}",
                format!("✗ {name} works, but clippy objects: {}.", lints.join(", "))
                    .red()
                    .bold()
            )
        }
        Outcome::TimedOut {
            limit,
            output,
            running,
        } => {
            text(out, output, color)?;
            writeln!(
                out,
                "{}",
                format!(
                    "✗ {name} was still running after {}s and was stopped.",
                    limit.as_secs()
                )
                .red()
                .bold()
            )?;
            if !running.is_empty() {
                writeln!(out, "  Still running: {}.", running.join(", "))?;
            }
            writeln!(
                out,
                "  It looks like a deadlock (threads waiting for each other, a lock taken twice,\n  a receiver waiting on a channel whose sender is never dropped) or an endless loop."
            )
        }
        Outcome::OutputTooLarge { cap, output } => {
            let start = &output[..floor_char_boundary(output, FLOOD_SHOWN)];
            text(out, start, color)?;
            writeln!(
                out,
                "\n[… {} more bytes not shown …]",
                output.len() - start.len()
            )?;
            writeln!(out, "{}", format!("✗ {name} printed more than {} KiB and was stopped: an endless loop that prints?", cap / 1024).red().bold())
        }
        Outcome::Tampered(tamper) => tampered(out, exercise, tamper),
        Outcome::TestsNotRun {
            missing,
            total,
            why,
        } => not_run(out, exercise, missing, *total, why),
        Outcome::Cancelled => Ok(()),
    }
}

/// Why grading this crate would prove nothing, and how to undo it.
fn tampered(out: &mut impl Write, exercise: &Exercise, tamper: &Tamper) -> io::Result<()> {
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
                crate_path.join(file).display(),
                exercise.main_file()
            ),
        ),
        Tamper::BuildScript(file) => (
            format!(
                "{} was added: a build script runs before the tests and could change them.",
                file.display()
            ),
            format!(
                "Delete {}: this exercise is fixed in {}.",
                crate_path.join(file).display(),
                exercise.main_file()
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
                crate_path.join(file).display()
            ),
        ),
    };
    writeln!(out, "{}\n  {fix}", format!("✗ {name}: {what}").red().bold())
}

/// Shipped tests that never said `ok`, and the likely reason.
fn not_run(
    out: &mut impl Write,
    exercise: &Exercise,
    missing: &[String],
    total: usize,
    why: &NotRun,
) -> io::Result<()> {
    let name = &exercise.name;
    let count = format!("{} of the {total} shipped tests", missing.len());
    let what = match why {
        NotRun::ModuleMissing => format!(
            "the tests module is not compiled: keep `#[cfg(test)] mod tests;` in {}.",
            exercise.main_file()
        ),
        NotRun::DefinedElsewhere { file } => format!(
            "{} is not the shipped test: it is defined in {}. Keep `#[cfg(test)] mod tests;` as shipped.",
            missing.join(", "),
            file.display()
        ),
        NotRun::EndedEarly => format!(
            "{count} never reported a result: the test process ended early (did something call `process::exit`?)."
        ),
        NotRun::NotReported => {
            format!("{count} never reported a result: were they ignored or filtered out?")
        }
    };
    writeln!(
        out,
        "{}",
        format!("✗ {name} does not pass yet: {what}").red().bold()
    )?;
    if !matches!(why, NotRun::ModuleMissing | NotRun::DefinedElsewhere { .. }) {
        writeln!(out, "  Missing: {}", missing.join(", "))?;
    }
    Ok(())
}

/// Each diagnostic as rustc rendered it, each error code followed by where to read about it.
fn diagnostics_with_pointers(
    out: &mut impl Write,
    diagnostics: &[Diagnostic],
    color: bool,
) -> io::Result<()> {
    for diagnostic in diagnostics {
        text(out, &diagnostic.rendered, color)?;
        if let Some(code) = diagnostic.error_code() {
            let pointer = format!(
                "  → rustc --explain {code}   (https://doc.rust-lang.org/error_codes/{code}.html)"
            );
            writeln!(out, "{}\n", pointer.cyan())?;
        }
    }
    Ok(())
}

fn text(out: &mut impl Write, text: &str, color: bool) -> io::Result<()> {
    if color {
        write!(out, "{text}")
    } else {
        write!(out, "{}", strip_ansi(text))
    }
}

/// Removes ANSI escape sequences (`ESC [ … letter`, `ESC ( B`) and the
/// control characters terminals use, keeping newlines and tabs.
pub fn strip_ansi(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            // Shift-in/shift-out and other controls some terminfo entries add.
            if !c.is_control() || matches!(c, '\n' | '\t' | '\r') {
                plain.push(c);
            }
            continue;
        }
        match chars.next() {
            // CSI: `ESC [ params letter`
            Some('[') => {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
            // Character set selection, `ESC ( B`, which libtest emits with colour.
            Some('(' | ')') => {
                chars.next();
            }
            _ => {}
        }
    }
    plain
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

    #[test]
    fn strips_colour_codes() {
        assert_eq!(
            strip_ansi("\u{1b}[0m\u{1b}[1m\u{1b}[38;5;9merror\u{1b}[0m: x"),
            "error: x"
        );
        let libtest = "test a ... \u{1b}[31mFAILED\u{1b}(B\u{1b}[m";
        assert_eq!(strip_ansi(libtest), "test a ... FAILED");
        // TERM=tmux-256color: sgr0 is `ESC [ m` then shift-in.
        let tmux = "test a ... \u{1b}[31mFAILED\u{1b}[m\u{f}\n\tok";
        assert_eq!(strip_ansi(tmux), "test a ... FAILED\n\tok");
    }
}
