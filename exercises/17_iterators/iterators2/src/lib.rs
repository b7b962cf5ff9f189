// iterators2: make the tests pass.
// `collect` can build a map from `(key, value)` pairs, as `index_by_id` does.
// But a map holds one value per key: when a key comes again, `collect` keeps the
// LAST value, like Go's `m[k] = v`. So `word_counts` says every word appears once.
// Fix `word_counts` so it adds up the counts.
//
// Concept: `collect` into a map inserts pairs (last wins); counting needs the entry API.

use std::collections::HashMap;

#[derive(Debug, PartialEq)]
pub struct Record {
    pub id: u32,
    pub name: String,
}

/// Each record's name, looked up by its id.
pub fn index_by_id(records: &[Record]) -> HashMap<u32, &str> {
    records.iter().map(|r| (r.id, r.name.as_str())).collect()
}

/// How many times each word appears in `text`, ignoring case.
pub fn word_counts(text: &str) -> HashMap<String, usize> {
    text.split_whitespace()
        .map(|word| (word.to_lowercase(), 1))
        .collect()
}

#[cfg(test)]
mod tests;
