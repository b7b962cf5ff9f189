//! What the watch loop hears: every thread (file watcher, key reader,
//! grading worker, signal handler) sends one of these into the loop's channel.

use crate::outcome::Outcome;
use crate::spawn::Cancel;

/// One message for the watch loop.
#[derive(Debug)]
pub enum Event {
    /// A file of the exercise at this index (in info.toml order) changed.
    Changed(usize),
    /// The file watcher reported a problem (events may be lost).
    WatchError(String),
    /// The learner pressed a key or typed a line.
    Input(Input),
    /// A grading ended (or was cancelled).
    Graded {
        id: u64,
        result: anyhow::Result<Outcome>,
    },
    /// SIGTERM, SIGHUP or SIGINT: quit cleanly.
    Signal(i32),
}

/// A scroll of one page (PgUp/PgDn), however tall the page is.
pub const PAGE: isize = 10_000;

/// What the learner typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A single key press (terminal mode).
    Char(char),
    Enter,
    Backspace,
    Escape,
    /// Arrow keys and PgUp/PgDn: scroll the list by this many rows (a page is [`PAGE`]).
    Scroll(isize),
    /// The terminal was resized: draw again.
    Resize,
    /// A whole line (line mode, without a terminal).
    Line(String),
    /// Ctrl-C or Ctrl-D in raw mode.
    Quit,
    /// Standard input ended (line mode) or cannot be read.
    Eof,
}

/// A grading for the worker thread.
#[derive(Debug)]
pub struct Job {
    pub id: u64,
    /// The exercise's index in info.toml order.
    pub exercise: usize,
    pub cancel: Cancel,
}
