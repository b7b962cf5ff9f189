// Tests for channels2. The grader checks that this file is unchanged.
// If these tests hang, the receiver is still waiting for a sender that will never send.
use super::*;

#[test]
fn keeps_the_long_words() {
    assert_eq!(
        long_words(&["go", "rust", "gopher", "c"], 4),
        vec!["gopher", "rust"]
    );
}

#[test]
fn every_word_can_match() {
    assert_eq!(long_words(&["b", "a"], 0), vec!["a", "b"]);
}

#[test]
fn no_word_matches() {
    assert_eq!(long_words(&["go", "c"], 5), Vec::<String>::new());
}

#[test]
fn no_words_at_all() {
    assert_eq!(long_words(&[], 1), Vec::<String>::new());
}
