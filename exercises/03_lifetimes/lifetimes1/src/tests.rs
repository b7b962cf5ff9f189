// Tests for lifetimes1. The grader checks that this file is unchanged.
use super::*;

#[test]
fn picks_the_longer_string() {
    assert_eq!(longest("hello", "go"), "hello");
    assert_eq!(longest("go", "gopher"), "gopher");
}

#[test]
fn the_first_wins_a_tie() {
    assert_eq!(longest("abc", "xyz"), "abc");
    assert_eq!(longest("", ""), "");
}

#[test]
fn works_with_strings_built_at_run_time() {
    let owned = String::from("ownership");
    let other = ["bor", "row"].concat();
    // The result may point into `owned` or into `other`: both are alive here.
    let result: &str = longest(&owned, &other);
    assert_eq!(result, "ownership");
}

#[test]
fn returns_one_of_the_inputs_not_a_copy() {
    let long = String::from("gopher");
    let short = String::from("go");
    // The very same bytes as the longer input: not a copy of them.
    assert!(std::ptr::eq(longest(&long, &short), long.as_str()));
    assert!(std::ptr::eq(longest(&short, &long), long.as_str()));
    assert!(std::ptr::eq(longest(&short, "ab"), short.as_str()));
}
