// cargo1: make this crate build. The code is right: it uses the `serde_json`
// crate, but nothing tells Cargo to fetch and link it. Edit this crate's
// Cargo.toml (not lib.rs); the workspace already pins the version to use.
//
// Concept: a crate's dependencies are declared in its Cargo.toml, as a Go module's are in go.mod.

use serde_json::{Value, json};

/// A profile as JSON: `{"name": …, "languages": […]}`.
pub fn profile_json(name: &str, languages: &[&str]) -> String {
    json!({ "name": name, "languages": languages }).to_string()
}

/// The `"languages"` array of a profile, or `None` if the text is not JSON
/// or has no such array of strings.
pub fn languages_of(profile: &str) -> Option<Vec<String>> {
    let value: Value = serde_json::from_str(profile).ok()?;
    value["languages"]
        .as_array()?
        .iter()
        .map(|lang| lang.as_str().map(str::to_string))
        .collect()
}

#[cfg(test)]
#[path = "../../../../exercises/00_intro/cargo1/src/tests.rs"]
mod tests;
