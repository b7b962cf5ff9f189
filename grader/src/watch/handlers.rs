//! What each [`Action`] does to the watch loop, and the answers to the
//! questions of `l` and `x`. Which key is which action is in `bindings.rs`;
//! the rules (current, next, hints, done, reset) are in [`crate::learner`].

use std::io::Write;

use anyhow::Result;
use colored::Colorize;

use super::bindings::{self, Action};
use super::events::Input;
use super::files::WatchMode;
use super::state::{Flow, Prompt, Watch};
use crate::book;
use crate::learner::reset::restore_shipped;
use crate::render::{Warnings, notes};

impl Watch<'_> {
    pub(super) fn input(&mut self, input: Input) -> Result<Flow> {
        match input {
            Input::Quit | Input::Eof => return Ok(Flow::Quit),
            Input::Resize => self.draw()?,
            Input::Line(line) => return self.line(line.trim()),
            Input::Char(c) => return self.key(c),
            Input::Enter => {
                if let Prompt::Pick(typed) = std::mem::take(&mut self.prompt) {
                    self.pick(&typed)?;
                }
            }
            Input::Backspace => {
                if let Prompt::Pick(typed) = &mut self.prompt {
                    typed.pop();
                }
                self.draw()?;
            }
            Input::Escape => {
                self.prompt = Prompt::None;
                self.draw()?;
            }
            Input::Scroll(by) => {
                if let Prompt::Pick(_) = self.prompt {
                    self.scroll_list(by);
                    self.draw()?;
                }
            }
        }
        Ok(Flow::Continue)
    }

    /// One key press on a terminal.
    fn key(&mut self, c: char) -> Result<Flow> {
        match &mut self.prompt {
            Prompt::Pick(typed) => {
                typed.push(c);
                self.draw()?;
            }
            Prompt::Reset => {
                self.prompt = Prompt::None;
                self.confirm_reset(c == 'y' || c == 'Y')?;
            }
            Prompt::None => return self.command(c, ""),
        }
        Ok(Flow::Continue)
    }

    /// One line in line mode: a command (with an optional argument) or an answer.
    fn line(&mut self, line: &str) -> Result<Flow> {
        match std::mem::take(&mut self.prompt) {
            Prompt::Pick(_) => self.pick(line)?,
            Prompt::Reset => self.confirm_reset(line.starts_with(['y', 'Y']))?,
            Prompt::None => {
                let mut chars = line.chars();
                if let Some(c) = chars.next() {
                    return self.command(c, chars.as_str().trim());
                }
            }
        }
        Ok(Flow::Continue)
    }

    fn command(&mut self, c: char, argument: &str) -> Result<Flow> {
        let Some(action) = Action::of_key(c) else {
            self.say(format!("`{c}` is not a key here. {}\n", self.keys()))?;
            return Ok(Flow::Continue);
        };
        match action {
            Action::Quit => return Ok(Flow::Quit),
            Action::Next => self.next()?,
            Action::Hint => self.hint()?,
            Action::GoNote => self.go()?,
            Action::List => self.list(argument)?,
            Action::Regrade => self.request_grading()?,
            Action::Reset => self.ask_reset()?,
            Action::Switch => self.switch_to_other()?,
            Action::Book => self.book()?,
            Action::Edit => self.edit()?,
            Action::Solution => self.solution()?,
            Action::Warnings => self.toggle_warnings()?,
        }
        Ok(Flow::Continue)
    }

    /// `n`: marks the current exercise done (once it passes) and moves to the
    /// next one not done ([`crate::learner::Learner::unfinished_after`]).
    fn next(&mut self) -> Result<()> {
        let Some(index) = self.current else {
            return Ok(self.say(self.course_done()?)?);
        };
        let name = &self.exercise(index).name;
        if self.busy() {
            return Ok(self.say(format!(
                "{name} is being graded: wait for its verdict, then press n.\n"
            ))?);
        }
        if !self.verdict.passed() {
            return Ok(self.say(format!(
                "{name} must pass before you move on: fix it, save, and press n once it passes.\n"
            ))?);
        }
        let not_saved = self.learner.mark_done(name);
        self.warn(not_saved)?;
        match self.learner.unfinished_after(index) {
            Some(next) => self.switch_to(next),
            None => self.finish(),
        }
    }

    /// Every exercise is done.
    fn finish(&mut self) -> Result<()> {
        self.current = None;
        let not_saved = self.learner.finish();
        self.warn(not_saved)?;
        Ok(self.say(self.course_done()?)?)
    }

    /// The course's last words.
    pub(super) fn course_done(&self) -> std::io::Result<Vec<u8>> {
        let mut text = Vec::new();
        notes::course_done(&mut text, &self.course.info)?;
        Ok(text)
    }

    fn hint(&mut self) -> Result<()> {
        let Some(exercise) = self.current_exercise() else {
            return Ok(self.say("Every exercise is done: no hints needed.\n")?);
        };
        let not_saved = self.learner.reveal_hint(exercise);
        self.warn(not_saved)?;
        let shown = self.learner.hints_shown(&exercise.name);
        let mut text = Vec::new();
        notes::hints(&mut text, exercise, shown)?;
        if shown == exercise.hints.len() {
            let solution = self.look.links.path(&exercise.solution_path());
            notes::last_hint(&mut text, &solution)?;
        }
        Ok(self.say(text)?)
    }

    fn go(&mut self) -> Result<()> {
        let Some(exercise) = self.current_exercise() else {
            return Ok(self.say("Every exercise is done.\n")?);
        };
        let mut text = Vec::new();
        notes::go_note(&mut text, exercise)?;
        Ok(self.say(text)?)
    }

    /// `w`: rustc's warnings in full, or one line each again.
    fn toggle_warnings(&mut self) -> Result<()> {
        self.look.warnings = match self.look.warnings {
            Warnings::Full => Warnings::Collapsed { key: self.tty },
            Warnings::Collapsed { .. } => Warnings::Full,
        };
        if self.tty {
            return Ok(self.draw()?);
        }
        let full = self.look.warnings == Warnings::Full;
        let now = if full { "in full" } else { "one line each" };
        Ok(self.say(format!(
            "Warnings are now shown {now}.
"
        ))?)
    }

    /// `v`: the reference solution's main file, once the exercise passes.
    fn solution(&mut self) -> Result<()> {
        let Some(exercise) = self.current_exercise() else {
            return Ok(self.say(
                "Every exercise is done: the solutions are in solutions/.
",
            )?);
        };
        if !self.verdict.passed() && !self.learner.is_done(&exercise.name) {
            return Ok(self.say(format!(
                "v shows the reference solution once {} passes: compare after you solved it.
",
                exercise.name
            ))?);
        }
        let path = exercise.solution_path().join(exercise.main_file());
        let mut text = Vec::new();
        match std::fs::read_to_string(self.course.root.join(&path)) {
            Ok(code) => {
                let header = format!("The reference solution, {}:", self.look.links.path(&path));
                writeln!(text, "{}", header.cyan().bold())?;
                for line in code.lines() {
                    writeln!(text, "    {}", crate::ansi::strip_ansi(line))?;
                }
            }
            Err(e) => writeln!(text, "The reference solution is {} ({e}).", path.display())?,
        }
        Ok(self.say(text)?)
    }

    /// `b`: the current exercise's chapter of the course book.
    fn book(&mut self) -> Result<()> {
        let message = match self.current_exercise() {
            Some(exercise) => book::open_chapter(&self.course.root, exercise),
            None => "Every exercise is done: the book is in book/ (`grader book && mdbook build book`).\n".to_string(),
        };
        Ok(self.say(message)?)
    }

    fn switch_to_other(&mut self) -> Result<()> {
        match self.other {
            Some(index) => self.switch_to(index),
            None => Ok(self.say("No other exercise was edited: nothing to switch to.\n")?),
        }
    }

    fn ask_reset(&mut self) -> Result<()> {
        let Some(exercise) = self.current_exercise() else {
            return Ok(self.say("Every exercise is done: nothing to reset.\n")?);
        };
        self.prompt = Prompt::Reset;
        let question = format!(
            "Reset {} to its shipped state? Your version is kept as a backup. y/n\n",
            exercise.name
        );
        Ok(self.say(if self.tty { String::new() } else { question })?)
    }

    fn confirm_reset(&mut self, yes: bool) -> Result<()> {
        let Some(exercise) = self.current_exercise() else {
            return Ok(());
        };
        if !yes {
            return Ok(self.say("Not reset.\n")?);
        }
        match restore_shipped(self.course, exercise) {
            Ok(backup) => self.say(format!(
                "{} was reset. {}\n",
                exercise.name,
                notes::kept(backup.as_deref())
            ))?,
            Err(e) => self.say(format!("Reset failed: {e:#}\n"))?,
        }
        Ok(self.request_grading()?)
    }

    /// The keys line of the screen, or the question being asked.
    pub(super) fn keys(&self) -> String {
        match (&self.prompt, self.current_exercise()) {
            (Prompt::Pick(typed), _) => format!(
                "Jump to which exercise? Type its number or name, then Enter (Esc closes): {typed}"
            ),
            (Prompt::Reset, Some(e)) => format!(
                "Reset {} to its shipped state? Your version is kept as a backup. y/n",
                e.name
            ),
            (_, None) => "l list · q quit".to_string(),
            (_, Some(_)) => {
                let keys = bindings::key_line();
                let manual = if self.mode == WatchMode::Manual {
                    " (manual mode: save, then r)"
                } else {
                    ""
                };
                match self.other {
                    Some(other) => {
                        format!("{keys}{manual} · s switch to {}", self.exercise(other).name)
                    }
                    None => format!("{keys}{manual}"),
                }
            }
        }
    }
}
