// channels6: make the tests pass (they hang as shipped). `first_answer` asks
// several workers the same question and takes the first answer. It must wait
// at most `limit`, and tell "nobody answered in time" from "every worker died
// without answering".
//
// Concept: a receive with a deadline is Go's `select` with `time.After`, and how it ends says which case happened.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// How a call with a deadline ended.
#[derive(Debug, PartialEq)]
pub enum Reply {
    /// A worker answered in time.
    Answer(u64),
    /// `limit` passed without an answer; the workers may still be running.
    TimedOut,
    /// Every worker ended (they panicked) without answering.
    AllDied,
}

/// A worker: some work that runs on its own thread and answers a number.
pub type Worker = Box<dyn FnOnce() -> u64 + Send>;

/// Runs every worker on its own thread and waits at most `limit` for the
/// first answer.
pub fn first_answer(workers: Vec<Worker>, limit: Duration) -> Reply {
    let (tx, rx) = mpsc::channel();
    for work in workers {
        let tx = tx.clone();
        thread::spawn(move || {
            // The caller may have its answer already; then nobody listens, and that is fine.
            let _ = tx.send(work());
        });
    }

    match rx.recv() {
        Ok(answer) => Reply::Answer(answer),
        Err(_) => Reply::AllDied,
    }
}

#[cfg(test)]
mod tests;
