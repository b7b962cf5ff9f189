// Tests for iterators1. The grader checks that this file is unchanged.
use super::*;

#[test]
fn long_words_keep_their_original_index() {
    assert_eq!(
        long_words_with_index(&["a", "tree", "is", "green"]),
        vec!["1:tree", "3:green"]
    );
    assert_eq!(
        long_words_with_index(&["rust", "go", "zig", "swift"]),
        vec!["0:rust", "3:swift"]
    );
    assert_eq!(
        long_words_with_index(&["no", "long", "wordz"]),
        vec!["1:long", "2:wordz"]
    );
    assert!(long_words_with_index(&["a", "b"]).is_empty());
}

#[test]
fn first_positives_skips_the_negatives_first() {
    assert_eq!(first_positives_doubled(&[1, 2, 3, 4], 2), vec![2, 4]);
    assert_eq!(first_positives_doubled(&[-1, 5, -2, 6, 7], 2), vec![10, 12]);
    assert_eq!(first_positives_doubled(&[0, -3, 4], 3), vec![8]);
    assert_eq!(first_positives_doubled(&[3, 4], 0), vec![]);
}

#[test]
fn sum_of_squares_stops_at_the_first_zero() {
    assert_eq!(sum_of_squares_before_zero(&[1, 2, 3]), 14);
    assert_eq!(sum_of_squares_before_zero(&[1, 2, 0, 3]), 5);
    assert_eq!(sum_of_squares_before_zero(&[0, 10]), 0);
    assert_eq!(sum_of_squares_before_zero(&[-2, 2, 0, 0, 7]), 8);
}
