// shared1: make this compile without changing the tests. This is the article's
// counter: `threads` threads each add to one shared total.
//
// Concept: `Arc<Mutex<T>>`: `Arc` shares ownership between threads, `Mutex` allows mutation.

use std::sync::{Arc, Mutex};
use std::thread;

/// Starts `threads` threads; each adds `step()` to a shared counter `increments` times.
/// Returns the final count.
pub fn count_in_threads(threads: usize, increments: usize, step: fn() -> i32) -> i32 {
    // Shared data protected by a mutex.
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];

    for _ in 0..threads {
        // Clone the Arc (atomic reference counter): one handle per thread.
        let counter = Arc::clone(&counter);
        let handle = thread::spawn(move || {
            for _ in 0..increments {
                // Lock the mutex to access the data.
                let mut num = counter.lock().unwrap();
                *num += step();
            }
        });
        handles.push(handle);
    }

    // Wait for all threads to complete.
    for handle in handles {
        handle.join().unwrap();
    }

    *counter.lock().unwrap()
}

#[cfg(test)]
#[path = "../../../../exercises/09_shared_state/shared1/src/tests.rs"]
mod tests;
