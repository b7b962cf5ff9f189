// Tests for async1. The grader checks that this file is unchanged.
use super::*;

// `#[tokio::test]` starts a tokio runtime and runs the async test on it.
#[tokio::test]
async fn prices() {
    assert_eq!(price_of("apple").await, Some(3));
    assert_eq!(price_of("caviar").await, None);
}

#[tokio::test]
async fn one_item() {
    assert_eq!(receipt(&["bread"]).await, "total: 5");
}

#[tokio::test]
async fn several_items() {
    assert_eq!(receipt(&["apple", "bread", "milk"]).await, "total: 10");
    assert_eq!(receipt(&["milk", "milk", "milk"]).await, "total: 6");
}

#[tokio::test]
async fn empty_basket() {
    assert_eq!(receipt(&[]).await, "total: 0");
}

#[tokio::test]
async fn unknown_item() {
    assert_eq!(receipt(&["apple", "caviar"]).await, "unknown item");
}
