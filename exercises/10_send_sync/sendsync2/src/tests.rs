// Tests for sendsync2. The grader checks that this file is unchanged.
use super::*;
use std::collections::HashSet;
use std::sync::{Barrier, Mutex};
use std::thread::{self, ThreadId};

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn counts_per_text_in_order() {
    let docs = texts(&["go go go", "rust", "go rust go"]);
    assert_eq!(count_in_each(&docs, "go", occurrences), vec![3, 0, 2]);
    assert_eq!(count_in_each(&docs, "rust", occurrences), vec![0, 1, 1]);
}

#[test]
fn the_caller_still_owns_the_texts() {
    // The threads only borrowed `docs`: it is still here, unchanged.
    let docs = texts(&["aaa", "b"]);
    assert_eq!(count_in_each(&docs, "a", occurrences), vec![3, 0]);
    assert_eq!(docs, vec!["aaa", "b"]);
}

#[test]
fn no_texts() {
    assert_eq!(count_in_each(&[], "x", occurrences), Vec::<usize>::new());
}

#[test]
fn every_text_is_searched_on_its_own_thread() {
    // A plain loop would give the same counts: this checks that 3 new threads made them.
    static CALLS: Mutex<Vec<ThreadId>> = Mutex::new(Vec::new());
    let docs = texts(&["xx", "x", "yxxx"]);
    let got = count_in_each(&docs, "x", |text, needle| {
        CALLS.lock().unwrap().push(thread::current().id());
        occurrences(text, needle)
    });
    assert_eq!(got, vec![2, 1, 3]);
    let threads: HashSet<ThreadId> = CALLS.lock().unwrap().iter().copied().collect();
    assert_eq!(threads.len(), 3);
    assert!(!threads.contains(&thread::current().id()));
}

#[test]
fn the_threads_run_at_the_same_time() {
    // The Barrier lets no call go on until all 3 have started: this hangs if they run one by one.
    static ALL_THREE: Barrier = Barrier::new(3);
    let docs = texts(&["ab", "b", "bbb"]);
    let got = count_in_each(&docs, "b", |text, needle| {
        ALL_THREE.wait();
        occurrences(text, needle)
    });
    assert_eq!(got, vec![1, 1, 3]);
}

#[test]
fn the_threads_read_the_texts_where_they_are() {
    // Borrowing, not copying: each thread looks at the caller's own String.
    static SEEN: Mutex<Vec<(usize, usize)>> = Mutex::new(Vec::new());
    let docs = texts(&["abc", "cab", "bca"]);
    let needle = String::from("ab");
    let got = count_in_each(&docs, &needle, |text, needle| {
        let address = (text.as_ptr() as usize, needle.as_ptr() as usize);
        SEEN.lock().unwrap().push(address);
        occurrences(text, needle)
    });
    assert_eq!(got, vec![1, 1, 0]);
    let seen = SEEN.lock().unwrap();
    assert_eq!(seen.len(), 3);
    let needle_at = needle.as_ptr() as usize;
    for (text, needle) in seen.iter() {
        assert!(
            docs.iter().any(|doc| doc.as_ptr() as usize == *text),
            "a text was copied"
        );
        assert_eq!(*needle, needle_at, "the needle was copied");
    }
}
