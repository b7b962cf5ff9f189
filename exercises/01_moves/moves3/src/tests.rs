// Tests for moves3. The grader checks that this file is unchanged.
use super::*;

fn strings(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

#[test]
fn shouts_every_word_and_counts_them() {
    let (loud, count) = shout_all(strings(&["hello", "gopher"]));
    assert_eq!(loud, strings(&["HELLO", "GOPHER"]));
    assert_eq!(count, 2);
}

#[test]
fn keeps_the_order() {
    let (loud, count) = shout_all(strings(&["c", "b", "a"]));
    assert_eq!(loud, strings(&["C", "B", "A"]));
    assert_eq!(count, 3);
}

#[test]
fn an_empty_list() {
    let (loud, count) = shout_all(Vec::new());
    assert!(loud.is_empty());
    assert_eq!(count, 0);
}
