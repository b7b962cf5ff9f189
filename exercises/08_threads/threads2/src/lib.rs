// threads2: make this compile without changing the tests.
// The spawned threads borrow `prefix` and `i` from this function, but a thread
// may outlive the function that spawned it. Give each thread its own data.
//
// Concept: a `thread::spawn` closure must own what it uses: `move` it in
// (clone what several threads need), like passing `i` to `go func(i int)`.

use std::thread;

/// Builds `count` labels `make_label(&prefix, 0)`, `make_label(&prefix, 1)`, ...,
/// each made on its own thread.
pub fn labels(prefix: String, count: usize, make_label: fn(&str, usize) -> String) -> Vec<String> {
    let mut handles = Vec::new();
    for i in 0..count {
        handles.push(thread::spawn(|| make_label(&prefix, i)));
    }
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

/// A label such as "job-2".
pub fn dash_label(prefix: &str, i: usize) -> String {
    format!("{prefix}-{i}")
}

#[cfg(test)]
mod tests;
