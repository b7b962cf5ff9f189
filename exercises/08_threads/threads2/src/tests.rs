// Tests for threads2. The grader checks that this file is unchanged.
use super::*;
use std::collections::HashSet;
use std::sync::{Barrier, Mutex};
use std::thread::{self, ThreadId};

#[test]
fn three_labels() {
    assert_eq!(
        labels(String::from("job"), 3, dash_label),
        vec!["job-0", "job-1", "job-2"]
    );
}

#[test]
fn every_thread_sees_its_own_index() {
    // The bug this guards against, Go's before 1.22: every goroutine seeing the last `i`.
    let got = labels(String::from("w"), 5, dash_label);
    assert_eq!(got, vec!["w-0", "w-1", "w-2", "w-3", "w-4"]);
    let got = labels(String::from("#"), 3, |prefix, i| {
        format!("{prefix}{}", i * 10)
    });
    assert_eq!(got, vec!["#0", "#10", "#20"]);
}

#[test]
fn zero_labels() {
    assert_eq!(
        labels(String::from("none"), 0, dash_label),
        Vec::<String>::new()
    );
}

#[test]
fn every_label_is_made_on_its_own_thread() {
    // A plain loop would give the same labels: this checks that 4 new threads made them.
    static CALLS: Mutex<Vec<ThreadId>> = Mutex::new(Vec::new());
    let got = labels(String::from("t"), 4, |prefix, i| {
        CALLS.lock().unwrap().push(thread::current().id());
        dash_label(prefix, i)
    });
    assert_eq!(got, vec!["t-0", "t-1", "t-2", "t-3"]);
    let threads: HashSet<ThreadId> = CALLS.lock().unwrap().iter().copied().collect();
    assert_eq!(threads.len(), 4);
    assert!(!threads.contains(&thread::current().id()));
}

#[test]
fn the_threads_run_at_the_same_time() {
    // The Barrier lets no call go on until all 3 have started: this hangs if they run one by one.
    static ALL_THREE: Barrier = Barrier::new(3);
    let got = labels(String::from("b"), 3, |prefix, i| {
        ALL_THREE.wait();
        dash_label(prefix, i)
    });
    assert_eq!(got, vec!["b-0", "b-1", "b-2"]);
}
