// Tests for sendsync4. The grader checks that this file is unchanged.
// Tests run in parallel and share the one global counter, so every test
// uses its own page names.
use super::*;
use std::thread;

#[test]
fn counts_visits_per_page() {
    record_hit("/home");
    record_hit("/home");
    record_hit("/about");
    assert_eq!(hits("/home"), 2);
    assert_eq!(hits("/about"), 1);
}

#[test]
fn unknown_page_has_no_hits() {
    assert_eq!(hits("/never-visited"), 0);
}

#[test]
fn eight_threads_record_hits() {
    let workers: Vec<_> = (0..8)
        .map(|_| {
            thread::spawn(|| {
                for _ in 0..100 {
                    record_hit("/busy");
                }
                record_hit("/each-thread");
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    assert_eq!(hits("/busy"), 800);
    assert_eq!(hits("/each-thread"), 8);
}
