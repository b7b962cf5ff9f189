// Tests for moves2. The grader checks that this file is unchanged.
use super::*;

#[test]
fn reports_the_word_and_its_vowels() {
    assert_eq!(report("banana"), "banana: 3 vowels");
    assert_eq!(report("rust"), "rust: 1 vowels");
}

#[test]
fn counts_upper_case_vowels_too() {
    assert_eq!(report("GOPHER"), "GOPHER: 2 vowels");
}

#[test]
fn a_word_without_vowels() {
    assert_eq!(report("rhythm"), "rhythm: 0 vowels");
}
