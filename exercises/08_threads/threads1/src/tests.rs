// Tests for threads1. The grader checks that this file is unchanged.
use super::*;

#[test]
fn squares_three_numbers() {
    assert_eq!(squares_in_parallel(&[1, 2, 3]), vec![1, 4, 9]);
}

#[test]
fn squares_keep_input_order() {
    // join() the handles in the order you spawned them: the order is then fixed,
    // whichever thread happens to finish first.
    assert_eq!(squares_in_parallel(&[10, 0, 7, 5]), vec![100, 0, 49, 25]);
}

#[test]
fn no_numbers_no_threads() {
    assert_eq!(squares_in_parallel(&[]), Vec::<u64>::new());
}

#[test]
fn word_lengths() {
    assert_eq!(
        lengths_in_parallel(&["go", "rust", "", "gopher"]),
        vec![2, 4, 0, 6]
    );
    assert_eq!(lengths_in_parallel(&["ferris"]), vec![6]);
}
