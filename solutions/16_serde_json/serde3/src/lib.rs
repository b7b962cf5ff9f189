// serde3: make the tests pass.
// Most fields of a server config may be left out of the JSON. serde treats a
// missing `Option` field as `None`, but every other field is required unless
// you give it a default. Add the defaults documented below, and leave
// `admin_email` out of the output when it is `None` (Go's `omitempty`).
//
// Concept: `#[serde(default)]` and `Option<T>` for optional JSON fields.

use serde::{Deserialize, Serialize};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct ServerConfig {
    /// Required.
    pub host: String,
    /// Default: 8080.
    #[serde(default = "default_port")]
    pub port: u16,
    /// Default: false.
    #[serde(default)]
    pub tls: bool,
    /// Default: no tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Optional: may be missing or `null`, and is not written when it is `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_email: Option<String>,
}

fn default_port() -> u16 {
    8080
}

pub fn parse_config(json: &str) -> Result<ServerConfig, serde_json::Error> {
    serde_json::from_str(json)
}

pub fn to_json(config: &ServerConfig) -> String {
    serde_json::to_string(config).expect("a ServerConfig always serializes")
}

#[cfg(test)]
#[path = "../../../../exercises/16_serde_json/serde3/src/tests.rs"]
mod tests;
