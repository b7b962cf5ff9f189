//! The exercises with where each stands (done, current, pending): the table
//! of `grader list`, and the numbered list of `l` in watch. One word and one
//! colour per state, for both.

use std::io::{self, Write};
use std::ops::Range;

use colored::{ColoredString, Colorize};

use super::Links;
use crate::learner::{Row, State};

fn word(state: State) -> ColoredString {
    match state {
        State::Done => "done".green(),
        State::Current => "current".yellow().bold(),
        State::Pending => "pending".normal(),
    }
}

fn mark(row: &Row) -> &'static str {
    if row.current { ">" } else { " " }
}

/// `grader list`: every exercise with its state, hints revealed and time to
/// pass, then how many are done.
pub fn table(out: &mut impl Write, rows: &[Row], links: &Links) -> io::Result<()> {
    writeln!(
        out,
        "  {:<8} {:<16} {:<22} {:<5} to pass",
        "state", "name", "topic", "hints"
    )?;
    for row in rows {
        let exercise = row.exercise;
        let state = word(row.state);
        let hints = format!("{}/{}", row.hints_shown, exercise.hints.len());
        let file = exercise.exercise_path().join(exercise.main_file());
        let took = row.seconds_to_pass.map_or("-".to_string(), duration);
        writeln!(
            out,
            "{} {state:<8} {} {:<22} {hints:<5} {took}",
            mark(row),
            links.padded(&file, &exercise.name, 16),
            exercise.dir
        )?;
    }
    let done = rows.iter().filter(|r| r.state == State::Done).count();
    writeln!(out, "{done}/{} done", rows.len())
}

/// `45s`, `12m 5s`, `3h 2m`: the time an exercise took to pass.
pub fn duration(seconds: u64) -> String {
    match seconds {
        0..60 => format!("{seconds}s"),
        60..3600 => format!("{}m {}s", seconds / 60, seconds % 60),
        _ => format!("{}h {}m", seconds / 3600, seconds % 3600 / 60),
    }
}

/// `l` in watch: the rows `shown`, numbered, with their state; a header
/// says how to scroll when not all are shown.
pub fn numbered(
    out: &mut impl Write,
    rows: &[Row],
    shown: Range<usize>,
    links: &Links,
) -> io::Result<()> {
    let total = rows.len();
    if shown.len() < total {
        let more = "(↑/↓ and PgUp/PgDn scroll, Esc closes)";
        writeln!(
            out,
            "Exercises {}–{} of {total} {}",
            shown.start + 1,
            shown.end,
            more.dimmed()
        )?;
    }
    for row in rows.iter().skip(shown.start).take(shown.len()) {
        let exercise = row.exercise;
        let file = exercise.exercise_path().join(exercise.main_file());
        writeln!(
            out,
            "{}{:>3}  {:<8} {} {}",
            mark(row),
            row.index + 1,
            word(row.state),
            links.padded(&file, &exercise.name, 20),
            exercise.dir
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::info::{Exercise, Info};

    #[test]
    fn durations_read_well() {
        assert_eq!(duration(0), "0s");
        assert_eq!(duration(725), "12m 5s");
        assert_eq!(duration(3 * 3600 + 120), "3h 2m");
    }

    fn rows(exercises: &[Exercise], current: Option<usize>) -> Vec<Row<'_>> {
        let row = |(index, exercise)| Row {
            index,
            exercise,
            state: if Some(index) == current {
                State::Current
            } else {
                State::Pending
            },
            current: Some(index) == current,
            hints_shown: 0,
            seconds_to_pass: None,
        };
        exercises.iter().enumerate().map(row).collect()
    }

    #[test]
    fn a_long_list_shows_a_page_and_says_how_to_scroll() {
        let mut text =
            String::from("format_version = 1\nwelcome_message = \"\"\nfinal_message = \"\"\n");
        for i in 0..107 {
            text += &format!(
                "[[exercises]]\nname = \"e{i}\"\ndir = \"01_x\"\nmode = \"test\"\nexpect = [\"test-failure\"]\nsection = \"s\"\nhints = [\"x\", \"y\"]\ngo = \"g\"\n"
            );
        }
        let info = Info::parse(&text).unwrap();
        let mut out = Vec::new();
        let links = Links::default();
        numbered(&mut out, &rows(&info.exercises, Some(60)), 40..83, &links).unwrap();
        let page = crate::ansi::strip_ansi(&String::from_utf8(out).unwrap());
        assert_eq!(page.lines().count(), 44, "{page}");
        assert!(
            page.starts_with("Exercises 41–83 of 107 (↑/↓ and PgUp/PgDn scroll, Esc closes)"),
            "{page}"
        );
        assert!(page.contains("> 61  current  e60"), "{page}");
        let mut out = Vec::new();
        numbered(&mut out, &rows(&info.exercises, None), 0..107, &links).unwrap();
        assert_eq!(String::from_utf8(out).unwrap().lines().count(), 107);
    }
}
