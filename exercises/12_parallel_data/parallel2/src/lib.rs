// parallel2: make the tests pass.
// Each thread returns its partial sum through its `JoinHandle` (no Mutex
// needed), but it adds up its chunk as an `i32`, which overflows: in a test
// build Rust panics on overflow instead of wrapping around. Sum in `i64`.
//
// Concept: integer overflow panics in debug builds; pick a type wide enough for the total.

use std::thread;

/// Sums `data` using `threads` threads (at least 1).
pub fn parallel_sum(data: &[i32], threads: usize) -> i64 {
    assert!(threads > 0, "need at least one thread");
    // Round up, so that `threads` chunks cover everything; at least 1 element
    // per chunk (`chunks(0)` panics).
    let chunk_size = data.len().div_ceil(threads).max(1);

    // Scoped threads may borrow `data`: no Arc, no copy.
    thread::scope(|s| {
        let handles: Vec<_> = data
            .chunks(chunk_size)
            .map(|chunk| {
                s.spawn(move || {
                    let partial_sum: i32 = chunk.iter().sum();
                    partial_sum
                })
            })
            .collect();

        handles
            .into_iter()
            .map(|handle| i64::from(handle.join().unwrap()))
            .sum()
    })
}

#[cfg(test)]
mod tests;
