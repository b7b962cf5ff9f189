// Tests for traits1. The grader checks that this file is unchanged.
use super::*;

#[test]
fn largest_integer() {
    assert_eq!(*largest(&[3, 7, 2]), 7);
    assert_eq!(*largest(&[-5, -1, -9]), -1);
    assert_eq!(*largest(&[42]), 42);
}

#[test]
fn largest_float() {
    assert_eq!(*largest(&[1.5, 0.25, 9.75, 3.0]), 9.75);
}

#[test]
fn largest_string_slice() {
    // &str compares alphabetically, like Go's `<` on strings.
    assert_eq!(*largest(&["pear", "apple", "zucchini", "kiwi"]), "zucchini");
}

#[test]
fn largest_char() {
    assert_eq!(*largest(&['r', 'u', 's', 't']), 'u');
}

#[test]
fn on_a_tie_the_first_largest_item_is_returned() {
    let items = [3, 9, 1, 9];
    assert!(std::ptr::eq(largest(&items), &items[1]));
    let words = ["go", "rust", "rust"];
    assert!(std::ptr::eq(largest(&words), &words[1]));
}
