//! What a learner sees of an outcome. Rendering decides nothing: it takes an
//! outcome and a writer, so tests capture exactly what is shown.

use std::io::{self, Write};

use colored::Colorize;

mod diagnostics;

use self::diagnostics::{diagnostics_with_pointers, warnings_collapsed};
use crate::info::Exercise;
use crate::links::Links;
use crate::outcome::{Limit, NotRun, Outcome, Tamper};

/// How output looks: colours, and links on file paths (both on or both off).
#[derive(Debug, Clone, Default)]
pub struct Look {
    pub color: bool,
    pub links: Links,
    pub warnings: Warnings,
}

/// How rustc's warnings are shown after the errors or the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warnings {
    /// One line each; `key`: say that `w` shows them in full (watch).
    Collapsed { key: bool },
    /// As rustc rendered them.
    Full,
}

impl Default for Warnings {
    fn default() -> Warnings {
        Warnings::Collapsed { key: false }
    }
}

impl Look {
    /// Colour and links into the course at `root` when `color`, else plain text.
    pub fn new(root: &std::path::Path, color: bool) -> Look {
        Look {
            color,
            links: Links::new(root, color),
            warnings: Warnings::default(),
        }
    }
}

/// How much of a flood of output to show.
const FLOOD_SHOWN: usize = 4096;

/// Writes the outcome of grading `exercise`: diagnostics or output, then a
/// one-line verdict. With colour on, rustc's ANSI colours are kept (else they
/// are stripped) and its file locations become links.
pub fn outcome(
    out: &mut impl Write,
    exercise: &Exercise,
    outcome: &Outcome,
    look: &Look,
) -> io::Result<()> {
    let name = exercise.name.as_str();
    let color = look.color;
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
            diagnostics_with_pointers(out, exercise, diagnostics, look)?;
            let codes = crate::expect::list(errors);
            writeln!(
                out,
                "{}",
                format!("✗ {name} does not compile yet ({codes}).")
                    .red()
                    .bold()
            )
        }
        Outcome::TestFailure {
            failed,
            output,
            warnings,
        } => {
            text(out, output, color)?;
            warnings_collapsed(out, &warnings.iter().collect::<Vec<_>>(), look)?;
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
        Outcome::RunFailure {
            code,
            output,
            warnings,
        } => {
            text(out, output, color)?;
            warnings_collapsed(out, &warnings.iter().collect::<Vec<_>>(), look)?;
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
            diagnostics_with_pointers(out, exercise, diagnostics, look)?;
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
            writeln!(
                out,
                "{}",
                format!(
                    "✗ {name} printed more than {} KiB and was stopped.",
                    cap / 1024
                )
                .red()
                .bold()
            )?;
            writeln!(out, "  {}", flood_cause(output))
        }
        Outcome::ResourceLimit { limit, output } => {
            text(out, output, color)?;
            resource_limit(out, name, *limit)
        }
        Outcome::Broken { exercise, message } => {
            text(out, message, color)?;
            writeln!(out)?;
            let whose = if exercise == name {
                format!("✗ The crate of {name} is broken: cargo cannot build it.")
            } else {
                format!(
                    "✗ The crate of {exercise} is broken: cargo cannot build anything until it is fixed, {name} included."
                )
            };
            writeln!(out, "{}", whose.red().bold())?;
            writeln!(
                out,
                "  Fix what is named above, or run `grader reset {exercise}`: it restores the shipped exercise\n  and keeps your version in .grader-backups/."
            )
        }
        Outcome::Tampered(tamper) => tampered(out, exercise, tamper, &look.links),
        Outcome::TestsNotRun {
            missing,
            total,
            why,
        } => not_run(out, exercise, missing, *total, why, &look.links),
        Outcome::Cancelled => Ok(()),
    }
}

/// Why grading this crate would prove nothing, and how to undo it.
fn tampered(
    out: &mut impl Write,
    exercise: &Exercise,
    tamper: &Tamper,
    links: &Links,
) -> io::Result<()> {
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
    writeln!(out, "{}\n  {fix}", format!("✗ {name}: {what}").red().bold())
}

/// Shipped tests that never said `ok`, and the likely reason.
fn not_run(
    out: &mut impl Write,
    exercise: &Exercise,
    missing: &[String],
    total: usize,
    why: &NotRun,
    links: &Links,
) -> io::Result<()> {
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
    writeln!(
        out,
        "{}",
        format!("✗ {name} does not pass yet: {what}").red().bold()
    )?;
    if !missing.is_empty()
        && !matches!(why, NotRun::ModuleMissing | NotRun::DefinedElsewhere { .. })
    {
        writeln!(out, "  Missing: {}", missing.join(", "))?;
    }
    Ok(())
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
fn resource_limit(out: &mut impl Write, name: &str, limit: Limit) -> io::Result<()> {
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
    writeln!(out, "{}", verdict.red().bold())?;
    writeln!(out, "  {advice}")
}

fn text(out: &mut impl Write, text: &str, color: bool) -> io::Result<()> {
    if color {
        write!(out, "{}", neutralise(text))
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
            // OSC (hyperlinks, titles), DCS, APC, PM, SOS: up to BEL or ESC \\.
            Some(']' | 'P' | '_' | '^' | 'X') => {
                while let Some(c) = chars.next() {
                    if c == '\u{7}' || (c == '\u{1b}' && chars.next() == Some('\\')) {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    plain
}

/// Learner output made safe for a terminal: colour and style (SGR, `ESC [ … m`)
/// are kept; every other escape sequence (clearing the screen, moving the
/// cursor, setting the window title, …) and control character is dropped,
/// except newlines, tabs and carriage returns.
pub fn neutralise(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            if !c.is_control() || matches!(c, '\n' | '\t' | '\r') {
                safe.push(c);
            }
            continue;
        }
        match chars.next() {
            Some('[') => {
                let mut sequence = String::from("\u{1b}[");
                let mut last = None;
                while let Some(&c) = chars.peek() {
                    if !(' '..='?').contains(&c) {
                        // Anything else ends it; a final byte belongs to it.
                        if ('@'..='~').contains(&c) {
                            chars.next();
                            last = Some(c);
                        }
                        break;
                    }
                    sequence.push(c);
                    chars.next();
                }
                let plain_params = sequence[2..]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b';' || b == b':');
                if last == Some('m') && plain_params {
                    safe.push_str(&sequence);
                    safe.push('m');
                }
            }
            // OSC (title, hyperlinks, clipboard), DCS, APC, PM, SOS: up to BEL or ESC \\.
            Some(']' | 'P' | '_' | '^' | 'X') => {
                while let Some(c) = chars.next() {
                    if c == '\u{7}' || (c == '\u{1b}' && chars.next_if_eq(&'\\').is_some()) {
                        break;
                    }
                }
            }
            // Character set selection, `ESC ( B`: one more character.
            Some('(' | ')' | '*' | '+' | '#' | '%') => {
                chars.next();
            }
            _ => {}
        }
    }
    safe
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
            cap: 1024 * 1024,
            output: "spam\n".repeat(5000),
        };
        assert!(shown(&lines).contains("endless loop that prints"));
        let huge = Outcome::OutputTooLarge {
            cap: 1024 * 1024,
            output: format!("panicked at src/lib.rs:3:5:\n{}\n", "x".repeat(2_000_000)),
        };
        let text = shown(&huge);
        assert!(
            text.contains("a few very long lines") && !text.contains("endless loop"),
            "{}",
            &text[text.len() - 300..]
        );
    }

    #[test]
    fn neutralises_all_but_colour() {
        let colour = "\u{1b}[1;31merror\u{1b}[0m and \u{1b}[m";
        assert_eq!(neutralise(colour), colour);
        let nasty = "a\u{1b}[2J\u{1b}[H\u{1b}]0;owned\u{7}b\u{1b}]8;;x\u{1b}\\c\u{1b}[?1049h\u{7}\u{8}d\u{9b}2J\u{1b}(Be\n\t";
        assert_eq!(neutralise(nasty), "abcd2Je\n\t");
        assert_eq!(neutralise("\u{1b}["), "");
        assert_eq!(neutralise("\u{1b}[31"), "");
    }

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
