// Tests for clippy4. The grader checks that this file is unchanged.
use super::*;

#[test]
fn percent_of_a_whole() {
    assert_eq!(percent(1, 4), Some(25));
    assert_eq!(percent(2, 3), Some(66));
    assert_eq!(percent(5, 5), Some(100));
}

#[test]
fn percent_of_nothing_is_none() {
    assert_eq!(percent(3, 0), None);
}

#[test]
fn grades_for_each_band() {
    assert_eq!(grade(100), 'A');
    assert_eq!(grade(90), 'A');
    assert_eq!(grade(89), 'B');
    assert_eq!(grade(50), 'C');
    assert_eq!(grade(49), 'F');
    assert_eq!(grade(0), 'F');
    assert_eq!(grade(101), '?');
}
