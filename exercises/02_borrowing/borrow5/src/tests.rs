// Tests for borrow5. The grader checks that this file is unchanged.
use super::*;

#[test]
fn finds_the_longest_line() {
    assert_eq!(longest_line(&["go", "rust", "c"]), "rust");
    assert_eq!(longest_line(&["a", "bb", "ccc"]), "ccc");
}

#[test]
fn spaces_around_a_line_do_not_count() {
    assert_eq!(longest_line(&["   hi   ", "hey"]), "hey");
}

#[test]
fn the_first_line_wins_a_tie() {
    assert_eq!(longest_line(&["one", "two", "six"]), "one");
}

#[test]
fn no_lines_give_an_empty_string() {
    assert_eq!(longest_line(&[]), "");
}
