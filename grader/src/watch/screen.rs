//! What the learner sees. On a terminal: the whole screen is drawn again from
//! a [`Frame`] (verdict, notes, progress bar, exercise path, keys). Without
//! one: plain lines, each verdict followed by a marker line
//! (`-- graded NAME: passed --`) that scripts and tests can wait for.
//! Nothing here decides anything: it writes what it is given.

use std::io::{self, Write};
use std::path::Path;

use colored::Colorize;
use crossterm::{cursor, queue, terminal};

use crate::info::Exercise;
use crate::outcome::Outcome;
use crate::render::{self, Look};

/// The last grading's result for the current exercise.
#[derive(Debug)]
pub enum Verdict {
    /// Not graded yet.
    None,
    Outcome(Outcome),
    /// The grader itself could not grade (cargo missing, …).
    Error(String),
}

impl Verdict {
    pub fn passed(&self) -> bool {
        matches!(self, Verdict::Outcome(outcome) if outcome.passed())
    }
}

/// Everything one screen shows.
pub struct Frame<'a> {
    /// The welcome, above everything, on the first screen.
    pub welcome: &'a [u8],
    /// The list of exercises (one page of it), shown instead of the verdict while open.
    pub list: Option<&'a [u8]>,
    /// `None` when the course is done.
    pub exercise: Option<&'a Exercise>,
    pub verdict: &'a Verdict,
    /// A grading of the current exercise is running.
    pub grading: bool,
    /// Hints, the Go note, the list, a prompt, messages: already rendered.
    pub note: &'a [u8],
    pub done: usize,
    pub total: usize,
    pub keys: &'a str,
    /// Where the current exercise's chapter of the book is (relative to the course).
    pub chapter: Option<&'a Path>,
}

/// Writes a whole screen's content (without clearing) into `out`.
pub fn frame(out: &mut impl Write, f: &Frame, look: &Look) -> io::Result<()> {
    if !f.welcome.is_empty() && f.list.is_none() {
        out.write_all(f.welcome)?;
        writeln!(out)?;
    }
    if let Some(list) = f.list {
        out.write_all(list)?;
    } else {
        verdict(out, f, look)?;
    }
    footer(out, f, look)
}

/// The verdict, then the note, then (after a pass) the solution offered.
fn verdict(out: &mut impl Write, f: &Frame, look: &Look) -> io::Result<()> {
    match (f.exercise, f.verdict) {
        (Some(exercise), Verdict::Outcome(outcome)) => {
            render::outcome(out, exercise, outcome, look)?;
            if outcome.passed() {
                let solution = exercise.solution_path().join(exercise.main_file());
                writeln!(
                    out,
                    "Compare with the reference solution: v shows it ({}).",
                    look.links.path(&solution)
                )?;
            }
        }
        (Some(_), Verdict::Error(error)) => writeln!(out, "{} {error}", "error:".red().bold())?,
        _ => {}
    }
    if !f.note.is_empty() {
        writeln!(out)?;
        out.write_all(f.note)?;
    }
    Ok(())
}

/// The progress bar, the exercise's file and chapter, the keys.
fn footer(out: &mut impl Write, f: &Frame, look: &Look) -> io::Result<()> {
    writeln!(out)?;
    if let (true, Some(exercise)) = (f.grading, f.exercise) {
        writeln!(out, "{}", format!("Grading {} …", exercise.name).yellow())?;
    }
    writeln!(out, "Progress: {}", progress_bar(f.done, f.total))?;
    if let Some(exercise) = f.exercise {
        writeln!(
            out,
            "Current exercise: {}",
            look.links
                .path(&exercise.exercise_path().join(exercise.main_file()))
        )?;
    }
    match f.chapter {
        Some(page) if page.extension().is_some_and(|e| e == "html") => {
            writeln!(out, "Its chapter: {} (b opens it)", look.links.path(page))?
        }
        Some(source) => writeln!(out, "Its chapter: {}", look.links.path(source))?,
        None => {}
    }
    write!(out, "{}", f.keys.dimmed())
}

/// Lines the footer may take (blank, grading, progress, file, chapter, keys),
/// plus the list's own header line.
pub const FOOTER_LINES: usize = 7;

/// `[#########>----------]  4/10`
pub fn progress_bar(done: usize, total: usize) -> String {
    const WIDTH: usize = 40;
    let filled = (done * WIDTH).checked_div(total).unwrap_or(0);
    let arrow = if filled < WIDTH { ">" } else { "" };
    let rest = WIDTH.saturating_sub(filled + arrow.len());
    format!(
        "[{}{arrow}{}] {done}/{total}",
        "#".repeat(filled).green(),
        "-".repeat(rest)
    )
}

/// Where the watch loop's output goes: the whole terminal, drawn again for
/// each change, or lines on standard output in line mode. The loop's state
/// never writes anywhere else.
#[derive(Debug, Default)]
pub struct Screen;

impl Screen {
    /// Clears the terminal and shows `content` (raw mode: each `\n` becomes `\r\n`).
    pub fn present(&self, content: &[u8]) -> io::Result<()> {
        let mut out = io::stdout().lock();
        queue!(
            out,
            terminal::Clear(terminal::ClearType::All),
            terminal::Clear(terminal::ClearType::Purge),
            cursor::MoveTo(0, 0)
        )?;
        out.write_all(&crlf(content))?;
        out.flush()
    }

    /// Line mode: `text` as it is.
    pub fn print(&self, text: &[u8]) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(text)?;
        out.flush()
    }

    /// Line mode: a verdict followed by its marker line.
    pub fn verdict(&self, exercise: &Exercise, verdict: &Verdict, look: &Look) -> io::Result<()> {
        line_verdict(&mut io::stdout().lock(), exercise, verdict, look)
    }
}

fn crlf(content: &[u8]) -> Vec<u8> {
    let mut converted = Vec::with_capacity(content.len() + content.len() / 16);
    let mut previous = 0;
    for &byte in content {
        if byte == b'\n' && previous != b'\r' {
            converted.push(b'\r');
        }
        converted.push(byte);
        previous = byte;
    }
    converted
}

/// A verdict followed by its marker line.
fn line_verdict(
    out: &mut impl Write,
    exercise: &Exercise,
    verdict: &Verdict,
    look: &Look,
) -> io::Result<()> {
    let word = match verdict {
        Verdict::Outcome(outcome) => {
            render::outcome(out, exercise, outcome, look)?;
            if outcome.passed() {
                "passed"
            } else {
                "failing"
            }
        }
        Verdict::Error(error) => {
            writeln!(out, "error: {error}")?;
            "error"
        }
        Verdict::None => return Ok(()),
    };
    writeln!(out, "-- graded {}: {word} --", exercise.name)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_bar_counts() {
        let plain = |done, total| crate::ansi::strip_ansi(&progress_bar(done, total));
        assert_eq!(plain(0, 4), format!("[>{}] 0/4", "-".repeat(39)));
        assert_eq!(plain(4, 4), format!("[{}] 4/4", "#".repeat(40)));
        assert!(progress_bar(0, 0).ends_with("0/0"));
    }

    fn exercise() -> Exercise {
        let text = "format_version = 1\nwelcome_message = \"\"\nfinal_message = \"\"\n[[exercises]]\nname = \"a\"\ndir = \"01_x\"\nmode = \"test\"\nexpect = [\"test-failure\"]\nsection = \"s\"\nhints = [\"x\", \"y\"]\ngo = \"g\"\n";
        crate::info::Info::parse(text).unwrap().exercises.remove(0)
    }

    fn shown(welcome: &[u8], list: Option<&[u8]>, outcome: Outcome) -> String {
        let exercise = exercise();
        let verdict = Verdict::Outcome(outcome);
        let frame = Frame {
            welcome,
            list,
            exercise: Some(&exercise),
            verdict: &verdict,
            grading: false,
            note: b"",
            done: 0,
            total: 1,
            keys: "keys",
            chapter: None,
        };
        let mut out = Vec::new();
        super::frame(&mut out, &frame, &Look::default()).unwrap();
        crate::ansi::strip_ansi(&String::from_utf8(out).unwrap())
    }

    #[test]
    fn the_welcome_comes_before_the_verdict() {
        let failing = Outcome::TestFailure {
            failed: vec!["t".into()],
            output: "test output\n".into(),
            warnings: Vec::new(),
        };
        let text = shown(b"Welcome!\n", None, failing);
        let (welcome, output) = (
            text.find("Welcome!").unwrap(),
            text.find("test output").unwrap(),
        );
        assert!(welcome < output, "{text}");
    }

    #[test]
    fn a_pass_offers_the_solution_and_the_list_replaces_the_verdict() {
        let passed = || Outcome::Passed {
            output: String::new(),
        };
        let text = shown(b"", None, passed());
        assert!(
            text.contains(
                "Compare with the reference solution: v shows it (solutions/01_x/a/src/lib.rs)."
            ),
            "{text}"
        );
        let text = shown(b"Welcome!\n", Some(b"  1  done a\n"), passed());
        assert!(text.starts_with("  1  done a\n"), "{text}");
        assert!(
            !text.contains("passes") && !text.contains("Welcome"),
            "{text}"
        );
    }

    #[test]
    fn raw_mode_needs_carriage_returns() {
        assert_eq!(crlf(b"a\nb\r\nc\n"), b"a\r\nb\r\nc\r\n");
    }
}
