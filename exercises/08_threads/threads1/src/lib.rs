// threads1: make the tests pass.
// Each number is squared on its own thread, but the results never come back:
// the main thread waits for every thread and then throws its answer away.
// Keep one thread per number; collect what each thread returns, in input order.
//
// Concept: a thread's closure returns a value, and `JoinHandle::join` hands it back.

use std::thread;

/// Squares every number on its own thread and returns the squares in input order.
pub fn squares_in_parallel(nums: &[u64]) -> Vec<u64> {
    let mut handles = Vec::new();
    for &n in nums {
        // `move` gives the thread its own copy of `n`, like `go func(n int)`.
        handles.push(thread::spawn(move || n * n));
    }

    let mut results = Vec::new();
    for handle in handles {
        // Wait for the thread to finish, like `wg.Wait()` in Go.
        handle.join().unwrap();
    }
    results
}

/// Returns the length of every word, each measured on its own thread, in input order.
pub fn lengths_in_parallel(words: &[&str]) -> Vec<usize> {
    let mut handles = Vec::new();
    for word in words {
        let word = word.to_string();
        handles.push(thread::spawn(move || word.len()));
    }

    let mut results = Vec::new();
    for handle in handles {
        handle.join().unwrap();
    }
    results
}

#[cfg(test)]
mod tests;
