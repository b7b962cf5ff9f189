// parallel2: make the tests pass.
// Each thread sums `value(x)` over its chunk and returns its partial sum
// through its `JoinHandle` (no Mutex needed). Small inputs work; large ones
// make the tests panic. Find out why and make every test pass.
//
// Concept: integer overflow panics in debug builds; pick a type wide enough for the total.

use std::thread;

/// Sums `value(x)` for every `x` of `data`, using `threads` threads (at least 1),
/// each calling `value` for the elements of its own chunk.
pub fn parallel_sum(data: &[i32], threads: usize, value: fn(i32) -> i32) -> i64 {
    assert!(threads > 0, "need at least one thread");
    // Round up, so that `threads` chunks cover everything; at least 1 element
    // per chunk (`chunks(0)` panics).
    let chunk_size = data.len().div_ceil(threads).max(1);

    // Scoped threads may borrow `data`: no Arc, no copy.
    thread::scope(|s| {
        let handles: Vec<_> = data
            .chunks(chunk_size)
            .map(|chunk| s.spawn(move || chunk.iter().map(|&x| i64::from(value(x))).sum::<i64>()))
            .collect();

        handles
            .into_iter()
            .map(|handle| handle.join().unwrap())
            .sum()
    })
}

#[cfg(test)]
#[path = "../../../../exercises/12_parallel_data/parallel2/src/tests.rs"]
mod tests;
