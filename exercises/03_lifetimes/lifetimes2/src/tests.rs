// Tests for lifetimes2. The grader checks that this file is unchanged.
use super::*;

const POEM: &str = "the gopher digs\nthe crab walks sideways\nthe crab sleeps";

#[test]
fn finds_the_first_matching_line() {
    let excerpt = find(POEM, "crab").expect("`crab` is in the poem");
    assert_eq!(excerpt.text, "the crab walks sideways");
    assert_eq!(excerpt.line, 2);
}

#[test]
fn finds_a_word_on_the_first_line() {
    let excerpt = find(POEM, "gopher").expect("`gopher` is in the poem");
    assert_eq!(excerpt.text, "the gopher digs");
    assert_eq!(excerpt.line, 1);
}

#[test]
fn finds_in_a_string_built_at_run_time() {
    let doc = ["alpha", "beta", "gamma"].join("\n");
    let excerpt = find(&doc, "mm").expect("`mm` is in gamma");
    assert_eq!(excerpt.text, "gamma");
    assert_eq!(excerpt.line, 3);
}

#[test]
fn a_missing_word_gives_none() {
    assert!(find(POEM, "snake").is_none());
}
