//! The learner's keys: `n` next, `h` hint, `g` Go note, `l` list and jump,
//! `e` edit, `r` re-grade, `x` reset, `s` switch, `v` solution, `w` warnings,
//! `b` book, `q` quit; and the
//! answers to `l` and `x`.

use std::io::Write;

use anyhow::Result;
use colored::Colorize;

use super::events::Input;
use super::screen;
use super::state::{Flow, Prompt, Watch};
use crate::render::Warnings;
use crate::{book, commands};

const KEYS: &str = "n next · h hint · g Go note · e edit · l list · r re-grade · x reset · v solution · b book · q quit";

/// Printed once in line mode (no terminal).
pub const LINE_HELP: &str = "No terminal: line mode. Type a command and Enter: n next, h hint, g Go note, l list (l NUMBER or l NAME jumps), e edit (opens $VISUAL/$EDITOR at the first error), r re-grade, x reset, s switch, v solution (once it passes), w warnings in full or short, b book, q quit. End of input quits.\n";

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
        match c {
            'q' => return Ok(Flow::Quit),
            'n' => self.next()?,
            'h' => self.hint()?,
            'g' => self.go()?,
            'l' => self.list(argument)?,
            'r' => self.request_grading()?,
            'x' => self.ask_reset()?,
            's' => self.switch_to_other()?,
            'b' => self.book()?,
            'e' => self.edit()?,
            'v' => self.solution()?,
            'w' => self.toggle_warnings()?,
            _ => self.say(format!("`{c}` is not a key here. {}\n", self.keys()))?,
        }
        Ok(Flow::Continue)
    }

    fn next(&mut self) -> Result<()> {
        let Some(index) = self.current else {
            return Ok(self.say(format!("{}\n", self.course.info.final_message.trim_end()))?);
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
        let name = name.clone();
        self.update_progress(|p| p.entry(&name).done = true)?;
        let count = self.course.info.exercises.len();
        let pending = (1..=count)
            .map(|step| (index + step) % count)
            .find(|&i| !self.progress.is_done(&self.exercise(i).name));
        match pending {
            Some(next) => self.switch_to(next),
            None => self.finish(),
        }
    }

    /// Every exercise is done.
    fn finish(&mut self) -> Result<()> {
        self.current = None;
        self.update_progress(|p| p.chosen = None)?;
        self.say(format!("{}\n", self.course.info.final_message.trim_end()))?;
        Ok(())
    }

    fn hint(&mut self) -> Result<()> {
        let Some(exercise) = self.current_exercise() else {
            return Ok(self.say("Every exercise is done: no hints needed.\n")?);
        };
        self.update_progress(|p| {
            let shown = (p.hints_shown(&exercise.name) + 1).min(exercise.hints.len());
            p.entry(&exercise.name).hints_shown = shown;
        })?;
        let shown = self.progress.hints_shown(&exercise.name);
        let mut text = Vec::new();
        commands::write_hints(&mut text, exercise, shown)?;
        if shown == exercise.hints.len() {
            writeln!(
                text,
                "That was the last hint. The solution is in {}.",
                self.look.links.path(&exercise.solution_path())
            )?;
        }
        Ok(self.say(text)?)
    }

    fn go(&mut self) -> Result<()> {
        let Some(exercise) = self.current_exercise() else {
            return Ok(self.say("Every exercise is done.\n")?);
        };
        let mut text = Vec::new();
        commands::write_go_note(&mut text, exercise)?;
        Ok(self.say(text)?)
    }

    /// `l`: the numbered list, then a prompt; `l ARG` (line mode) jumps at once.
    fn list(&mut self, argument: &str) -> Result<()> {
        if !argument.is_empty() {
            return self.pick(argument);
        }
        self.prompt = Prompt::Pick(String::new());
        if self.tty {
            // A page around the current exercise; the arrows scroll.
            self.list_top = self
                .current
                .unwrap_or(0)
                .saturating_sub(self.list_rows() / 2);
            self.scroll_list(0);
            return Ok(self.draw()?);
        }
        let mut text = Vec::new();
        let all = 0..self.course.info.exercises.len();
        screen::numbered_list(
            &mut text,
            &self.course.info,
            &self.progress,
            self.current,
            &self.look.links,
            all,
        )?;
        writeln!(
            text,
            "Jump to which exercise? Type its number or name (an empty line cancels)."
        )?;
        Ok(self.say(text)?)
    }

    /// The answer to `l`: a number from the list or an exercise's name.
    fn pick(&mut self, answer: &str) -> Result<()> {
        self.prompt = Prompt::None;
        let answer = answer.trim();
        let exercises = &self.course.info.exercises;
        let by_number = answer
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=exercises.len()).contains(n))
            .map(|n| n - 1);
        match by_number.or_else(|| exercises.iter().position(|e| e.name == answer)) {
            Some(index) => self.switch_to(index),
            None if answer.is_empty() => Ok(self.draw()?),
            None => Ok(self.say(format!("There is no exercise `{answer}`: press l and type a number from the list or a name.\n"))?),
        }
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
        if !self.verdict.passed() && !self.progress.is_done(&exercise.name) {
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
                    writeln!(text, "    {}", crate::render::strip_ansi(line))?;
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
        match commands::restore_shipped(self.course, exercise) {
            Ok(backup) => self.say(format!(
                "{} was reset. {}\n",
                exercise.name,
                commands::kept(backup.as_deref())
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
                let manual = if self.how == super::files::How::Manual {
                    " (manual mode: save, then r)"
                } else {
                    ""
                };
                match self.other {
                    Some(other) => {
                        format!("{KEYS}{manual} · s switch to {}", self.exercise(other).name)
                    }
                    None => format!("{KEYS}{manual}"),
                }
            }
        }
    }
}
