//! What the learner reads beside a verdict: hints, the Go way, the course's
//! last words, and where a reset kept their version.

use std::io::{self, Write};
use std::path::Path;

use colored::Colorize;

use crate::info::{Exercise, Info};

/// The first `shown` hints of an exercise.
pub fn hints(out: &mut impl Write, exercise: &Exercise, shown: usize) -> io::Result<()> {
    let total = exercise.hints.len();
    for (i, hint) in exercise.hints.iter().take(shown).enumerate() {
        writeln!(
            out,
            "{} {}",
            format!("Hint {}/{total}:", i + 1).yellow().bold(),
            hint.trim()
        )?;
    }
    Ok(())
}

/// After the last hint: where the solution is (`solution`, as shown).
pub fn last_hint(out: &mut impl Write, solution: &str) -> io::Result<()> {
    writeln!(
        out,
        "That was the last hint. The solution is in {solution}."
    )
}

/// How Go does what the exercise teaches.
pub fn go_note(out: &mut impl Write, exercise: &Exercise) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        format!("The Go way (article section \"{}\"):", exercise.section)
            .cyan()
            .bold()
    )?;
    for line in exercise.go.trim_end().lines() {
        writeln!(out, "    {line}")?;
    }
    Ok(())
}

/// The course's last words, once every exercise is done.
pub fn course_done(out: &mut impl Write, info: &Info) -> io::Result<()> {
    writeln!(out, "{}", info.final_message.trim_end())
}

/// Where the learner's version went, for the messages of `reset`.
pub fn kept(backup: Option<&Path>) -> String {
    match backup {
        Some(backup) => format!("Your version is kept in {}.", backup.display()),
        None => "Its folder was gone: there was nothing to back up.".to_string(),
    }
}
