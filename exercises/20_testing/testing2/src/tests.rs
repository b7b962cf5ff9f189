// Tests for testing2. The grader checks that this file is unchanged.
// They test your tests: `checks::check_leap_year` must pass on the real
// function and fail on each buggy one.
use super::*;
use std::panic;
use std::process::Command;

/// True when `check_leap_year` fails (panics) on `is_leap`.
fn check_fails_on(is_leap: fn(i32) -> bool) -> bool {
    panic::catch_unwind(|| checks::check_leap_year(is_leap)).is_err()
}

#[test]
fn your_check_passes_on_the_real_function() {
    checks::check_leap_year(is_leap_year);
}

#[test]
fn your_check_catches_a_function_that_always_says_no() {
    assert!(
        check_fails_on(|_| false),
        "your check passes when no year is a leap year"
    );
}

#[test]
fn your_check_catches_a_function_that_always_says_yes() {
    assert!(
        check_fails_on(|_| true),
        "your check passes when every year is a leap year"
    );
}

#[test]
fn your_check_catches_every_fourth_year() {
    // The rule most people remember: it is wrong for 1900.
    assert!(
        check_fails_on(|year| year % 4 == 0),
        "your check passes on `year % 4 == 0`"
    );
}

#[test]
fn your_check_catches_the_forgotten_400_rule() {
    // Right for 1900, wrong for 2000.
    assert!(
        check_fails_on(|year| year % 4 == 0 && year % 100 != 0),
        "your check passes on `year % 4 == 0 && year % 100 != 0`"
    );
}

#[test]
fn your_check_catches_a_wrong_remainder() {
    // Right for centuries, wrong for other years.
    assert!(
        check_fails_on(|year| year % 400 == 0 || (year % 100 != 0 && year % 4 == 2)),
        "your check passes on `year % 4 == 2`"
    );
}

#[test]
fn checks_has_a_test_of_its_own() {
    // Asks this test binary which tests it has, as `cargo test -- --list` does.
    let exe = std::env::current_exe().unwrap();
    let listed = Command::new(exe)
        .args(["--list", "--format", "terse"])
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with("checks::") && l.ends_with(": test")),
        "no #[test] in the `checks` module; the tests are:\n{listed}"
    );
}
