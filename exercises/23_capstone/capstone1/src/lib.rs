// capstone1: make the tests pass.
// The article's benchmark task: parse many JSON records, one per line, on
// several threads, keep those a filter accepts, and summarize them. Today the
// threads only parse, everything else runs on the calling thread, and a
// malformed line crashes the program. Several things need fixing: let the
// tests tell you which.
//
// Concept: map-reduce with threads: each worker filters and summarizes its own chunk, errors come back as values, partial results merge in input order.

use serde::Deserialize;
use std::error::Error;
use std::fmt;
use std::thread;

/// The record of the article's "Comparative Benchmarks" section.
#[derive(Debug, Deserialize, PartialEq)]
pub struct Record {
    pub id: u32,
    pub name: String,
    pub active: bool,
}

#[derive(Debug, Default, PartialEq)]
pub struct Summary {
    pub records: usize,
    pub active: usize,
    pub max_id: u32,
    /// The longest name; on a tie, the one that comes first in the input.
    pub longest_name: String,
}

impl Summary {
    pub fn add(&mut self, record: &Record) {
        self.records += 1;
        if record.active {
            self.active += 1;
        }
        self.max_id = self.max_id.max(record.id);
        if record.name.len() > self.longest_name.len() {
            self.longest_name = record.name.clone();
        }
    }

    /// Adds the summary of the records that come after ours in the input.
    pub fn merge(&mut self, later: Summary) {
        self.records += later.records;
        self.max_id = self.max_id.max(later.max_id);
        if later.longest_name.len() >= self.longest_name.len() {
            self.longest_name = later.longest_name;
        }
    }
}

#[derive(Debug)]
pub enum SummaryError {
    /// Line `line` (counting from 1) is not a valid record.
    Malformed {
        line: usize,
        source: serde_json::Error,
    },
    NoWorkers,
}

impl fmt::Display for SummaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SummaryError::Malformed { line, source } => {
                write!(f, "line {line}: malformed record: {source}")
            }
            SummaryError::NoWorkers => write!(f, "at least one worker is needed"),
        }
    }
}

impl Error for SummaryError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            SummaryError::Malformed { source, .. } => Some(source),
            SummaryError::NoWorkers => None,
        }
    }
}

/// Parses line number `line_no` (counting from 1) of the input.
pub fn parse_record(line_no: usize, line: &str) -> Result<Record, SummaryError> {
    serde_json::from_str(line).map_err(|source| SummaryError::Malformed {
        line: line_no,
        source,
    })
}

/// Summarizes the newline-separated JSON records of `input` for which `keep`
/// returns true, using `workers` threads: each thread parses, filters and
/// summarizes its own chunk of lines.
pub fn summarize(
    input: &str,
    workers: usize,
    keep: fn(&Record) -> bool,
) -> Result<Summary, SummaryError> {
    if workers == 0 {
        return Err(SummaryError::NoWorkers);
    }
    let lines: Vec<&str> = input.lines().collect();
    let chunk_size = lines.len().div_ceil(workers).max(1);

    thread::scope(|s| {
        // Start one thread per chunk of lines.
        let handles: Vec<_> = lines
            .chunks(chunk_size)
            .enumerate()
            .map(|(i, chunk)| {
                let first_line = i * chunk_size + 1;
                s.spawn(move || {
                    let mut records = Vec::new();
                    for (j, line) in chunk.iter().enumerate() {
                        records.push(parse_record(first_line + j, line).unwrap());
                    }
                    records
                })
            })
            .collect();

        // Filter and summarize every record here, on the calling thread.
        let mut total = Summary::default();
        for handle in handles {
            for record in handle.join().expect("a worker thread panicked") {
                if keep(&record) {
                    total.add(&record);
                }
            }
        }
        Ok(total)
    })
}

#[cfg(test)]
mod tests;
