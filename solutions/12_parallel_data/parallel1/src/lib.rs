// parallel1: make the tests pass.
// The article's `process_data` always uses 4 threads. This version takes any
// number of threads and sums `value(x)` for every element, one chunk per
// thread, but some inputs come out wrong.
//
// Concept: splitting work into N chunks: every element must land in exactly one chunk.

use std::sync::{Arc, Mutex};
use std::thread;

/// Sums `value(x)` for every `x` of `data`, using `threads` threads (at least 1),
/// each calling `value` for the elements of its own chunk.
/// The result is an `i64`, so adding many `i32`s cannot overflow.
pub fn parallel_sum(data: Vec<i32>, threads: usize, value: fn(i32) -> i64) -> i64 {
    assert!(threads > 0, "need at least one thread");
    let chunk_size = data.len() / threads;
    let data = Arc::new(data);
    let sum = Arc::new(Mutex::new(0_i64));

    let mut handles = vec![];
    for i in 0..threads {
        let data = Arc::clone(&data);
        let sum = Arc::clone(&sum);
        let handle = thread::spawn(move || {
            let start = i * chunk_size;
            // The last thread takes everything that is left, as in the article.
            let end = if i == threads - 1 {
                data.len()
            } else {
                start + chunk_size
            };

            let partial_sum: i64 = data[start..end].iter().map(|&x| value(x)).sum();

            let mut total = sum.lock().unwrap();
            *total += partial_sum;
        });
        handles.push(handle);
    }

    for handle in handles {
        handle.join().unwrap();
    }

    *sum.lock().unwrap()
}

#[cfg(test)]
#[path = "../../../../exercises/12_parallel_data/parallel1/src/tests.rs"]
mod tests;
