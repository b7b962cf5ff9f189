// shared1: make this compile without changing the tests. This is the article's
// counter: `threads` threads each add to one shared total.
//
// Concept: `Arc<Mutex<T>>`: `Arc` shares ownership between threads, `Mutex` allows mutation.

use std::sync::Mutex;
use std::thread;

/// Starts `threads` threads; each adds `step()` to a shared counter `increments` times.
/// Returns the final count.
pub fn count_in_threads(threads: usize, increments: usize, step: fn() -> i32) -> i32 {
    let counter = Mutex::new(0);
    let mut handles = vec![];

    for _ in 0..threads {
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
mod tests;
