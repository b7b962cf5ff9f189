// Tests for heap1. The grader checks that this file is unchanged.
use super::*;
use std::panic;
use std::sync::Once;
use std::sync::atomic::{AtomicUsize, Ordering};

#[test]
fn nth_word_finds_words() {
    assert_eq!(nth_word("the quick brown fox", 0), Some("the"));
    assert_eq!(nth_word("the quick brown fox", 3), Some("fox"));
    assert_eq!(nth_word("  spaced   out  ", 1), Some("out"));
}

#[test]
fn nth_word_past_the_end_is_none() {
    without_panic(|| {
        assert_eq!(nth_word("the quick brown fox", 4), None);
        assert_eq!(nth_word("", 0), None);
        assert_eq!(nth_word("one", usize::MAX), None);
    });
}

#[test]
fn window_inside_the_readings() {
    let readings = [3, 1, 4, 1, 5, 9];
    assert_eq!(window(&readings, 0, 2), Some(&[3, 1][..]));
    assert_eq!(window(&readings, 2, 3), Some(&[4, 1, 5][..]));
    assert_eq!(window(&readings, 4, 2), Some(&[5, 9][..]));
    assert_eq!(window(&readings, 0, 6), Some(&readings[..]));
    assert_eq!(window(&readings, 6, 0), Some(&[][..])); // empty, but in bounds
}

#[test]
fn window_past_the_end_is_none() {
    let readings = [3, 1, 4, 1, 5, 9];
    without_panic(|| {
        assert_eq!(window(&readings, 5, 2), None);
        assert_eq!(window(&readings, 0, 7), None);
        assert_eq!(window(&readings, 7, 0), None);
        assert_eq!(window(&[], 0, 1), None);
    });
}

#[test]
fn latest_reading() {
    assert_eq!(latest(&[3, 1, 4]), Some(4));
    assert_eq!(latest(&[7]), Some(7));
    without_panic(|| assert_eq!(latest(&[]), None));
}

// Every panic in this test program is counted, even one that is caught
// (`std::panic::catch_unwind`): asking must not crash, not even quietly.
static PANICS: AtomicUsize = AtomicUsize::new(0);

/// Runs `check` and fails if anything panicked meanwhile.
fn without_panic(check: impl FnOnce()) {
    static COUNT_PANICS: Once = Once::new();
    COUNT_PANICS.call_once(|| {
        let print_panic = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            PANICS.fetch_add(1, Ordering::SeqCst);
            print_panic(info);
        }));
    });
    let before = PANICS.load(Ordering::SeqCst);
    check();
    let panicked = PANICS.load(Ordering::SeqCst) - before;
    assert_eq!(
        panicked, 0,
        "the code panicked (the panic was caught, but it happened)"
    );
}
