//! What a learner sees of an outcome. Rendering decides nothing: it takes an
//! outcome and a writer, so tests capture exactly what is shown.

use std::io::{self, Write};

use colored::Colorize;

use crate::info::Exercise;
use crate::outcome::{Diagnostic, Outcome};

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
        Outcome::TestsEdited { file } => writeln!(
            out,
            "{}\n  The grader grades against the shipped tests. Undo your change to that file\n  (`git checkout -- {}`), or start the exercise over with `grader reset {name}` (it keeps a backup).",
            format!("✗ The tests in {} were changed.", file.display())
                .red()
                .bold(),
            file.display()
        ),
        Outcome::Cancelled => Ok(()),
    }
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
