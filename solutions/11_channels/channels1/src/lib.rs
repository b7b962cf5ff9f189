// channels1: a producer thread makes items and sends them to the receiver in
// batches. Make it compile without changing the tests.
//
// Concept: `send` moves the value to the receiving thread; the sender cannot touch it again.

use std::sync::mpsc;
use std::thread;

/// Makes `count` items, `make(0)`, `make(1)`, ..., on a producer thread and sends
/// them in batches of `size` (the last batch may be shorter). Returns the batches
/// in the order the receiver got them.
pub fn batches<T: Send + 'static>(count: usize, size: usize, make: fn(usize) -> T) -> Vec<Vec<T>> {
    assert!(size > 0, "batch size must be positive");
    let (tx, rx) = mpsc::channel();

    thread::spawn(move || {
        let mut batch = Vec::new();
        for i in 0..count {
            batch.push(make(i));
            if batch.len() == size {
                // Hand the full batch over and leave an empty one in its place.
                tx.send(std::mem::take(&mut batch)).unwrap();
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
#[path = "../../../../exercises/11_channels/channels1/src/tests.rs"]
mod tests;
