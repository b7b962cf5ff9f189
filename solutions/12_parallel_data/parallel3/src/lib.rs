// parallel3: make the tests pass.
// Each thread counts the words of its share of the lines in its own HashMap
// (no lock while counting), then the partial maps are merged. With one thread
// the counts are right; with several, some come out too small.
//
// Concept: map-reduce: merge partial results by combining them, not overwriting.

use std::collections::HashMap;
use std::thread;

/// Counts how often each word (split on whitespace, then passed through
/// `normalize`) occurs in `lines`, using up to `threads` threads (at least 1).
pub fn word_count(
    lines: &[&str],
    threads: usize,
    normalize: fn(&str) -> String,
) -> HashMap<String, usize> {
    assert!(threads > 0, "need at least one thread");
    let chunk_size = lines.len().div_ceil(threads).max(1);

    thread::scope(|s| {
        let handles: Vec<_> = lines
            .chunks(chunk_size)
            .map(|chunk| s.spawn(move || count_words(chunk, normalize)))
            .collect();

        let mut total = HashMap::new();
        for handle in handles {
            let partial = handle.join().unwrap();
            // Add each partial count to the total, as Go's `total[w] += n`.
            for (word, n) in partial {
                *total.entry(word).or_insert(0) += n;
            }
        }
        total
    })
}

/// Counts the words of some lines, on one thread.
fn count_words(lines: &[&str], normalize: fn(&str) -> String) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for line in lines {
        for word in line.split_whitespace() {
            *counts.entry(normalize(word)).or_insert(0) += 1;
        }
    }
    counts
}

#[cfg(test)]
#[path = "../../../../exercises/12_parallel_data/parallel3/src/tests.rs"]
mod tests;
