//! The watch loop's state and its reactions to files, gradings and signals.
//! What the learner's keys do is in `handlers.rs`, the list in `picker.rs`;
//! everything shown goes through the [`Screen`]. Only the loop thread
//! touches this: other threads talk to it through events.

use std::io;
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use anyhow::Result;

use super::events::{Event, Job};
use super::files::WatchMode;
use super::screen::{self, Frame, Screen, Verdict};
use crate::course::Course;
use crate::info::Exercise;
use crate::learner::{Learner, NotSaved};
use crate::outcome::Outcome;
use crate::render::{Look, Warnings};
use crate::spawn::{self, Cancel};

/// How long after the last file event a grading starts: one save makes
/// several events (write, rename, attributes), which become one grading.
/// Measured with inotify on this course's machine (vim `:w`, write in place,
/// temp file + rename, delete + create): every burst arrives within 1 ms, so
/// 10 ms is plenty; a later straggler only restarts the grading.
pub const GRACE: Duration = Duration::from_millis(10);

/// Whether the loop goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Quit,
}

/// A question waiting for the learner's answer.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub enum Prompt {
    #[default]
    None,
    /// `l`: which exercise to jump to (what was typed so far).
    Pick(String),
    /// `x`: reset the current exercise?
    Reset,
}

/// The grading in flight.
struct Running {
    id: u64,
    cancel: Cancel,
}

pub struct Watch<'a> {
    pub(super) course: &'a Course,
    pub(super) learner: Learner<'a>,
    pub(super) current: Option<usize>,
    pub(super) verdict: Verdict,
    pub(super) prompt: Prompt,
    /// Another exercise the learner edited, offered with `s`.
    pub(super) other: Option<usize>,
    pub(super) mode: WatchMode,
    /// Terminal mode (else line mode).
    pub(super) tty: bool,
    /// The fatal signal that stopped the loop, if one did.
    pub(super) stopped_by: Option<i32>,
    pub(super) look: Look,
    /// The welcome (and how files are watched), shown above the first verdict
    /// on a terminal until the learner moves to another exercise.
    pub(super) welcome: Vec<u8>,
    /// The first row of the list shown (terminal mode), while `l` is open.
    pub(super) list_top: usize,
    /// Paused while the learner's editor has the terminal.
    pub(super) key_reader: super::input::Pause,
    screen: Screen,
    note: Vec<u8>,
    jobs: Sender<Job>,
    running: Option<Running>,
    /// A newer save arrived during the running grading: grade again after it.
    queued: bool,
    next_id: u64,
    /// Exercises changed since the last settle, and when to settle.
    touched: Vec<usize>,
    deadline: Option<Instant>,
}

impl<'a> Watch<'a> {
    pub fn new(
        course: &'a Course,
        learner: Learner<'a>,
        jobs: Sender<Job>,
        mode: WatchMode,
        tty: bool,
        color: bool,
    ) -> Watch<'a> {
        let current = learner.current_index();
        Watch {
            course,
            learner,
            current,
            verdict: Verdict::None,
            prompt: Prompt::None,
            other: None,
            mode,
            tty,
            stopped_by: None,
            look: Look {
                warnings: Warnings::Collapsed { key: tty },
                ..Look::new(&course.root, color)
            },
            welcome: Vec::new(),
            list_top: 0,
            key_reader: super::input::Pause::default(),
            screen: Screen,
            note: Vec::new(),
            jobs,
            running: None,
            queued: false,
            next_id: 0,
            touched: Vec::new(),
            deadline: None,
        }
    }

    pub(super) fn exercise(&self, index: usize) -> &'a Exercise {
        &self.course.info.exercises[index]
    }

    pub(super) fn current_exercise(&self) -> Option<&'a Exercise> {
        self.current.map(|i| self.exercise(i))
    }

    /// When the grace period of the last file events ends, if one is running.
    pub fn deadline(&self) -> Option<Instant> {
        self.deadline
    }

    pub fn handle(&mut self, event: Event) -> Result<Flow> {
        self.learner.reread();
        match event {
            Event::Changed(index) => {
                if !self.touched.contains(&index) {
                    self.touched.push(index);
                }
                self.deadline = Some(Instant::now() + GRACE);
            }
            Event::WatchError(error) => self.say(format!(
                "The file watcher reported a problem: {error}. If saves are missed, press r.\n"
            ))?,
            Event::Input(input) => return self.input(input),
            Event::Graded { id, result } => self.graded(id, result)?,
            Event::Signal(signal) => {
                self.stopped_by = Some(signal);
                if !self.tty {
                    let marker = format!("-- stopped by signal {signal} --\n");
                    self.screen.print(marker.as_bytes())?;
                }
                return Ok(Flow::Quit);
            }
        }
        Ok(Flow::Continue)
    }

    /// The grace period is over: grade the current exercise if it changed,
    /// and offer to switch to another one that changed.
    pub fn settle(&mut self) -> Result<()> {
        self.deadline = None;
        for index in std::mem::take(&mut self.touched) {
            if Some(index) == self.current {
                self.request_grading()?;
            } else if self.other != Some(index) {
                self.other = Some(index);
                let (edited, current) = (
                    self.exercise(index),
                    self.current_exercise().map_or("none", |e| &e.name),
                );
                self.say(format!(
                    "You edited {} ({}), not the current exercise ({current}). Press s to switch to it.\n",
                    edited.name,
                    edited.exercise_path().display()
                ))?;
            }
        }
        Ok(())
    }

    /// Grades the current exercise now; a grading in flight is cancelled and
    /// this one starts when it has stopped.
    pub(super) fn request_grading(&mut self) -> io::Result<()> {
        if let Some(running) = &self.running {
            running.cancel.cancel();
            self.queued = true;
            return Ok(());
        }
        let Some(index) = self.current else {
            return Ok(());
        };
        self.next_id += 1;
        let cancel = Cancel::default();
        let job = Job {
            id: self.next_id,
            exercise: index,
            cancel: cancel.clone(),
        };
        if self.jobs.send(job).is_ok() {
            self.running = Some(Running {
                id: self.next_id,
                cancel,
            });
        }
        if !self.tty {
            let marker = format!("-- grading {} --\n", self.exercise(index).name);
            self.screen.print(marker.as_bytes())?;
        }
        self.draw()
    }

    fn graded(&mut self, id: u64, result: Result<Outcome>) -> io::Result<()> {
        if self.running.as_ref().is_none_or(|r| r.id != id) {
            return Ok(());
        }
        self.running = None;
        if std::mem::take(&mut self.queued) {
            // What was graded is no longer what is on disk.
            return self.request_grading();
        }
        self.verdict = match result {
            Ok(Outcome::Cancelled) => return self.draw(),
            Ok(outcome) => Verdict::Outcome(outcome),
            Err(error) => Verdict::Error(format!("{error:#}")),
        };
        let passed = match &self.verdict {
            Verdict::Outcome(outcome) => Some(outcome.passed()),
            _ => None,
        };
        if let (Some(passed), Some(exercise)) = (passed, self.current_exercise()) {
            // The counter moves when it passes, and the time to pass is kept.
            let not_saved = self.learner.record_grading(&exercise.name, passed);
            self.warn(not_saved)?;
        }
        match (self.tty, self.current_exercise()) {
            (false, Some(exercise)) => self.screen.verdict(exercise, &self.verdict, &self.look),
            _ => self.draw(),
        }
    }

    /// True while a grading runs or is about to start.
    pub(super) fn busy(&self) -> bool {
        self.running.is_some() || self.deadline.is_some()
    }

    /// Makes `index` the current exercise (remembered in the progress file) and grades it.
    pub(super) fn switch_to(&mut self, index: usize) -> Result<()> {
        self.current = Some(index);
        self.verdict = Verdict::None;
        self.note.clear();
        self.welcome.clear();
        if self.other == Some(index) {
            self.other = None;
        }
        let not_saved = self.learner.choose(&self.exercise(index).name);
        self.warn(not_saved)?;
        self.request_grading()?;
        Ok(())
    }

    /// Tells the learner when their progress could not be saved.
    pub(super) fn warn(&mut self, not_saved: Option<NotSaved>) -> io::Result<()> {
        match not_saved {
            Some(not_saved) => self.say(format!("{not_saved}\n")),
            None => Ok(()),
        }
    }

    /// Cancels the grading and kills every process group still alive.
    pub fn shutdown(&mut self) {
        if let Some(running) = &self.running {
            running.cancel.cancel();
        }
        spawn::kill_all_groups();
    }

    /// Shows a message: below the verdict on a terminal, as lines without one.
    pub(super) fn say(&mut self, text: impl Into<Vec<u8>>) -> io::Result<()> {
        let text = text.into();
        if self.tty {
            self.note = text;
            self.draw()
        } else {
            self.screen.print(&text)
        }
    }

    /// Draws the whole screen again (terminal mode only).
    pub(super) fn draw(&self) -> io::Result<()> {
        if !self.tty {
            return Ok(());
        }
        let keys = self.keys();
        let chapter = self
            .current_exercise()
            .map(|e| crate::book::chapter_location(&self.course.root, e));
        let list = match self.prompt {
            Prompt::Pick(_) => Some(self.list_page()?),
            _ => None,
        };
        let frame = Frame {
            welcome: &self.welcome,
            list: list.as_deref(),
            exercise: self.current_exercise(),
            verdict: &self.verdict,
            grading: self.running.is_some(),
            note: &self.note,
            done: self.learner.done_count(),
            total: self.learner.total(),
            keys: &keys,
            chapter: chapter.as_deref(),
        };
        let mut content = Vec::new();
        screen::frame(&mut content, &frame, &self.look)?;
        self.screen.present(&content)
    }
}
