// Tests for testing3. The grader checks that this file is unchanged.
// They test `Grid`, and your tests in `checks`.
use super::*;
use std::process::Command;

#[test]
fn cells_are_set_and_read_back() {
    let mut grid = Grid::new(3, 2);
    grid.set(0, 0, 7);
    grid.set(2, 0, -1);
    grid.set(1, 1, 42);
    assert_eq!(grid.get(0, 0), 7);
    assert_eq!(grid.get(2, 0), -1);
    assert_eq!(grid.get(1, 1), 42);
    assert_eq!(grid.get(0, 1), 0);
    assert_eq!(grid.get(2, 1), 0);
    assert_eq!(
        grid,
        Grid {
            width: 3,
            height: 2,
            cells: vec![7, 0, -1, 0, 42, 0]
        }
    );
}

#[test]
fn a_one_by_one_grid_has_one_cell() {
    let mut grid = Grid::new(1, 1);
    grid.set(0, 0, 5);
    assert_eq!(grid.get(0, 0), 5);
}

#[test]
#[should_panic(expected = "(0, 2) is outside the 3x2 grid")]
fn writing_below_the_grid_panics() {
    Grid::new(3, 2).set(0, 2, 1);
}

#[test]
#[should_panic(expected = "a grid needs a width and a height of at least 1, not 4x0")]
fn a_grid_without_rows_is_a_bug() {
    Grid::new(4, 0);
}

/// Runs the test `name` of this test binary on its own (as
/// `cargo test -- --exact NAME` does) and returns everything it printed.
fn run_alone(name: &str) -> String {
    let exe = std::env::current_exe().unwrap();
    let ran = Command::new(exe)
        .args([name, "--exact", "--nocapture", "--test-threads", "1"])
        .args(["--color", "never"])
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    let mut text = String::from_utf8_lossy(&ran.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&ran.stderr));
    text
}

/// Checks that `checks::<test>` exists, is a should_panic test that passes,
/// and that its panic came from `Grid::<method>` with `message`.
fn assert_should_panic_test(test: &str, method: &str, message: &str) {
    let name = format!("checks::{test}");
    let output = run_alone(&name);
    assert!(
        output.contains("running 1 test"),
        "there is no test `{name}`:\n{output}"
    );
    assert!(
        output.contains(&format!("test {name} - should panic ... ok")),
        "`{name}` is not a passing #[should_panic] test:\n{output}"
    );
    assert!(
        output.contains(message),
        "{name} did not panic with {message:?}:\n{output}"
    );
    // The backtrace lists the functions the panic went through, innermost first.
    assert!(
        output.contains(&format!("::Grid::{method}\n")),
        "the panic of `{name}` did not come from `Grid::{method}`:\n{output}"
    );
}

#[test]
fn your_test_expects_the_grid_without_cells_to_panic() {
    assert_should_panic_test(
        "a_grid_without_cells_is_a_bug",
        "new",
        "a grid needs a width and a height of at least 1, not 0x3",
    );
}

#[test]
fn your_test_expects_reading_outside_the_grid_to_panic() {
    assert_should_panic_test("reading_outside_the_grid_panics", "get", "is outside the");
}

#[test]
fn your_tests_name_the_message_they_expect() {
    // A bare #[should_panic] passes on any panic, even one from a bug in the test.
    let lib = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs")).unwrap();
    for test in [
        "a_grid_without_cells_is_a_bug",
        "reading_outside_the_grid_panics",
    ] {
        let at = lib
            .find(&format!("fn {test}()"))
            .expect("the test is in src/lib.rs");
        let attributes = &lib[lib[..at].rfind("#[test]").unwrap_or(at)..at];
        assert!(
            attributes.contains("#[should_panic(expected = "),
            "`{test}` needs #[should_panic(expected = \"...\")]"
        );
    }
}
