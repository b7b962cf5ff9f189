// shared3: make the tests pass. Workers take jobs from a shared queue, but
// while one job runs every other worker waits: the "pool" runs one job at a
// time. Another worker must be able to take a job while one runs.
//
// Concept: a `MutexGuard` unlocks when it is dropped; keep its scope short.

use std::collections::VecDeque;
use std::sync::Mutex;

/// Takes jobs from the front of `queue` until it is empty, runs each with `run`,
/// and returns the results in the order the jobs were taken.
pub fn drain_jobs(queue: &Mutex<VecDeque<u32>>, mut run: impl FnMut(u32) -> u32) -> Vec<u32> {
    let mut results = Vec::new();
    loop {
        // The guard is a temporary of this statement: it is dropped (unlocked) at the `;`.
        let next = queue.lock().unwrap().pop_front();
        let Some(job) = next else { break };
        results.push(run(job));
    }
    results
}

#[cfg(test)]
#[path = "../../../../exercises/09_shared_state/shared3/src/tests.rs"]
mod tests;
