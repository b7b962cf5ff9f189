// option3: make the tests pass. `port` and `greeting` turn "missing" or
// "invalid" into a zero value, the Go way, and so give wrong answers.
// `timeout_ms` is correct: it shows the Rust way.
//
// Concept: Option combinators (`map`, `and_then`, `unwrap_or`) instead of zero values.

use std::collections::HashMap;

/// Settings read from a config file, such as "port" => "8000".
pub type Config = HashMap<String, String>;

/// How long to wait, in milliseconds: the "timeout" setting is in seconds.
/// `None` when the setting is missing or is not a number.
/// (This one is correct: use it as a model.)
pub fn timeout_ms(config: &Config) -> Option<u64> {
    config
        .get("timeout")
        .and_then(|text| text.parse::<u64>().ok())
        .map(|seconds| seconds * 1000)
}

/// The port to listen on: the "port" setting when it is a valid port number, else 8080.
pub fn port(config: &Config) -> u16 {
    config
        .get("port")
        .and_then(|text| text.parse().ok())
        .unwrap_or(8080)
}

/// "Hello, Ann!" when the "user" setting is "Ann", "Hello, stranger!" when there is none.
pub fn greeting(config: &Config) -> String {
    let user = config.get("user").map(String::as_str).unwrap_or("stranger");
    format!("Hello, {user}!")
}

#[cfg(test)]
#[path = "../../../../exercises/04_option/option3/src/tests.rs"]
mod tests;
