// Tests for clippy1. The grader checks that this file is unchanged.
use super::*;

#[test]
fn average_of_some_values() {
    assert_eq!(average(&[1.0, 2.0, 3.0, 4.0]), Some(2.5));
    assert_eq!(average(&[-2.0, 2.0]), Some(0.0));
    assert_eq!(average(&[7.5]), Some(7.5));
}

#[test]
fn average_of_nothing_is_none() {
    assert_eq!(average(&[]), None);
}

#[test]
fn scale_changes_every_value() {
    let mut v = vec![1.0, -2.0, 0.5];
    scale(&mut v, 4.0);
    assert_eq!(v, [4.0, -8.0, 2.0]);
    let mut empty: Vec<f64> = vec![];
    scale(&mut empty, 3.0);
    assert!(empty.is_empty());
}

// Clippy flags `for i in 0..values.len()`, but not every index loop. This test
// rejects the others, so that the fix is to walk the elements themselves.
#[test]
fn no_index_loops_in_disguise() {
    let lib = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"))
        .expect("read src/lib.rs");
    for line in lib.lines().map(str::trim) {
        if line.starts_with("//") {
            continue;
        }
        for index_loop in [
            "while ",
            "loop {",
            ".get(",
            ".get_mut(",
            ".for_each(",
            ".nth(",
        ] {
            assert!(
                !line.contains(index_loop),
                "`{line}`: walk the elements (`for x in ...`, `iter()`, `iter_mut()`), not their indices"
            );
        }
    }
}
