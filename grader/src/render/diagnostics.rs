//! Compiler messages as a learner needs them: their own file's errors in
//! full, each code with where to read about it; errors in the shipped tests
//! folded into one line; warnings short (or in full on request).

use std::io::{self, Write};

use colored::Colorize;

use super::{Look, Warnings};
use crate::ansi::{neutralise, strip_ansi};
use crate::info::Exercise;
use crate::outcome::Diagnostic;

/// Each error as rustc rendered it, each error code followed by where to read
/// about it. Errors inside the shipped tests file are collapsed into one line
/// (unless they are the only ones: then the first is shown), so the learner
/// looks at their own file; warnings follow, collapsed into one short line each.
pub(super) fn diagnostics_with_pointers(
    out: &mut impl Write,
    exercise: &Exercise,
    diagnostics: &[Diagnostic],
    look: &Look,
) -> io::Result<()> {
    let tests_file = exercise.tests_file();
    let in_tests = |d: &Diagnostic| {
        tests_file.is_some() && d.place.as_ref().map(|(f, _)| f) == tests_file.as_ref()
    };
    let (errors, warnings): (Vec<_>, Vec<_>) = diagnostics.iter().partition(|d| d.is_error);
    let (theirs, tests): (Vec<_>, Vec<_>) = errors.into_iter().partition(|d| !in_tests(d));
    let shown_tests = if theirs.is_empty() { 1 } else { 0 };
    for diagnostic in theirs.iter().chain(tests.iter().take(shown_tests)) {
        rustc_text(out, &diagnostic.rendered, look)?;
        if let Some(code) = diagnostic.error_code() {
            let pointer = format!(
                "  → rustc --explain {code}   (https://doc.rust-lang.org/error_codes/{code}.html)"
            );
            writeln!(out, "{}", pointer.cyan())?;
            if code == "E0453" && exercise.mode == crate::info::Mode::Clippy {
                let lesson = "  The lint is the lesson: fix the code instead of allowing the lint.";
                writeln!(out, "{}", lesson.yellow().bold())?;
            }
            writeln!(out)?;
        }
    }
    if let (Some(file), more) = (&tests_file, tests.len() - shown_tests.min(tests.len())) {
        if more > 0 {
            let what = if more == 1 { "error" } else { "errors" };
            let also = if shown_tests == 1 { "more " } else { "" };
            let file = look.links.path(file);
            writeln!(
                out,
                "{}
",
                format!("+{more} {also}{what} in {file} (the shipped tests): fix your code, not the tests.").dimmed()
            )?;
        }
    }
    warnings_collapsed(out, &warnings, look)
}

/// One line per warning (`warning: unused variable: `x` at src/lib.rs:3`), after the errors.
pub(super) fn warnings_collapsed(
    out: &mut impl Write,
    warnings: &[&Diagnostic],
    look: &Look,
) -> io::Result<()> {
    if warnings.is_empty() {
        return Ok(());
    }
    let what = if warnings.len() == 1 {
        "warning"
    } else {
        "warnings"
    };
    let how = match look.warnings {
        Warnings::Full => {
            let header = format!("+ {} {what} (w hides them):", warnings.len());
            writeln!(out, "{}", header.yellow())?;
            for warning in warnings {
                rustc_text(out, &warning.rendered, look)?;
            }
            return Ok(());
        }
        Warnings::Collapsed { key: true } => " (w shows them in full)",
        Warnings::Collapsed { key: false } => "",
    };
    let header = format!("+ {} {what}{how}:", warnings.len());
    writeln!(out, "{}", header.yellow())?;
    const SHOWN: usize = 5;
    for warning in warnings.iter().take(SHOWN) {
        let first = strip_ansi(&warning.rendered);
        let headline = first.lines().next().unwrap_or("warning").trim();
        let place = match &warning.place {
            Some((file, line)) => format!(
                " at {}",
                look.links.to(file, &format!("{}:{line}", file.display()))
            ),
            None => String::new(),
        };
        writeln!(out, "  {headline}{place}")?;
    }
    if warnings.len() > SHOWN {
        writeln!(out, "  … and {} more", warnings.len() - SHOWN)?;
    }
    writeln!(out)
}

/// rustc's rendered text: made safe (or plain), its locations linked.
fn rustc_text(out: &mut impl Write, text: &str, look: &Look) -> io::Result<()> {
    let safe = if look.color {
        neutralise(text)
    } else {
        strip_ansi(text)
    };
    write!(out, "{}", look.links.rustc_locations(&safe))
}
