// Tests for borrow4. The grader checks that this file is unchanged.
use super::*;

#[test]
fn first_word_is_a_slice_of_the_text() {
    assert_eq!(first_word("hello world"), "hello");
    assert_eq!(first_word("gopher"), "gopher");
    assert_eq!(first_word(""), "");
}

#[test]
fn headline_keeps_the_first_word_as_it_was() {
    // The word is taken before the text is upper-cased.
    assert_eq!(headline("breaking news"), "breaking: BREAKING NEWS");
    assert_eq!(headline("rust 2024 is out"), "rust: RUST 2024 IS OUT");
}

#[test]
fn headline_of_a_single_word() {
    assert_eq!(headline("hello"), "hello: HELLO");
}
