// Tests for traits7. The grader checks that this file is unchanged.
use super::*;

#[test]
fn answers() {
    assert_eq!(answer(), 42);
}
