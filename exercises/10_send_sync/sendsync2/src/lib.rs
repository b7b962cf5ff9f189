// sendsync2: make this compile without changing the tests.
// Each text is searched on its own thread. The threads borrow `texts` and
// `needle`, but `thread::spawn` threads may outlive this function, so they may
// not borrow. Don't copy the data into an `Arc`: use scoped threads.
//
// Concept: `std::thread::scope` joins its threads before returning, so they may borrow.

use std::thread;

/// Counts how often `needle` occurs in each text, one thread per text.
pub fn count_in_each(texts: &[String], needle: &str) -> Vec<usize> {
    let handles: Vec<_> = texts
        .iter()
        .map(|text| thread::spawn(move || text.matches(needle).count()))
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

#[cfg(test)]
mod tests;
