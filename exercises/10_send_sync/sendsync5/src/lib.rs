// sendsync5: `run_named` runs every job on its own thread, named after the
// job's index, all at the same time, and returns the results in input order.
// The jobs may borrow the caller's data. Make it compile without changing the tests.
//
// Concept: a function that hands work to other threads says so with `Send` bounds;
// scoped threads may borrow, so they need no `'static`.

use std::thread;

/// Runs every job on its own thread called "job-<index>" and returns the
/// results in input order, once every job has finished.
pub fn run_named<F, T>(jobs: Vec<F>) -> Vec<T>
where
    F: FnOnce() -> T,
{
    let handles: Vec<_> = jobs
        .into_iter()
        .enumerate()
        .map(|(i, job)| {
            thread::Builder::new()
                .name(format!("job-{i}"))
                .spawn(job)
                .expect("failed to spawn a thread")
        })
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

#[cfg(test)]
mod tests;
