// async5: make the tests pass.
// `collect_for` should return what arrives within `window` from the moment
// it is called. But it creates a new `sleep(window)` on every turn of the
// loop, so each message restarts the timer. Compute the deadline once.
//
// Concept: a timeout in `select!` must be created once, outside the loop (Go: `time.After`).

use std::time::Duration;
use tokio::sync::mpsc::Receiver;
use tokio::time::{Instant, sleep_until};

/// Collects the messages that arrive within `window` from now. Returns
/// early if the channel is closed.
pub async fn collect_for(rx: &mut Receiver<u32>, window: Duration) -> Vec<u32> {
    let mut received = Vec::new();
    // One deadline for the whole call, like `timeout := time.After(window)`
    // before Go's `for { select { ... } }`.
    let deadline = Instant::now() + window;
    loop {
        tokio::select! {
            message = rx.recv() => match message {
                Some(m) => received.push(m),
                None => break, // closed: nothing more will come
            },
            _ = sleep_until(deadline) => break,
        }
    }
    received
}

#[cfg(test)]
#[path = "../../../../exercises/14_async/async5/src/tests.rs"]
mod tests;
