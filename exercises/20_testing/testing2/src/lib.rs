// testing2: make the tests pass.
// `parallel_sum` is the article's "Concurrent Data Processing" code, ported from
// a Go version that forgot the leftover elements. The example tests pass; the
// proptest property does not. Read the small failing input it prints, fix the chunking.
//
// Concept: property-based tests check a rule over generated inputs and find the cases you didn't think of.

use std::thread;

/// Sums `data` using `workers` threads (at least 1), one chunk each.
pub fn parallel_sum(data: &[i64], workers: usize) -> i64 {
    assert!(workers > 0, "need at least one worker");
    let chunk_size = data.len() / workers;
    thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|i| {
                let start = i * chunk_size;
                let end = start + chunk_size;
                let chunk = &data[start..end];
                s.spawn(move || chunk.iter().sum::<i64>())
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    })
}

#[cfg(test)]
mod tests;
