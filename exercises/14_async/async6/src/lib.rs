// async6: make the tests pass.
// `lookup_all` asks an old database driver for several keys. The driver's
// `blocking_lookup` is synchronous and cannot be changed. Yet the lookups must
// overlap (four take about as long as one), and while they wait, the runtime's
// thread must stay free to run other tasks.
//
// Concept: a task lets others run only at an `.await`; blocking code inside `async` stalls its whole thread.

use std::sync::Mutex;
use std::thread::{self, ThreadId};
use std::time::Duration;

/// How long the driver takes to answer.
pub const LOOKUP_TIME: Duration = Duration::from_millis(100);

/// Every call the driver has served: the key, and the thread that ran the call.
pub static DRIVER_LOG: Mutex<Vec<(String, ThreadId)>> = Mutex::new(Vec::new());

/// The old driver: it blocks the calling thread until the database answers.
/// Treat it as a library you cannot change.
pub fn blocking_lookup(key: &str) -> String {
    thread::sleep(LOOKUP_TIME);
    DRIVER_LOG
        .lock()
        .unwrap()
        .push((key.to_string(), thread::current().id()));
    format!("value of {key}")
}

/// Looks one key up.
pub async fn lookup(key: String) -> String {
    blocking_lookup(&key)
}

/// Looks every key up at the same time. The answers are in the order of `keys`.
pub async fn lookup_all(keys: &[&str]) -> Vec<String> {
    let tasks: Vec<_> = keys
        .iter()
        .map(|key| tokio::spawn(lookup(key.to_string())))
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.expect("a lookup panicked"));
    }
    answers
}

#[cfg(test)]
mod tests;
