// iterators4: make the tests pass.
// Both functions should fail on the first line that is not a number, but they
// quietly drop or zero the bad lines, which hides broken input. An iterator of
// `Result`s can be collected (or summed) into ONE `Result`: the first `Err` stops it.
//
// Concept: `collect::<Result<Vec<_>, _>>()` turns many results into one, failing fast.

use std::num::ParseIntError;

/// Parses each line (spaces around it are fine) as a number.
pub fn parse_all(lines: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    lines.iter().map(|line| line.trim().parse()).collect()
}

/// The sum of all the lines, each parsed as a number.
pub fn sum_all(lines: &[&str]) -> Result<i32, ParseIntError> {
    lines.iter().map(|line| line.trim().parse::<i32>()).sum()
}

#[cfg(test)]
#[path = "../../../../exercises/17_iterators/iterators4/src/tests.rs"]
mod tests;
