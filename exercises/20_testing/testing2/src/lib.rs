// testing2: write the tests. `is_leap_year` is right; the `checks` module
// below is yours. `check_leap_year(is_leap)` must fail (panic) when `is_leap`
// gets a year wrong, and a `#[test]` in `checks` must run it on `is_leap_year`.
// The grader's tests also run your check on buggy versions: it must catch them.
//
// Concept: a test is a `#[test]` fn that fails by panicking (assert!, assert_eq!); `cargo test` finds and runs it.

/// True for a leap year of the Gregorian calendar: every fourth year, except
/// the years divisible by 100, except those divisible by 400.
pub fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Your tests. `#[cfg(test)]`: compiled only by `cargo test`.
#[cfg(test)]
pub mod checks {
    /// Panics when `is_leap` says a wrong thing about some year.
    pub fn check_leap_year(is_leap: fn(i32) -> bool) {
        let _ = is_leap;
    }
}

#[cfg(test)]
mod tests;
