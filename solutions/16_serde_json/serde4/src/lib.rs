// serde4: make the tests pass.
// `parse_lines` reads JSON Lines (one record per line) from outside the program,
// and it trusts the input: a bad line crashes it. Make it report the bad line
// as the tests describe.
//
// Concept: malformed input is an `Err` to return (with context), never a panic.

use serde::Deserialize;
use std::error::Error;
use std::fmt;

#[derive(Debug, PartialEq, Deserialize)]
pub struct Record {
    pub id: u32,
    pub name: String,
    pub active: bool,
}

/// Line `line` (counting from 1) is not a valid record.
#[derive(Debug)]
pub struct LineError {
    pub line: usize,
    pub source: serde_json::Error,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.source)
    }
}

impl Error for LineError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.source)
    }
}

/// Parses one record per line; blank lines are skipped.
pub fn parse_lines(input: &str) -> Result<Vec<Record>, LineError> {
    let mut records = Vec::new();
    for (index, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: Record = serde_json::from_str(line).map_err(|source| LineError {
            line: index + 1,
            source,
        })?;
        records.push(record);
    }
    Ok(records)
}

#[cfg(test)]
#[path = "../../../../exercises/16_serde_json/serde4/src/tests.rs"]
mod tests;
