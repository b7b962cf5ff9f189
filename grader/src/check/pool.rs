//! A few threads working through a list: how `check` runs many gradings at once.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Twice as many threads as there are cores: most of a grading's time is
/// spent waiting for a test binary that has threads of its own.
pub fn default_workers() -> usize {
    2 * std::thread::available_parallelism().map_or(2, |n| n.get())
}

/// Calls `work` on every item, on `workers` threads, and `finished(n)` each
/// time the n-th result is in. The results are in the items' order.
pub fn map<T: Sync, R: Send>(
    items: &[T],
    workers: usize,
    work: impl Fn(&T) -> R + Sync,
    finished: impl Fn(usize) + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new(items.iter().map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..workers.clamp(1, items.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(item) = items.get(i) else { break };
                    let result = work(item);
                    let mut results = results.lock().unwrap_or_else(|e| e.into_inner());
                    results[i] = Some(result);
                    finished(results.iter().flatten().count());
                }
            });
        }
    });
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_is_worked_once_and_results_keep_their_order() {
        let items: Vec<u32> = (0..50).collect();
        let calls = AtomicUsize::new(0);
        let squares = map(
            &items,
            4,
            |x| {
                calls.fetch_add(1, Ordering::SeqCst);
                x * x
            },
            |_| {},
        );
        assert_eq!(calls.into_inner(), 50);
        assert_eq!(squares, items.iter().map(|x| x * x).collect::<Vec<_>>());
        assert!(map(&[] as &[u32], 4, |x| *x, |_| {}).is_empty());
    }

    #[test]
    fn the_count_of_finished_items_reaches_the_total() {
        let seen = Mutex::new(Vec::new());
        map(&[1, 2, 3], 2, |x| *x, |n| seen.lock().unwrap().push(n));
        let mut seen = seen.into_inner().unwrap();
        seen.sort();
        assert_eq!(seen, [1, 2, 3]);
    }
}
