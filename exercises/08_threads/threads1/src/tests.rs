// Tests for threads1. The grader checks that this file is unchanged.
use super::*;
use std::collections::HashSet;
use std::sync::{Barrier, Mutex};
use std::thread::{self, ThreadId};

/// The different threads recorded in `calls` (one entry per call).
fn distinct(calls: &Mutex<Vec<ThreadId>>) -> HashSet<ThreadId> {
    calls.lock().unwrap().iter().copied().collect()
}

#[test]
fn squares_three_numbers() {
    assert_eq!(map_in_parallel(&[1, 2, 3], |n| n * n), vec![1, 4, 9]);
}

#[test]
fn results_keep_input_order() {
    // join() the handles in the order you spawned them: the order is then fixed,
    // whichever thread happens to finish first.
    assert_eq!(
        map_in_parallel(&[10, 0, 7, 5], |n| n * n),
        vec![100, 0, 49, 25]
    );
    assert_eq!(map_in_parallel(&[10, 0, 7], |n| n + 1), vec![11, 1, 8]);
}

#[test]
fn no_numbers_no_threads() {
    assert_eq!(map_in_parallel(&[], |n| n * n), Vec::<u64>::new());
}

#[test]
fn every_number_gets_its_own_thread() {
    // A plain loop would give the same squares: this checks that 4 new threads did the work.
    static CALLS: Mutex<Vec<ThreadId>> = Mutex::new(Vec::new());
    let got = map_in_parallel(&[1, 2, 3, 4], |n| {
        CALLS.lock().unwrap().push(thread::current().id());
        n * n
    });
    assert_eq!(got, vec![1, 4, 9, 16]);
    let threads = distinct(&CALLS);
    assert_eq!(threads.len(), 4);
    assert!(!threads.contains(&thread::current().id()));
}

#[test]
fn the_threads_run_at_the_same_time() {
    // The Barrier lets no call go on until all 3 have started: this hangs if they run one by one.
    static ALL_THREE: Barrier = Barrier::new(3);
    let got = map_in_parallel(&[1, 2, 3], |n| {
        ALL_THREE.wait();
        n * 10
    });
    assert_eq!(got, vec![10, 20, 30]);
}

#[test]
fn word_lengths() {
    assert_eq!(
        measure_in_parallel(&["go", "rust", "", "gopher"], str::len),
        vec![2, 4, 0, 6]
    );
    assert_eq!(measure_in_parallel(&["ferris"], str::len), vec![6]);
}

#[test]
fn every_word_gets_its_own_thread() {
    // Same checks for words: 3 words, 3 new threads, measuring at the same time.
    static CALLS: Mutex<Vec<ThreadId>> = Mutex::new(Vec::new());
    let got = measure_in_parallel(&["a", "bb", "ccc"], |word| {
        CALLS.lock().unwrap().push(thread::current().id());
        word.len()
    });
    assert_eq!(got, vec![1, 2, 3]);
    let threads = distinct(&CALLS);
    assert_eq!(threads.len(), 3);
    assert!(!threads.contains(&thread::current().id()));

    static ALL_THREE: Barrier = Barrier::new(3);
    let got = measure_in_parallel(&["go", "c", "rust"], |word| {
        ALL_THREE.wait();
        word.len()
    });
    assert_eq!(got, vec![2, 1, 4]);
}
