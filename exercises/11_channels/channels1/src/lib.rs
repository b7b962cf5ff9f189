// channels1: make this compile without changing the tests.
// A producer thread sends items to the receiver in batches. After sending a
// batch it tries to reuse it, but `send` has moved the batch into the channel:
// it now belongs to the receiver. Start a fresh batch after each send instead.
//
// Concept: `send` moves the value to the receiving thread; the sender cannot touch it again.

use std::sync::mpsc;
use std::thread;

/// Sends `items` from a producer thread in batches of `size` (the last batch may
/// be shorter) and returns the batches in the order the receiver got them.
pub fn batches(items: Vec<u32>, size: usize) -> Vec<Vec<u32>> {
    assert!(size > 0, "batch size must be positive");
    let (tx, rx) = mpsc::channel();

    thread::spawn(move || {
        let mut batch = Vec::new();
        for item in items {
            batch.push(item);
            if batch.len() == size {
                tx.send(batch).unwrap();
                batch.clear();
            }
        }
        if !batch.is_empty() {
            tx.send(batch).unwrap();
        }
    });

    // Receive until the producer is done and its `tx` is dropped.
    rx.iter().collect()
}

#[cfg(test)]
mod tests;
