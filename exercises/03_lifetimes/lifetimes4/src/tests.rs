// Tests for lifetimes4. The grader checks that this file is unchanged.
use super::*;

#[test]
fn collects_the_words_of_every_line() {
    assert_eq!(
        distinct_words(&["the gopher", "and the crab"]),
        vec!["the", "gopher", "and", "crab"]
    );
}

#[test]
fn ignores_case_and_repeats() {
    assert_eq!(distinct_words(&["Go go GO", "Rust"]), vec!["go", "rust"]);
}

#[test]
fn no_lines_no_words() {
    assert!(distinct_words(&[]).is_empty());
    assert!(distinct_words(&["   ", ""]).is_empty());
}
