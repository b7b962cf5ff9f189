// Tests for lifetimes3. The grader checks that this file is unchanged.
use super::*;

#[test]
fn greets_by_name() {
    assert_eq!(greeting("Ann"), "Hello, Ann!");
    assert_eq!(greeting("Gopher"), "Hello, Gopher!");
}

#[test]
fn greets_a_name_built_at_run_time() {
    let name = ["Fer", "ris"].concat();
    assert_eq!(greeting(&name), "Hello, Ferris!");
}

#[test]
fn shouts_in_upper_case() {
    assert_eq!(shout("gopher"), "GOPHER");
    assert_eq!(shout("Rust 2024"), "RUST 2024");
    assert_eq!(shout(""), "");
}
