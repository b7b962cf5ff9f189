// Tests for parallel1. The grader checks that this file is unchanged.
use super::*;
use std::collections::{BTreeSet, HashSet};
use std::sync::{Condvar, Mutex, PoisonError};
use std::thread::{self, ThreadId};
use std::time::Duration;

/// Like `std::sync::Barrier`, but after 3 seconds it fails the test with a
/// clear message instead of hanging when the threads do not all get there.
struct Rendezvous {
    threads: usize,
    /// (threads waiting in this round, rounds completed)
    state: Mutex<(usize, usize)>,
    all_here: Condvar,
}

impl Rendezvous {
    const fn new(threads: usize) -> Rendezvous {
        Rendezvous {
            threads,
            state: Mutex::new((0, 0)),
            all_here: Condvar::new(),
        }
    }

    /// Waits until `threads` threads have called `wait` in this round.
    fn wait(&self) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let round = state.1;
        state.0 += 1;
        if state.0 == self.threads {
            *state = (0, round + 1);
            self.all_here.notify_all();
            return;
        }
        let (state, result) = self
            .all_here
            .wait_timeout_while(state, Duration::from_secs(3), |s| s.1 == round)
            .unwrap_or_else(PoisonError::into_inner);
        let waiting = state.0;
        drop(state);
        assert!(
            !result.timed_out(),
            "after 3 s only {waiting} of {} threads were running at the same time: \
             do the threads run one after another (or did one of them panic)?",
            self.threads
        );
    }
}

/// Every call to a recording `value` function: which thread, which element.
type Calls = Mutex<Vec<(ThreadId, i32)>>;

/// The elements each thread was given, sorted, one list per thread.
fn chunks_by_thread(calls: &Calls) -> BTreeSet<Vec<i32>> {
    let calls = calls.lock().unwrap();
    let threads: HashSet<ThreadId> = calls.iter().map(|&(id, _)| id).collect();
    assert!(
        !threads.contains(&thread::current().id()),
        "`value` was called on the test's own thread: the work must run on the spawned threads"
    );
    threads
        .iter()
        .map(|&thread| {
            let mut chunk: Vec<i32> = calls
                .iter()
                .filter(|&&(id, _)| id == thread)
                .map(|&(_, x)| x)
                .collect();
            chunk.sort_unstable();
            chunk
        })
        .collect()
}

#[test]
fn length_divisible_by_threads() {
    // 8 elements, 4 threads: 2 each, no remainder.
    assert_eq!(parallel_sum(vec![1, 2, 3, 4, 5, 6, 7, 8], 4, i64::from), 36);
}

#[test]
fn length_not_divisible_by_threads() {
    // 10 elements, 4 threads: chunks of 2, and 2 elements left over.
    assert_eq!(parallel_sum((1..=10).collect(), 4, i64::from), 55);
    // 100 elements, 3 threads: 1 left over.
    assert_eq!(parallel_sum((1..=100).collect(), 3, i64::from), 5050);
    assert_eq!(parallel_sum(vec![5, -2, 7], 2, i64::from), 10);
}

#[test]
fn more_threads_than_elements() {
    // 3 elements, 8 threads: some threads get nothing to do, none may crash.
    assert_eq!(parallel_sum(vec![10, 20, 30], 8, i64::from), 60);
    assert_eq!(parallel_sum(vec![42], 5, i64::from), 42);
}

#[test]
fn empty_input_sums_to_zero() {
    assert_eq!(parallel_sum(vec![], 1, i64::from), 0);
    assert_eq!(parallel_sum(vec![], 4, i64::from), 0);
}

#[test]
fn one_thread_sums_everything() {
    assert_eq!(parallel_sum(vec![3, 1, 4, 1, 5, 9, 2, 6], 1, i64::from), 31);
}

#[test]
fn the_value_of_each_element_is_summed() {
    assert_eq!(
        parallel_sum(vec![1, 2, 3, 4], 2, |x| i64::from(x) * 10),
        100
    );
    assert_eq!(parallel_sum(vec![-3, 3, 5], 3, |x| i64::from(x).abs()), 11);
}

#[test]
fn sum_larger_than_i32_max() {
    // Each value fits in an i32, their sum does not: the result is an i64.
    let big = vec![i32::MAX, i32::MAX, i32::MAX, 3];
    assert_eq!(parallel_sum(big, 3, i64::from), 3 * i64::from(i32::MAX) + 3);
    assert_eq!(
        parallel_sum(vec![i32::MIN, i32::MIN, -1], 2, i64::from),
        2 * i64::from(i32::MIN) - 1
    );
}

#[test]
fn each_thread_sums_its_own_chunk() {
    // A plain loop gives the same sum: this checks that 4 spawned threads each
    // got 2 neighbouring elements.
    static CALLS: Calls = Mutex::new(Vec::new());
    fn recorded(x: i32) -> i64 {
        CALLS.lock().unwrap().push((thread::current().id(), x));
        i64::from(x)
    }
    assert_eq!(parallel_sum((1..=8).collect(), 4, recorded), 36);
    let expected = BTreeSet::from([vec![1, 2], vec![3, 4], vec![5, 6], vec![7, 8]]);
    assert_eq!(chunks_by_thread(&CALLS), expected);
}

#[test]
fn leftovers_are_summed_by_the_threads_too() {
    // 10 elements, 3 threads: every element is given to exactly one of 3 threads.
    static CALLS: Calls = Mutex::new(Vec::new());
    fn recorded(x: i32) -> i64 {
        CALLS.lock().unwrap().push((thread::current().id(), x));
        i64::from(x)
    }
    assert_eq!(parallel_sum((1..=10).collect(), 3, recorded), 55);
    let chunks = chunks_by_thread(&CALLS);
    assert_eq!(chunks.len(), 3, "3 threads, 3 chunks: {chunks:?}");
    let mut all: Vec<i32> = chunks.into_iter().flatten().collect();
    all.sort_unstable();
    assert_eq!(all, (1..=10).collect::<Vec<i32>>());
}

#[test]
fn the_threads_run_at_the_same_time() {
    // 4 threads, 2 elements each. The Rendezvous lets no thread go on to its next
    // element until all 4 have got there: this fails if they run one by one.
    static STEP: Rendezvous = Rendezvous::new(4);
    fn in_step(x: i32) -> i64 {
        STEP.wait();
        i64::from(x)
    }
    assert_eq!(parallel_sum(vec![1, 2, 3, 4, 5, 6, 7, 8], 4, in_step), 36);
}
