// Tests for heap2. The grader checks that this file is unchanged.
use super::*;

fn tree(values: &[i32]) -> Node {
    let mut root = Node::new(values[0]);
    for &value in &values[1..] {
        root.insert(value);
    }
    root
}

#[test]
fn a_single_node() {
    let root = Node::new(7);
    assert!(root.contains(7));
    assert!(!root.contains(8));
    assert_eq!(root.sorted(), vec![7]);
}

#[test]
fn inserted_values_are_found() {
    let root = tree(&[50, 30, 70, 20, 40, 60, 80]);
    assert!(root.contains(20));
    assert!(root.contains(60));
    assert!(root.contains(80));
    assert!(!root.contains(55));
    assert!(!root.contains(10));
}

#[test]
fn sorted_walks_the_tree_in_order() {
    assert_eq!(tree(&[5, 3, 8, 1, 4]).sorted(), vec![1, 3, 4, 5, 8]);
    assert_eq!(tree(&[2, 2, 1]).sorted(), vec![1, 2, 2]);
}

#[test]
fn equal_values_go_right() {
    // "Smaller values go left, the others go right": a second 5 is not smaller.
    let root = tree(&[5, 5, 3]);
    assert_eq!(root.left.as_ref().map(|left| left.value), Some(3));
    assert_eq!(root.right.as_ref().map(|right| right.value), Some(5));
    assert_eq!(root.sorted(), vec![3, 5, 5]);
}

#[test]
fn a_deep_tree() {
    // Every value goes right: a tree as deep as a linked list.
    let values: Vec<i32> = (0..100).collect();
    let root = tree(&values);
    assert!(root.contains(99));
    assert_eq!(root.sorted(), values);
}
