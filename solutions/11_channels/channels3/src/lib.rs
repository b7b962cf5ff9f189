// channels3: make the tests pass (they hang as shipped). A worker sends its
// results over a channel, and main reads them once the worker is done; today
// the worker never gets done.
//
// Concept: `sync_channel(n)` is Go's buffered `make(chan T, n)`; with n = 0, send blocks.

use std::sync::mpsc;
use std::thread;

/// Calls `work(n)` for every number on one worker thread. Returns the results
/// in order and checks that the worker reported sending all of them.
pub fn map_on_worker(nums: Vec<u64>, work: fn(u64) -> u64) -> Vec<u64> {
    // Like Go's `make(chan uint64, len(nums))`: room for every result.
    let (tx, rx) = mpsc::sync_channel(nums.len());

    let worker = thread::spawn(move || {
        let mut sent = 0;
        for n in nums {
            tx.send(work(n)).unwrap();
            sent += 1;
        }
        sent
    });

    // Wait for the worker, like `wg.Wait()`, then read what it produced.
    let sent = worker.join().unwrap();
    let results: Vec<u64> = rx.iter().collect();
    assert_eq!(sent, results.len());
    results
}

#[cfg(test)]
#[path = "../../../../exercises/11_channels/channels3/src/tests.rs"]
mod tests;
