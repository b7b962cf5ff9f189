// channels6: make the tests pass (they hang as shipped).
// `call_with_deadline` runs some work on a thread and waits for its answer, but
// a stuck worker hangs the caller too. It must wait at most `limit`, and tell a
// slow worker (timed out) from a dead one (it panicked).
//
// Concept: a receive with a deadline is Go's `select` with `time.After`, and how it ends says which case happened.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// How a call with a deadline ended.
#[derive(Debug, PartialEq)]
pub enum Reply {
    /// The worker answered in time.
    Answer(u64),
    /// `limit` passed without an answer; the worker may still be running.
    TimedOut,
    /// The worker ended (it panicked) without answering.
    WorkerDied,
}

/// Runs `work` on its own thread and waits at most `limit` for its answer.
pub fn call_with_deadline<F>(work: F, limit: Duration) -> Reply
where
    F: FnOnce() -> u64 + Send + 'static,
{
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let answer = work();
        // The caller may have given up already; then nobody listens, and that is fine.
        let _ = tx.send(answer);
    });

    match rx.recv() {
        Ok(answer) => Reply::Answer(answer),
        Err(_) => Reply::WorkerDied,
    }
}

#[cfg(test)]
mod tests;
