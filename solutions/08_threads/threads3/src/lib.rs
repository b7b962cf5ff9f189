// threads3: make the tests pass without changing `risky_job`.
// `risky_job` comes from a library that panics on bad input. One panicking job
// must not take the whole batch down: `run_all` reports every result and every
// panic message, in input order, and goes on.
//
// Concept: a panic ends only its own thread, and the thread that joins it finds out.

use std::any::Any;
use std::thread;

/// What happened to a batch of jobs.
#[derive(Debug, PartialEq)]
pub struct Report {
    /// Results of the jobs that finished, in input order.
    pub results: Vec<u64>,
    /// The panic message of every job that panicked, in input order.
    pub panics: Vec<String>,
}

/// A job we do not control: it panics when the input is bad.
pub fn risky_job(input: i64) -> u64 {
    if input < 0 {
        panic!("negative input: {input}");
    }
    input as u64 * 2
}

/// Turns a panic payload into its message. `panic!("literal")` carries a
/// `&'static str`, `panic!("{x}")` a `String`.
fn panic_message(payload: Box<dyn Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else {
        String::from("unknown panic")
    }
}

/// Runs `job` on every input, each on its own thread, and reports results and panics.
pub fn run_all(inputs: &[i64], job: fn(i64) -> u64) -> Report {
    let handles: Vec<_> = inputs
        .iter()
        .map(|&input| thread::spawn(move || job(input)))
        .collect();

    let mut report = Report {
        results: Vec::new(),
        panics: Vec::new(),
    };
    for handle in handles {
        match handle.join() {
            Ok(result) => report.results.push(result),
            Err(payload) => report.panics.push(panic_message(payload)),
        }
    }
    report
}

#[cfg(test)]
#[path = "../../../../exercises/08_threads/threads3/src/tests.rs"]
mod tests;
