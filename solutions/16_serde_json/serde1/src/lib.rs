// serde1: make this compile without changing the tests.
// `parse_records` asks `serde_json` to build `Record`s out of JSON text, as
// Go's `json.Unmarshal` fills a struct. Make `Record` something serde can build.
//
// Concept: `#[derive(Deserialize)]` generates a type's JSON decoder at compile time.

use serde::Deserialize;

/// The article's benchmark record.
#[derive(Debug, PartialEq, Deserialize)]
pub struct Record {
    pub id: u32,
    pub name: String,
    pub active: bool,
}

/// Parses a JSON array of records.
pub fn parse_records(json: &str) -> Result<Vec<Record>, serde_json::Error> {
    serde_json::from_str(json)
}

/// The names of the active records, in order.
pub fn active_names(json: &str) -> Result<Vec<String>, serde_json::Error> {
    let records = parse_records(json)?;
    Ok(records
        .into_iter()
        .filter(|r| r.active)
        .map(|r| r.name)
        .collect())
}

#[cfg(test)]
#[path = "../../../../exercises/16_serde_json/serde1/src/tests.rs"]
mod tests;
