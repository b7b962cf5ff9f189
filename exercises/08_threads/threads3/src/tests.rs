// Tests for threads3. The grader checks that this file is unchanged.
// (A job that panics prints "thread '<unnamed>' panicked at ..." below the test
// output: that is expected. What matters is that `run_all` keeps going.)
use super::*;
use std::collections::HashSet;
use std::sync::Mutex;
use std::thread::ThreadId;

#[test]
fn all_jobs_succeed() {
    let report = run_all(&[1, 0, 3], risky_job);
    assert_eq!(report.results, vec![2, 0, 6]);
    assert!(report.panics.is_empty());
}

#[test]
fn one_panicking_job_is_reported() {
    let report = run_all(&[5, -3, 10], risky_job);
    assert_eq!(report.results, vec![10, 20]);
    assert_eq!(report.panics, vec!["negative input: -3"]);
}

#[test]
fn every_job_panics() {
    let report = run_all(&[-1, -2], risky_job);
    assert_eq!(report.results, Vec::<u64>::new());
    assert_eq!(
        report.panics,
        vec!["negative input: -1", "negative input: -2"]
    );
}

#[test]
fn any_job_that_panics_is_reported() {
    // A job whose panic you cannot predict: only `join` can tell you about it.
    let report = run_all(&[1, 2, 3], |n| {
        if n == 2 {
            panic!("two is unlucky")
        }
        n as u64
    });
    assert_eq!(report.results, vec![1, 3]);
    assert_eq!(report.panics, vec!["two is unlucky"]);
}

#[test]
fn every_job_runs_on_its_own_thread() {
    // Catching the panics on this thread would give the same report: this checks
    // that 3 new threads ran the 3 jobs.
    static CALLS: Mutex<Vec<ThreadId>> = Mutex::new(Vec::new());
    let report = run_all(&[4, -5, 6], |n| {
        CALLS.lock().unwrap().push(thread::current().id());
        risky_job(n)
    });
    assert_eq!(report.results, vec![8, 12]);
    assert_eq!(report.panics, vec!["negative input: -5"]);
    let threads: HashSet<ThreadId> = CALLS.lock().unwrap().iter().copied().collect();
    assert_eq!(threads.len(), 3);
    assert!(!threads.contains(&thread::current().id()));
}
