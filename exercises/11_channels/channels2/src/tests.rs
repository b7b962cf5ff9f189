// Tests for channels2. The grader checks that this file is unchanged.
// If these tests hang, the receiver is still waiting for a sender that will never send.
use super::*;
use std::collections::HashSet;
use std::sync::{Barrier, Mutex};
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

#[test]
fn keeps_the_long_words() {
    assert_eq!(
        matching_words(&["go", "rust", "gopher", "c"], |w| w.len() >= 4),
        vec!["gopher", "rust"]
    );
}

#[test]
fn every_word_can_match() {
    assert_eq!(matching_words(&["b", "a"], |_| true), vec!["a", "b"]);
    assert_eq!(
        matching_words(&["go", "rust", "gc"], |w| w.starts_with('g')),
        vec!["gc", "go"]
    );
}

#[test]
fn no_word_matches() {
    assert_eq!(
        matching_words(&["go", "c"], |w| w.len() >= 5),
        Vec::<String>::new()
    );
}

#[test]
fn no_words_at_all() {
    assert_eq!(matching_words(&[], |_| true), Vec::<String>::new());
}

#[test]
fn every_word_is_checked_on_its_own_thread() {
    // A plain filter would give the same words: this checks that 4 new threads checked them.
    static CALLS: Mutex<Vec<ThreadId>> = Mutex::new(Vec::new());
    let got = matching_words(&["d", "bb", "a", "cc"], |w| {
        CALLS.lock().unwrap().push(thread::current().id());
        w.len() == 2
    });
    assert_eq!(got, vec!["bb", "cc"]);
    let threads: HashSet<ThreadId> = CALLS.lock().unwrap().iter().copied().collect();
    assert_eq!(threads.len(), 4);
    assert!(!threads.contains(&thread::current().id()));
}

#[test]
fn the_producers_run_at_the_same_time() {
    // The Barrier lets no call go on until all 3 have started: this hangs if they run one by one.
    static ALL_THREE: Barrier = Barrier::new(3);
    let got = matching_words(&["x", "yy", "zzz"], |w| {
        ALL_THREE.wait();
        w.len() != 2
    });
    assert_eq!(got, vec!["x", "zzz"]);
}

#[test]
fn the_loop_ends_when_the_last_sender_is_gone() {
    // One checker is slow: it stays silent for 600 ms, then sends. The loop must
    // wait for it (its sender is still alive), and end as soon as it is done.
    // Waiting for a quiet moment instead (`recv_timeout`) either gives up before
    // the slow word arrives, or waits that long again after it: both fail here.
    let start = Instant::now();
    let got = matching_words(&["fast", "slow", "quick"], |w| {
        if w == "slow" {
            thread::sleep(Duration::from_millis(600));
        }
        true
    });
    let took = start.elapsed();
    assert_eq!(got, vec!["fast", "quick", "slow"]);
    assert!(
        took < Duration::from_millis(1100),
        "the loop went on for {took:?} after the last word was sent"
    );
}
