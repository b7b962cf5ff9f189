//! `l`: the numbered list of exercises and jumping to one, by number or
//! name. On a terminal the list replaces the verdict, one page of it, and
//! the arrows scroll; in line mode it is printed, or `l ARG` jumps at once.

use std::io::{self, Write};

use anyhow::Result;

use super::screen;
use super::state::{Prompt, Watch};
use crate::render::exercises;

impl Watch<'_> {
    /// `l`: the numbered list, then a prompt; `l ARG` (line mode) jumps at once.
    pub(super) fn list(&mut self, argument: &str) -> Result<()> {
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
        let rows = self.learner.rows(self.current);
        exercises::numbered(&mut text, &rows, 0..rows.len(), &self.look.links)?;
        writeln!(
            text,
            "Jump to which exercise? Type its number or name (an empty line cancels)."
        )?;
        Ok(self.say(text)?)
    }

    /// The answer to `l`: a number from the list or an exercise's name.
    pub(super) fn pick(&mut self, answer: &str) -> Result<()> {
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
    pub(super) fn list_page(&self) -> io::Result<Vec<u8>> {
        let rows = self.learner.rows(self.current);
        let top = self.list_top.min(rows.len());
        let end = (top + self.list_rows()).min(rows.len());
        let mut page = Vec::new();
        exercises::numbered(&mut page, &rows, top..end, &self.look.links)?;
        Ok(page)
    }
}
