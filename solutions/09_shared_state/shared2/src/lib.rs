// shared2: make this compile without changing the tests. Every line is split
// into words on its own thread, and each thread adds its words to one shared list.
//
// Concept: `Arc<T>` is shared and therefore read-only; mutation needs `Arc<Mutex<T>>`.

use std::sync::{Arc, Mutex};
use std::thread;

/// Splits every line into words, one thread per line, and returns all words
/// sorted, each passed through `clean` (by the thread that found it).
pub fn all_words(lines: &[&str], clean: fn(&str) -> String) -> Vec<String> {
    let words = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();

    for line in lines {
        let line = line.to_string();
        let words = Arc::clone(&words);
        handles.push(thread::spawn(move || {
            for word in line.split_whitespace() {
                words.lock().unwrap().push(clean(word));
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }

    // Threads finish in any order: sort to get a stable answer.
    let mut all: Vec<String> = words.lock().unwrap().to_vec();
    all.sort();
    all
}

#[cfg(test)]
#[path = "../../../../exercises/09_shared_state/shared2/src/tests.rs"]
mod tests;
