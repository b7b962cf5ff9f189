// Tests for parallel3. The grader checks that this file is unchanged.
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

const POEM: [&str; 4] = ["the cat sat", "on the mat", "the cat ran", "off the mat"];

/// Keeps each word as it is.
fn same(word: &str) -> String {
    word.to_string()
}

#[test]
fn one_thread() {
    let counts = word_count(&POEM, 1, same);
    assert_eq!(counts["the"], 4);
    assert_eq!(counts["cat"], 2);
    assert_eq!(counts["sat"], 1);
    assert_eq!(counts.len(), 7);
}

#[test]
fn words_seen_by_several_threads_are_added_up() {
    // With 2 threads, "the" is counted twice by each thread: 2 + 2 = 4.
    let counts = word_count(&POEM, 2, same);
    assert_eq!(counts["the"], 4);
    assert_eq!(counts["cat"], 2);
    assert_eq!(counts["mat"], 2);
    assert_eq!(counts["off"], 1);
    assert_eq!(counts.len(), 7);
}

#[test]
fn same_answer_for_any_number_of_threads() {
    let expected = HashMap::from([
        ("the".to_string(), 4),
        ("cat".to_string(), 2),
        ("mat".to_string(), 2),
        ("sat".to_string(), 1),
        ("on".to_string(), 1),
        ("ran".to_string(), 1),
        ("off".to_string(), 1),
    ]);
    for threads in 1..=6 {
        assert_eq!(
            word_count(&POEM, threads, same),
            expected,
            "with {threads} threads"
        );
    }
}

#[test]
fn go_proverb() {
    let lines = [
        "do not communicate by sharing memory",
        "instead share memory by communicating",
    ];
    let counts = word_count(&lines, 2, same);
    assert_eq!(counts["memory"], 2);
    assert_eq!(counts["by"], 2);
    assert_eq!(counts["share"], 1);
    assert_eq!(counts.len(), 9);
}

#[test]
fn words_are_normalized_before_counting() {
    let lines = ["Go go GO", "rust Rust", "go"];
    let counts = word_count(&lines, 3, str::to_lowercase);
    assert_eq!(counts["go"], 4);
    assert_eq!(counts["rust"], 2);
    assert_eq!(counts.len(), 2);
}

#[test]
fn no_lines_no_words() {
    assert!(word_count(&[], 3, same).is_empty());
    assert!(word_count(&["", "   "], 2, same).is_empty());
}

#[test]
fn each_thread_counts_its_own_lines() {
    // A plain loop gives the same counts: this checks that 2 spawned threads
    // each normalized the words of 2 lines.
    static CALLS: Mutex<Vec<(ThreadId, String)>> = Mutex::new(Vec::new());
    fn recorded(word: &str) -> String {
        CALLS
            .lock()
            .unwrap()
            .push((thread::current().id(), word.to_string()));
        word.to_string()
    }
    assert_eq!(word_count(&POEM, 2, recorded)["the"], 4);

    let calls = CALLS.lock().unwrap();
    let threads: HashSet<ThreadId> = calls.iter().map(|(id, _)| *id).collect();
    assert!(
        !threads.contains(&thread::current().id()),
        "words were counted on the test's own thread: the work must run on the spawned threads"
    );
    let words_by_thread: BTreeSet<Vec<&str>> = threads
        .iter()
        .map(|thread| {
            let mut words: Vec<&str> = calls
                .iter()
                .filter(|(id, _)| id == thread)
                .map(|(_, word)| word.as_str())
                .collect();
            words.sort_unstable();
            words
        })
        .collect();
    let expected = BTreeSet::from([
        vec!["cat", "mat", "on", "sat", "the", "the"],
        vec!["cat", "mat", "off", "ran", "the", "the"],
    ]);
    assert_eq!(words_by_thread, expected);
}

#[test]
fn the_threads_run_at_the_same_time() {
    // 3 threads, one line of 2 words each. The Rendezvous lets no thread go on to
    // its next word until all 3 have got there: this fails if they run one by one.
    static STEP: Rendezvous = Rendezvous::new(3);
    fn in_step(word: &str) -> String {
        STEP.wait();
        word.to_string()
    }
    let counts = word_count(&["a b", "b c", "c a"], 3, in_step);
    assert_eq!(
        counts,
        HashMap::from([("a".into(), 2), ("b".into(), 2), ("c".into(), 2)])
    );
}
