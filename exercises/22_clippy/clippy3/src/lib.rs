// clippy3: the tests pass, but `cargo clippy` does not. Make it clean.
// Each function spells out "the parsed value, or a default when parsing
// failed" as a `match`, the way Go writes `if err != nil { port = 8080 }`.
// `Result` has a method that says it in one call.
//
// Concept: `.unwrap_or(default)` replaces a `match` that only supplies a fallback value.

/// The port from a config value, 8080 when it is missing or not a port number.
pub fn port_or_default(value: &str) -> u16 {
    match value.trim().parse::<u16>() {
        Ok(port) => port,
        Err(_) => 8080,
    }
}

/// A timeout in seconds from a config value, 30 when it is not a number.
pub fn timeout_secs(value: &str) -> u64 {
    match value.trim().parse::<u64>() {
        Ok(secs) => secs,
        Err(_) => 30,
    }
}

#[cfg(test)]
mod tests;
