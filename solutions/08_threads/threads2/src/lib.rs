// threads2: make this compile without changing the tests. Every label is made
// on its own thread, from the same prefix and its own index.
//
// Concept: a `thread::spawn` closure must own what it uses, like the `i` you
// pass to `go func(i int)`.

use std::thread;

/// Builds `count` labels `make_label(&prefix, 0)`, `make_label(&prefix, 1)`, ...,
/// each made on its own thread.
pub fn labels(prefix: String, count: usize, make_label: fn(&str, usize) -> String) -> Vec<String> {
    let mut handles = Vec::new();
    for i in 0..count {
        // Each thread gets its own copy of the prefix; `i` and `make_label` are copied in by `move`.
        let prefix = prefix.clone();
        handles.push(thread::spawn(move || make_label(&prefix, i)));
    }
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

/// A label such as "job-2".
pub fn dash_label(prefix: &str, i: usize) -> String {
    format!("{prefix}-{i}")
}

#[cfg(test)]
#[path = "../../../../exercises/08_threads/threads2/src/tests.rs"]
mod tests;
