//! The learner's rules, in one place, as data: which exercise is current,
//! what "next" moves to, revealing a hint, recording a grading, marking an
//! exercise done, finishing the course, and resetting an exercise with a
//! backup ([`reset`]). The one-shot commands (`commands.rs`, `verify.rs`) and
//! `watch` are adapters over it: they decide nothing themselves, so they
//! cannot disagree. Nothing here prints: a change the progress file could not
//! take comes back as [`NotSaved`], for the adapter to show.
//!
//! "Next" has two faces, both defined here. After a pass, `grader run` names
//! [`Learner::current`]: the exercise the learner chose if it is not done,
//! else the first one not done. `n` in watch moves to
//! [`Learner::unfinished_after`] the exercise just done: the first one after
//! it not done, wrapping around. They agree while the learner goes in order;
//! after a jump ahead, `n` keeps going ahead and `run` points back to the
//! first gap.

pub mod progress;
pub mod reset;

use std::fmt;

use anyhow::Result;

use self::progress::Progress;
use crate::course::Course;
use crate::info::{Exercise, Info};

/// The learner's progress through a course, and the rules that move it.
pub struct Learner<'a> {
    course: &'a Course,
    progress: Progress,
}

/// A change the progress file could not take: it holds in memory only.
#[derive(Debug)]
#[must_use = "the learner should be told that their progress was not saved"]
pub struct NotSaved(pub anyhow::Error);

impl fmt::Display for NotSaved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "warning: your progress could not be saved: {:#}", self.0)
    }
}

/// Where an exercise stands, for the lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Done,
    /// Not done, and the one being worked on.
    Current,
    Pending,
}

/// One exercise in a list of them.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    /// Its index in info.toml order.
    pub index: usize,
    pub exercise: &'a Exercise,
    pub state: State,
    /// It is the one being worked on (even if it is done already).
    pub current: bool,
    pub hints_shown: usize,
    pub seconds_to_pass: Option<u64>,
}

impl<'a> Learner<'a> {
    /// The learner's progress in `course`, and a warning for them if the
    /// progress file had to be set aside.
    pub fn load(course: &'a Course) -> (Learner<'a>, Option<String>) {
        let loaded = Progress::load(&course.root);
        let learner = Learner {
            course,
            progress: loaded.progress,
        };
        (learner, loaded.warning)
    }

    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// Takes in what other graders saved (a `grader run` in another terminal).
    pub fn reread(&mut self) {
        if let Some(progress) = Progress::reread(&self.course.root) {
            self.progress = progress;
        }
    }

    fn exercises(&self) -> &'a [Exercise] {
        &self.course.info.exercises
    }

    /// The exercise to work on ([`current_of`]). `None` when the course is finished.
    pub fn current(&self) -> Option<&'a Exercise> {
        current_of(&self.course.info, &self.progress)
    }

    /// [`Learner::current`]'s index in info.toml order.
    pub fn current_index(&self) -> Option<usize> {
        let current = self.current()?;
        self.exercises().iter().position(|e| e.name == current.name)
    }

    /// The named exercise, or the current one (`None` when the course is done).
    pub fn named_or_current(&self, name: Option<&str>) -> Result<Option<&'a Exercise>> {
        match name {
            Some(name) => self.course.exercise(name).map(Some),
            None => Ok(self.current()),
        }
    }

    /// What `n` in watch moves to from the exercise at `index` ([`unfinished_after`]).
    pub fn unfinished_after(&self, index: usize) -> Option<usize> {
        unfinished_after(self.exercises(), &self.progress, index)
    }

    pub fn is_done(&self, name: &str) -> bool {
        self.progress.is_done(name)
    }

    pub fn done_count(&self) -> usize {
        let done = |e: &&Exercise| self.is_done(&e.name);
        self.exercises().iter().filter(done).count()
    }

    pub fn total(&self) -> usize {
        self.exercises().len()
    }

    pub fn hints_shown(&self, name: &str) -> usize {
        self.progress.hints_shown(name)
    }

    /// Every exercise with where it stands; `current` is the one being worked on.
    pub fn rows(&self, current: Option<usize>) -> Vec<Row<'a>> {
        let row = |(index, exercise): (usize, &'a Exercise)| {
            let is_current = Some(index) == current;
            let state = match (self.is_done(&exercise.name), is_current) {
                (true, _) => State::Done,
                (false, true) => State::Current,
                (false, false) => State::Pending,
            };
            Row {
                index,
                exercise,
                state,
                current: is_current,
                hints_shown: self.hints_shown(&exercise.name),
                seconds_to_pass: self.progress.seconds_to_pass(&exercise.name),
            }
        };
        self.exercises().iter().enumerate().map(row).collect()
    }

    /// Reveals one more hint of `exercise` (never more than it has).
    pub fn reveal_hint(&mut self, exercise: &Exercise) -> Option<NotSaved> {
        let total = exercise.hints.len();
        self.update(|p| {
            let shown = (p.hints_shown(&exercise.name) + 1).min(total);
            p.entry(&exercise.name).hints_shown = shown;
        })
    }

    /// Records a grading of `name` ([`graded`]: the first starts its clock,
    /// a pass marks it done); writes only when that changes something.
    pub fn record_grading(&mut self, name: &str, passed: bool) -> Option<NotSaved> {
        if !grading_changes(&self.progress, name, passed) {
            return None;
        }
        let now = progress::now();
        self.update(|p| graded(p, name, passed, now))
    }

    /// Records every grading of a `verify` in one update.
    pub fn record_gradings(&mut self, gradings: &[(&str, bool)]) -> Option<NotSaved> {
        let now = progress::now();
        self.update(|p| {
            for &(name, passed) in gradings {
                graded(p, name, passed, now);
            }
        })
    }

    /// Marks `name` done (`n` in watch, once it passes).
    pub fn mark_done(&mut self, name: &str) -> Option<NotSaved> {
        self.update(|p| p.entry(name).done = true)
    }

    /// Remembers that the learner works on `name` now.
    pub fn choose(&mut self, name: &str) -> Option<NotSaved> {
        self.update(|p| p.chosen = Some(name.to_string()))
    }

    /// Every exercise is done: nothing is chosen any more.
    pub fn finish(&mut self) -> Option<NotSaved> {
        self.update(|p| p.chosen = None)
    }

    /// Whether the welcome message was shown already.
    pub fn welcomed(&self) -> bool {
        self.progress.welcomed
    }

    pub fn mark_welcomed(&mut self) -> Option<NotSaved> {
        self.update(|p| p.welcomed = true)
    }

    /// Applies `change` to the progress on disk (under its lock, so what
    /// other graders saved is kept) and keeps the result; if it cannot be
    /// saved, to the copy in memory.
    fn update(&mut self, mut change: impl FnMut(&mut Progress)) -> Option<NotSaved> {
        match Progress::update(&self.course.root, &mut change) {
            Ok(saved) => {
                self.progress = saved;
                None
            }
            Err(e) => {
                change(&mut self.progress);
                Some(NotSaved(e))
            }
        }
    }
}

/// The exercise to work on: the one chosen if it is not done yet, else the
/// first one not done. `None` when the course is finished.
pub fn current_of<'i>(info: &'i Info, progress: &Progress) -> Option<&'i Exercise> {
    let chosen = progress.chosen.as_deref().and_then(|name| info.find(name));
    let not_done = |e: &&Exercise| !progress.is_done(&e.name);
    chosen
        .filter(not_done)
        .or_else(|| info.exercises.iter().find(not_done))
}

/// What `n` moves to from the exercise at `index`: the first one after it
/// that is not done, wrapping around to the start. `None` when every
/// exercise is done.
pub fn unfinished_after(
    exercises: &[Exercise],
    progress: &Progress,
    index: usize,
) -> Option<usize> {
    let count = exercises.len();
    (1..=count)
        .map(|step| (index + step) % count)
        .find(|&i| !progress.is_done(&exercises[i].name))
}

/// Whether [`graded`] would change anything (so a failing grading after the
/// first does not write the file).
pub fn grading_changes(progress: &Progress, name: &str, passed: bool) -> bool {
    match progress.exercises.get(name) {
        None => true,
        Some(e) => e.first_graded.is_none() || (passed && !e.done),
    }
}

/// The rule for a grading of `name` at `now`: the first grading starts its
/// clock; a pass marks it done (the counter moves when it passes) and keeps
/// the time from the first grading to the first pass.
pub fn graded(progress: &mut Progress, name: &str, passed: bool, now: u64) {
    let entry = progress.entry(name);
    let first = *entry.first_graded.get_or_insert(now);
    if passed {
        entry.done = true;
        if entry.seconds_to_pass.is_none() {
            entry.seconds_to_pass = Some(now.saturating_sub(first));
        }
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
