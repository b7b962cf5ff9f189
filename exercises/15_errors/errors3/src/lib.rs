// errors3: make this compile without changing the tests.
// `ConfigError` is our own error type. It says it is an error (`impl Error`),
// but the `Error` trait requires `Display`: the message a human reads.
// Implement `fmt::Display` for `ConfigError`, with the message shown on each variant.
//
// Concept: a custom error type is an enum that implements `Display` and `Error`.

use std::error::Error;
use std::fmt;

#[derive(Debug, PartialEq)]
pub enum ConfigError {
    /// The key is not in the config. Message: `missing key "port"`
    MissingKey(String),
    /// The value cannot be used. Message: `bad value "abc" for key "port"`
    BadValue { key: String, value: String },
    /// A line is not `key = value`. Message: `line 3: expected key = value`
    Malformed(usize),
}

impl Error for ConfigError {}

/// Finds `key` in a config made of `key = value` lines.
pub fn lookup<'a>(config: &'a str, key: &str) -> Result<&'a str, ConfigError> {
    for (index, line) in config.lines().enumerate() {
        let Some((k, v)) = line.split_once('=') else {
            return Err(ConfigError::Malformed(index + 1));
        };
        if k.trim() == key {
            return Ok(v.trim());
        }
    }
    Err(ConfigError::MissingKey(key.to_string()))
}

/// The port number from the config.
pub fn port(config: &str) -> Result<u16, ConfigError> {
    let value = lookup(config, "port")?;
    value.parse().map_err(|_| ConfigError::BadValue {
        key: "port".to_string(),
        value: value.to_string(),
    })
}

#[cfg(test)]
mod tests;
