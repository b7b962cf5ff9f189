// sendsync5: make this compile without changing the tests.
// `spawn_named` is our own small wrapper around a thread spawn. It does not
// compile: nothing promises that `f` and its result may move to another
// thread. Add the missing bounds, the same ones `std::thread::spawn` has.
//
// Concept: code that hands values to other threads states it with `Send` bounds.

use std::thread;

/// Runs `f` on a new thread called `name` and returns the handle to join it.
pub fn spawn_named<F, T>(name: &str, f: F) -> thread::JoinHandle<T>
where
    F: FnOnce() -> T + 'static,
    T: 'static,
{
    thread::Builder::new()
        .name(name.to_string())
        .spawn(f)
        .expect("failed to spawn a thread")
}

/// Runs every job on its own thread named "job-<index>", returns the results in order.
pub fn run_named(jobs: Vec<fn() -> String>) -> Vec<String> {
    let handles: Vec<_> = jobs
        .into_iter()
        .enumerate()
        .map(|(i, job)| spawn_named(&format!("job-{i}"), job))
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

#[cfg(test)]
mod tests;
