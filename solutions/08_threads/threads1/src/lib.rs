// threads1: make the tests pass. Each item is handed to `work` on its own
// thread, and the results must come back in input order; today they are lost.
//
// Concept: a thread's closure returns a value, and `JoinHandle::join` hands it back.

use std::thread;

/// Calls `work(n)` for every number, each on its own thread, and returns the
/// results in input order.
pub fn map_in_parallel(nums: &[u64], work: fn(u64) -> u64) -> Vec<u64> {
    let mut handles = Vec::new();
    for &n in nums {
        // `move` gives the thread its own copy of `n`, like `go func(n int)`.
        handles.push(thread::spawn(move || work(n)));
    }

    let mut results = Vec::new();
    for handle in handles {
        // `join` waits for the thread and returns `Ok(value)` with what the closure returned.
        results.push(handle.join().unwrap());
    }
    results
}

/// Calls `measure(word)` for every word, each on its own thread, and returns
/// the results in input order.
pub fn measure_in_parallel(words: &[&str], measure: fn(&str) -> usize) -> Vec<usize> {
    let handles: Vec<_> = words
        .iter()
        .map(|word| {
            let word = word.to_string();
            thread::spawn(move || measure(&word))
        })
        .collect();

    handles
        .into_iter()
        .map(|handle| handle.join().unwrap())
        .collect()
}

#[cfg(test)]
#[path = "../../../../exercises/08_threads/threads1/src/tests.rs"]
mod tests;
