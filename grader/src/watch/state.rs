//! The watch loop's state and its reactions to files, gradings and signals.
//! The learner's keys are in `actions.rs`. Only the loop thread touches this:
//! other threads talk to it through events.

use std::io::{self, Write};
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use anyhow::Result;

use super::events::{Event, Job};
use super::files::How;
use super::screen::{self, Frame, Verdict};
use crate::course::Course;
use crate::info::Exercise;
use crate::outcome::Outcome;
use crate::progress::Progress;
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
    pub(super) progress: Progress,
    pub(super) current: Option<usize>,
    pub(super) verdict: Verdict,
    pub(super) prompt: Prompt,
    /// Another exercise the learner edited, offered with `s`.
    pub(super) other: Option<usize>,
    pub(super) how: How,
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
    pub(super) key_reader: super::keys::Pause,
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
        progress: Progress,
        jobs: Sender<Job>,
        how: How,
        tty: bool,
        color: bool,
    ) -> Watch<'a> {
        let current = progress
            .current(&course.info)
            .and_then(|e| course.info.exercises.iter().position(|x| x.name == e.name));
        Watch {
            course,
            progress,
            current,
            verdict: Verdict::None,
            prompt: Prompt::None,
            other: None,
            how,
            tty,
            stopped_by: None,
            look: Look {
                warnings: Warnings::Collapsed { key: tty },
                ..Look::new(&course.root, color)
            },
            welcome: Vec::new(),
            list_top: 0,
            key_reader: super::keys::Pause::default(),
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
        self.reread_progress();
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
                    self.print(format!("-- stopped by signal {signal} --\n").as_bytes())?;
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
            self.print(format!("-- grading {} --\n", self.exercise(index).name).as_bytes())?;
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
        if let (Verdict::Outcome(outcome), Some(exercise)) =
            (&self.verdict, self.current_exercise())
        {
            // The counter moves when it passes, and the time to pass is kept.
            let passed = outcome.passed();
            if self.progress.grading_changes(&exercise.name, passed) {
                let now = crate::progress::now();
                self.update_progress(|p| p.graded(&exercise.name, passed, now))?;
            }
        }
        match (self.tty, self.current_exercise()) {
            (false, Some(exercise)) => screen::line_verdict(
                &mut io::stdout().lock(),
                exercise,
                &self.verdict,
                &self.look,
            ),
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
        let name = self.exercise(index).name.clone();
        self.update_progress(|p| p.chosen = Some(name.clone()))?;
        self.request_grading()?;
        Ok(())
    }

    /// Applies `change` to the progress on disk (under its lock, so what
    /// other graders saved is kept) and keeps the result; if it cannot be
    /// saved, to the copy in memory, with a warning.
    pub(super) fn update_progress(
        &mut self,
        mut change: impl FnMut(&mut Progress),
    ) -> io::Result<()> {
        match Progress::update(&self.course.root, &mut change) {
            Ok(saved) => {
                self.progress = saved;
                Ok(())
            }
            Err(e) => {
                change(&mut self.progress);
                self.say(format!(
                    "warning: your progress could not be saved: {e:#}\n"
                ))
            }
        }
    }

    /// Takes in what other graders saved (a `grader run` in another terminal).
    fn reread_progress(&mut self) {
        if let Some(progress) = Progress::reread(&self.course.root) {
            self.progress = progress;
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
            self.print(&text)
        }
    }

    fn print(&self, text: &[u8]) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(text)?;
        out.flush()
    }

    /// How many exercises fit on the terminal under the list's header and above the footer.
    pub(super) fn list_rows(&self) -> usize {
        let height = crossterm::terminal::size().map_or(24, |(_, rows)| usize::from(rows));
        height.saturating_sub(screen::FOOTER_LINES).max(3)
    }

    /// Moves the list's window by `by` rows (a page for [`super::events::PAGE`]), within the list.
    pub(super) fn scroll_list(&mut self, by: isize) {
        let rows = self.list_rows();
        let total = self.course.info.exercises.len();
        let by = by.clamp(-(rows as isize), rows as isize);
        let top = self.list_top.saturating_add_signed(by);
        self.list_top = top.min(total.saturating_sub(rows));
    }

    /// The page of the list that fits the terminal.
    fn list_page(&self) -> io::Result<Vec<u8>> {
        let total = self.course.info.exercises.len();
        let top = self.list_top.min(total);
        let end = (top + self.list_rows()).min(total);
        let mut page = Vec::new();
        screen::numbered_list(
            &mut page,
            &self.course.info,
            &self.progress,
            self.current,
            &self.look.links,
            top..end,
        )?;
        Ok(page)
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
            done: self.progress.done_count(&self.course.info),
            total: self.course.info.exercises.len(),
            keys: &keys,
            chapter: chapter.as_deref(),
        };
        let mut content = Vec::new();
        screen::frame(&mut content, &frame, &self.look)?;
        screen::present(&content)
    }
}
