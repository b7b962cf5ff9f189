// cargo2: make the tests build and pass by editing this crate's Cargo.toml
// (not this file). `Report::to_json` exists only when the crate is built with
// its `json` feature, and `cargo test` (which the grader runs, with no
// `--features`) builds it without. Make the crate build with `json` every time.
//
// Concept: Cargo features switch code and optional dependencies on at compile time, like Go build tags.

/// The result of a test run.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub passed: u32,
    pub failed: u32,
    pub failures: Vec<String>,
}

impl Report {
    /// One line for a terminal, always available.
    pub fn to_text(&self) -> String {
        let mut text = format!("{} passed, {} failed", self.passed, self.failed);
        if !self.failures.is_empty() {
            text.push_str(&format!(": {}", self.failures.join(", ")));
        }
        text
    }

    /// The report as JSON, for a CI server. Only built with the `json`
    /// feature, which also brings in the optional `serde_json` dependency:
    /// a build without it compiles less and links one crate less.
    #[cfg(feature = "json")]
    pub fn to_json(&self) -> String {
        serde_json::json!({
            "passed": self.passed,
            "failed": self.failed,
            "failures": self.failures,
        })
        .to_string()
    }
}

#[cfg(test)]
#[path = "../../../../exercises/00_intro/cargo2/src/tests.rs"]
mod tests;
