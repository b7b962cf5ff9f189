// iterators4: make the tests pass.
// Both functions should fail on the first line that is not a number, but they
// quietly drop or zero the bad lines, which hides broken input. Make them
// report the first bad line, and keep them iterator chains.
//
// Concept: an iterator chain can fail: the first error stops the whole chain.

use std::num::ParseIntError;

/// Parses each line (spaces around it are fine) as a number.
pub fn parse_all(lines: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    Ok(lines
        .iter()
        .filter_map(|line| line.trim().parse().ok())
        .collect())
}

/// The sum of all the lines, each parsed as a number.
pub fn sum_all(lines: &[&str]) -> Result<i32, ParseIntError> {
    Ok(lines
        .iter()
        .map(|line| line.trim().parse::<i32>().unwrap_or(0))
        .sum())
}

#[cfg(test)]
mod tests;
