// channels4: make the tests pass. A queue of events between a producer and a
// consumer. Offering an event must never block, and the queue must never hold
// more than `capacity` events: when it is full, the event is dropped.
//
// Concept: `mpsc::channel()` is unbounded (unlike any Go channel); a bounded one sheds load.

use std::sync::mpsc::{self, Receiver, Sender};

/// The producer's end of a queue of events.
pub struct Queue {
    tx: Sender<String>,
}

/// A queue that holds at most `capacity` events, and the consumer's end of it.
pub fn queue(capacity: usize) -> (Queue, Receiver<String>) {
    let (tx, rx) = mpsc::channel();
    (Queue { tx }, rx)
}

impl Queue {
    /// Offers one event, without ever blocking: `true` if it was queued,
    /// `false` if the queue was full (or nobody consumes any more): then the
    /// event is dropped.
    pub fn offer(&self, event: &str) -> bool {
        self.tx.send(event.to_string()).is_ok()
    }

    /// Offers every event in turn; returns how many were dropped.
    pub fn offer_all(&self, events: &[&str]) -> usize {
        events.iter().filter(|event| !self.offer(event)).count()
    }
}

#[cfg(test)]
mod tests;
