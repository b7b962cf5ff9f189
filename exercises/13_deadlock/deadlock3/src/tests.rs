// Tests for deadlock3. The grader checks that this file is unchanged.
use super::*;
use std::thread;

#[test]
fn computes_the_answer() {
    let memo = Memo::new();
    assert_eq!(memo.get(0), 0);
    assert_eq!(memo.get(7), 3);
    assert_eq!(memo.get(1024), 1);
    assert_eq!(memo.get(u64::MAX), 64);
}

#[test]
fn computes_each_answer_once() {
    let memo = Memo::new();
    assert_eq!(memo.get(5), 2);
    assert_eq!(memo.get(5), 2); // from the cache
    assert_eq!(memo.computed(), 1);
    assert_eq!(memo.get(6), 2);
    assert_eq!(memo.get(5), 2);
    assert_eq!(memo.computed(), 2);
}

#[test]
fn shared_by_threads() {
    let memo = Memo::new();
    thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for n in 0..100 {
                    assert_eq!(memo.get(n), u64::from(n.count_ones()));
                }
            });
        }
    });
    // Two threads may both miss the same key and both compute it, so we only
    // know that each key was computed at least once...
    let after_threads = memo.computed();
    assert!(after_threads >= 100);
    // ...and that now every key is in the cache.
    for n in 0..100 {
        memo.get(n);
    }
    assert_eq!(memo.computed(), after_threads);
}
