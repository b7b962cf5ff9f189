// async3: make the tests pass.
// `collect` reads two channels at once with `tokio::select!` (Go's `select`).
// When `recv()` returns `None` (channel closed) the `Some(..)` pattern fails
// and that branch is disabled; with both disabled, `select!` panics. Add `else`.
//
// Concept: `select!` waits on several futures at once; `else` runs when every branch is disabled.

use tokio::sync::mpsc::Receiver;

#[derive(Debug, Default, PartialEq)]
pub struct Summary {
    pub total: i64,
    pub words: Vec<String>,
}

/// Adds up the numbers and collects the words, in whatever order they
/// arrive, until both channels are closed.
pub async fn collect(mut numbers: Receiver<i64>, mut words: Receiver<String>) -> Summary {
    let mut summary = Summary::default();
    loop {
        tokio::select! {
            Some(n) = numbers.recv() => summary.total += n,
            Some(word) = words.recv() => summary.words.push(word),
        }
    }
    summary
}

#[cfg(test)]
mod tests;
