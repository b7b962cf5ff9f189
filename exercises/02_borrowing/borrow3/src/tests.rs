// Tests for borrow3. The grader checks that this file is unchanged.
use super::*;

#[test]
fn the_first_in_line_stays_first() {
    let mut queue = vec![String::from("ann")];
    assert_eq!(join(&mut queue, "bob"), "ann is first, 2 waiting");
    assert_eq!(join(&mut queue, "cy"), "ann is first, 3 waiting");
    assert_eq!(queue, vec!["ann", "bob", "cy"]);
}

#[test]
fn joining_an_empty_line_makes_you_first() {
    // There is no `queue[0]` before the push here.
    let mut queue = Vec::new();
    assert_eq!(join(&mut queue, "dee"), "dee is first, 1 waiting");
    assert_eq!(queue, vec!["dee"]);
}
