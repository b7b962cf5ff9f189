// Tests for testing4. The grader checks that this file is unchanged.
// They test your test: `checks::check_merge` must pass on the real function,
// fail on each buggy one, and try many generated inputs.
use super::*;
use std::collections::HashSet;
use std::panic;
use std::sync::Mutex;

/// True when `check_merge` fails (panics) on `merge`.
fn check_fails_on(merge: fn(&[i32], &[i32]) -> Vec<i32>) -> bool {
    panic::catch_unwind(|| checks::check_merge(merge)).is_err()
}

/// `merge_sorted` that forgets the rest of `a` when `b` is used up first.
fn forgets_the_rest_of_a(a: &[i32], b: &[i32]) -> Vec<i32> {
    let mut merged = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] <= b[j] {
            merged.push(a[i]);
            i += 1;
        } else {
            merged.push(b[j]);
            j += 1;
        }
    }
    merged.extend_from_slice(&b[j..]);
    merged
}

/// `merge_sorted` that keeps one copy of equal elements.
fn drops_repeats(a: &[i32], b: &[i32]) -> Vec<i32> {
    let mut merged = merge_sorted(a, b);
    merged.dedup();
    merged
}

/// `merge_sorted` that compares sizes without the sign.
fn ignores_the_sign(a: &[i32], b: &[i32]) -> Vec<i32> {
    let mut merged = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i].abs() <= b[j].abs() {
            merged.push(a[i]);
            i += 1;
        } else {
            merged.push(b[j]);
            j += 1;
        }
    }
    merged.extend_from_slice(&a[i..]);
    merged.extend_from_slice(&b[j..]);
    merged
}

#[test]
fn your_check_passes_on_the_real_function() {
    checks::check_merge(merge_sorted);
}

#[test]
fn the_buggy_versions_get_the_two_examples_right() {
    for merge in [forgets_the_rest_of_a, drops_repeats, ignores_the_sign] {
        assert_eq!(merge(&[1, 4, 9], &[2, 3, 10]), [1, 2, 3, 4, 9, 10]);
        assert_eq!(merge(&[], &[5, 6]), [5, 6]);
    }
}

#[test]
fn your_check_catches_a_merge_that_forgets_the_rest_of_a() {
    assert!(
        check_fails_on(forgets_the_rest_of_a),
        "your check passes on a merge that loses the end of `a` when `b` is used up first"
    );
}

#[test]
fn your_check_catches_a_merge_that_drops_repeats() {
    assert!(
        check_fails_on(drops_repeats),
        "your check passes on a merge that keeps one copy of equal elements"
    );
}

#[test]
fn your_check_catches_a_merge_that_ignores_the_sign() {
    assert!(
        check_fails_on(ignores_the_sign),
        "your check passes on a merge that compares -7 and 3 as 7 and 3"
    );
}

/// Two lists given to a merge.
type Input = (Vec<i32>, Vec<i32>);

/// The inputs `check_merge` gave to `recording_merge`.
static SEEN: Mutex<Vec<Input>> = Mutex::new(Vec::new());

fn recording_merge(a: &[i32], b: &[i32]) -> Vec<i32> {
    SEEN.lock().unwrap().push((a.to_vec(), b.to_vec()));
    merge_sorted(a, b)
}

#[test]
fn your_check_tries_many_different_inputs() {
    checks::check_merge(recording_merge);
    let tried = SEEN.lock().unwrap().iter().collect::<HashSet<_>>().len();
    assert!(
        tried >= 100,
        "your check tried {tried} different pairs of lists; a property tries hundreds"
    );
}
