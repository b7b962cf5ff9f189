//! The learner's one-shot commands: run, hint, go, list, reset (verify is in
//! `verify.rs`). Each is an adapter: the rules are in [`crate::learner`], the
//! text in [`crate::render`]; here they meet standard output.

use std::io::{self, Write};

use anyhow::{Result, bail};
use colored::Colorize;

use crate::course::Course;
use crate::grade::{self, Settings, Side};
use crate::learner::reset::restore_shipped;
use crate::learner::{Learner, NotSaved};
use crate::render::Links;
use crate::render::{self, Look, exercises, notes};
use crate::spawn::Cancel;
use crate::status::Status;

/// Loads the learner's progress, telling them if the file had to be set aside.
pub fn load_learner(course: &Course) -> Learner<'_> {
    let (learner, warning) = Learner::load(course);
    if let Some(warning) = warning {
        eprintln!("{}", warning.yellow());
    }
    learner
}

/// Tells the learner their progress could not be saved, and why.
pub fn warn_if_not_saved(not_saved: Option<NotSaved>) {
    if let Some(not_saved) = not_saved {
        eprintln!("{}", not_saved.to_string().yellow());
    }
}

/// `grader run [NAME]`
pub fn run(course: &Course, name: Option<&str>, settings: &Settings) -> Result<Status> {
    let mut learner = load_learner(course);
    let Some(exercise) = learner.named_or_current(name)? else {
        notes::course_done(&mut io::stdout(), &course.info)?;
        return Ok(Status::Success);
    };
    let links = Links::new(&course.root, settings.color);
    eprintln!(
        "Grading {} ({}) …",
        exercise.name,
        links.path(&exercise.exercise_path().join(exercise.main_file()))
    );
    let cancel = Cancel::default();
    let outcome = grade::grade(course, exercise, Side::Exercise, settings, &cancel)?;
    let mut out = io::stdout().lock();
    let look = Look::new(&course.root, settings.color);
    render::outcome(&mut out, exercise, &outcome, &look)?;
    // The verdict stands even when it cannot be remembered.
    warn_if_not_saved(learner.record_grading(&exercise.name, outcome.passed()));
    if !outcome.passed() {
        writeln!(
            out,
            "Stuck? `grader hint {0}` gives a hint, `grader go {0}` shows the Go way.",
            exercise.name
        )?;
        return Ok(Status::NotPassing);
    }
    match learner.current() {
        Some(next) => writeln!(
            out,
            "Next: {} — `grader run` grades it.",
            links.path(&next.exercise_path().join(next.main_file()))
        )?,
        None => {
            writeln!(out)?;
            notes::course_done(&mut out, &course.info)?;
        }
    }
    Ok(Status::Success)
}

/// `grader hint [NAME]`: reveals one more hint and shows all revealed so far.
pub fn hint(course: &Course, name: Option<&str>) -> Result<Status> {
    let mut learner = load_learner(course);
    let Some(exercise) = learner.named_or_current(name)? else {
        writeln!(io::stdout(), "Every exercise is done: no hints needed.")?;
        return Ok(Status::Success);
    };
    // The hint is shown even when it cannot be remembered.
    warn_if_not_saved(learner.reveal_hint(exercise));
    let shown = learner.hints_shown(&exercise.name);
    let mut out = io::stdout().lock();
    notes::hints(&mut out, exercise, shown)?;
    if shown == exercise.hints.len() {
        let solution = exercise.solution_path().display().to_string();
        notes::last_hint(&mut out, &solution)?;
    } else {
        writeln!(
            out,
            "`grader hint {}` again for the next one.",
            exercise.name
        )?;
    }
    Ok(Status::Success)
}

/// `grader go [NAME]`
pub fn go(course: &Course, name: Option<&str>) -> Result<Status> {
    let learner = load_learner(course);
    let Some(exercise) = learner.named_or_current(name)? else {
        bail!("every exercise is done; name one: `grader go NAME`");
    };
    notes::go_note(&mut io::stdout().lock(), exercise)?;
    Ok(Status::Success)
}

/// `grader list`
pub fn list(course: &Course, color: bool) -> Result<Status> {
    let learner = load_learner(course);
    let rows = learner.rows(learner.current_index());
    let links = Links::new(&course.root, color);
    exercises::table(&mut io::stdout().lock(), &rows, &links)?;
    Ok(Status::Success)
}

/// `grader reset NAME`: back up the learner's crate, then restore it from git.
pub fn reset(course: &Course, name: &str) -> Result<Status> {
    let exercise = course.exercise(name)?;
    let backup = restore_shipped(course, exercise)?;
    writeln!(
        io::stdout(),
        "{} restored to its shipped state. {}",
        exercise.exercise_path().display(),
        notes::kept(backup.as_deref())
    )?;
    Ok(Status::Success)
}
