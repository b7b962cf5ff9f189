// Tests for parallel1. The grader checks that this file is unchanged.
use super::*;

#[test]
fn length_divisible_by_threads() {
    // 8 elements, 4 threads: 2 each, no remainder.
    assert_eq!(parallel_sum(vec![1, 2, 3, 4, 5, 6, 7, 8], 4), 36);
}

#[test]
fn length_not_divisible_by_threads() {
    // 10 elements, 4 threads: chunks of 2, and 2 elements left over.
    assert_eq!(parallel_sum((1..=10).collect(), 4), 55);
    // 100 elements, 3 threads: 1 left over.
    assert_eq!(parallel_sum((1..=100).collect(), 3), 5050);
    assert_eq!(parallel_sum(vec![5, -2, 7], 2), 10);
}

#[test]
fn more_threads_than_elements() {
    // 3 elements, 8 threads: some threads get nothing to do, none may crash.
    assert_eq!(parallel_sum(vec![10, 20, 30], 8), 60);
    assert_eq!(parallel_sum(vec![42], 5), 42);
}

#[test]
fn empty_input_sums_to_zero() {
    assert_eq!(parallel_sum(vec![], 1), 0);
    assert_eq!(parallel_sum(vec![], 4), 0);
}

#[test]
fn one_thread_sums_everything() {
    assert_eq!(parallel_sum(vec![3, 1, 4, 1, 5, 9, 2, 6], 1), 31);
}

#[test]
fn sum_larger_than_i32_max() {
    // Each value fits in an i32, their sum does not: the result is an i64.
    let big = vec![i32::MAX, i32::MAX, i32::MAX, 3];
    assert_eq!(parallel_sum(big, 3), 3 * i64::from(i32::MAX) + 3);
    assert_eq!(
        parallel_sum(vec![i32::MIN, i32::MIN, -1], 2),
        2 * i64::from(i32::MIN) - 1
    );
}
