// Tests for moves4. The grader checks that this file is unchanged.
use super::*;

#[test]
fn tags_every_item() {
    let labels = tag_all(String::from("go"), &["fmt", "net/http", "sync"]);
    assert_eq!(labels, vec!["[go] fmt", "[go] net/http", "[go] sync"]);
}

#[test]
fn works_with_another_tag() {
    let labels = tag_all(String::from("rust"), &["serde", "tokio"]);
    assert_eq!(labels, vec!["[rust] serde", "[rust] tokio"]);
}

#[test]
fn no_items_no_labels() {
    let labels = tag_all(String::from("empty"), &[]);
    assert!(labels.is_empty());
}
