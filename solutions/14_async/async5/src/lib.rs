// async5: make the tests pass.
// `collect_for` should return what arrives within `window` from the moment
// it is called. With a steady stream of messages it goes on far longer.
// Make `window` a real deadline.
//
// Concept: `select!` re-creates its futures on every turn of a loop, timers included (Go: `time.After`).

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
