// Tests for moves2. The grader checks that this file is unchanged.
use super::*;

#[test]
fn reports_the_word_and_its_vowels() {
    assert_eq!(report(String::from("banana")), "banana: 3 vowels");
    assert_eq!(report(String::from("rust")), "rust: 1 vowels");
}

#[test]
fn counts_upper_case_vowels_too() {
    assert_eq!(report(String::from("GOPHER")), "GOPHER: 2 vowels");
}

#[test]
fn a_word_without_vowels() {
    assert_eq!(report(String::from("rhythm")), "rhythm: 0 vowels");
}
