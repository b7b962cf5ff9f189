// Tests for moves1. The grader checks that this file is unchanged.
use super::*;

#[test]
fn repeats_hello() {
    assert_eq!(both("hello"), "hello hello");
}

#[test]
fn repeats_other_words() {
    assert_eq!(both("go"), "go go");
    assert_eq!(both("ferris"), "ferris ferris");
}

#[test]
fn repeats_an_empty_string() {
    // Two empty strings with a space between them.
    assert_eq!(both(""), " ");
}
