// Tests for iterators3. The grader checks that this file is unchanged.
use super::*;

#[test]
fn notifies_every_user_in_order() {
    let mut sent = Vec::new();
    let count = notify_all(&["ann", "bob", "cy"], |user| sent.push(user.to_string()));
    assert_eq!(count, 3);
    assert_eq!(sent, vec!["ann", "bob", "cy"]);
}

#[test]
fn notifies_nobody_when_there_are_no_users() {
    let mut calls = 0;
    assert_eq!(notify_all(&[], |_| calls += 1), 0);
    assert_eq!(calls, 0);
}

#[test]
fn finds_the_first_free_name() {
    let taken = ["admin", "root", "ann"];
    let names = ["admin", "ann", "ann2", "ann3"];
    assert_eq!(
        first_available(&names, |n| !taken.contains(&n)),
        Some("ann2")
    );
    assert_eq!(first_available(&names, |_| false), None);
}

#[test]
fn checks_only_until_a_free_name_is_found() {
    let names = ["a", "b", "c", "d", "e", "f"];
    let mut checked = Vec::new();
    let found = first_available(&names, |n| {
        checked.push(n.to_string());
        n == "c"
    });
    assert_eq!(found, Some("c"));
    // "d", "e" and "f" are never looked up.
    assert_eq!(checked, vec!["a", "b", "c"]);
}

#[test]
fn checks_one_name_when_the_first_is_free() {
    let mut calls = 0;
    let found = first_available(&["x", "y", "z"], |_| {
        calls += 1;
        true
    });
    assert_eq!(found, Some("x"));
    assert_eq!(calls, 1);
}
