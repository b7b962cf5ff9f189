// Tests for shared5. The grader checks that this file is unchanged.
use super::*;
use std::thread;

#[test]
fn ids_start_at_one() {
    let ids = IdGenerator::new();
    assert_eq!(ids.next_id(), 1);
    assert_eq!(ids.next_id(), 2);
    assert_eq!(ids.next_id(), 3);
    assert_eq!(ids.issued(), 3);
}

#[test]
fn nothing_issued_yet() {
    let ids = IdGenerator::new();
    assert_eq!(ids.issued(), 0);
}

#[test]
fn works_in_a_static() {
    // Like a package-level `var requests atomic.Int64` in Go: no Mutex, no Arc.
    static REQUESTS: IdGenerator = IdGenerator::new();
    assert_eq!(REQUESTS.next_id(), 1);
    assert_eq!(REQUESTS.issued(), 1);
}

#[test]
fn eight_threads_get_unique_ids() {
    let ids = IdGenerator::new();
    let mut all: Vec<usize> = thread::scope(|s| {
        let workers: Vec<_> = (0..8)
            .map(|_| s.spawn(|| (0..100).map(|_| ids.next_id()).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    all.sort();
    // 800 ids, no duplicates, no gaps: exactly 1..=800.
    assert_eq!(all, (1..=800).collect::<Vec<usize>>());
    assert_eq!(ids.issued(), 800);
}
