// channels4: make the tests pass. `offer_all` queues events for a later
// consumer. It must never block and never hold more than `capacity` events:
// when the buffer is full, an event is dropped and counted.
//
// Concept: `mpsc::channel()` is unbounded (unlike any Go channel); a bounded one sheds load.

use std::sync::mpsc::{self, Receiver, TrySendError};

/// Offers every event to a buffer of `capacity` events, without blocking.
/// Returns the receiving end (holding the queued events) and how many were dropped.
pub fn offer_all(events: &[&str], capacity: usize) -> (Receiver<String>, usize) {
    let (tx, rx) = mpsc::sync_channel(capacity);
    let mut dropped = 0;
    for event in events {
        // `try_send` never blocks: like Go's `select` with a `default` case.
        match tx.try_send(event.to_string()) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => dropped += 1,
            Err(TrySendError::Disconnected(_)) => unreachable!("we still own the receiver"),
        }
    }
    (rx, dropped)
}

#[cfg(test)]
#[path = "../../../../exercises/11_channels/channels4/src/tests.rs"]
mod tests;
