// channels5: make this compile without changing the tests. A worker pool:
// `workers` threads take jobs from ONE job channel, as goroutines can in Go.
//
// Concept: a `Receiver` is `Send` but not `Sync`: to share it, threads must take turns.

use std::sync::Arc;
use std::sync::mpsc;
use std::thread;

/// Runs `job` on every input using `workers` threads that share one job queue.
/// Returns the results sorted (workers finish in any order).
pub fn run_pool<F>(inputs: Vec<u64>, workers: usize, job: F) -> Vec<u64>
where
    F: Fn(u64) -> u64 + Send + Sync + 'static,
{
    let job = Arc::new(job);
    let (job_tx, job_rx) = mpsc::channel::<u64>();
    let (result_tx, result_rx) = mpsc::channel();
    let job_rx = Arc::new(job_rx);

    let mut handles = Vec::new();
    for _ in 0..workers {
        let job = Arc::clone(&job);
        let job_rx = Arc::clone(&job_rx);
        let result_tx = result_tx.clone();
        handles.push(thread::spawn(move || {
            // Take jobs until the job channel is closed and empty.
            while let Ok(input) = job_rx.recv() {
                result_tx.send(job(input)).unwrap();
            }
        }));
    }
    drop(result_tx); // only the workers' clones keep the result channel open

    for input in inputs {
        job_tx.send(input).unwrap();
    }
    drop(job_tx); // close the job channel: workers stop when it is empty

    let mut results: Vec<u64> = result_rx.iter().collect();
    for handle in handles {
        handle.join().unwrap();
    }
    results.sort();
    results
}

#[cfg(test)]
mod tests;
