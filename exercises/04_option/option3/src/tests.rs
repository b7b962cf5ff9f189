// Tests for option3. The grader checks that this file is unchanged.
use super::*;

/// Builds a Config from pairs, e.g. `config(&[("port", "8000")])`.
fn config(pairs: &[(&str, &str)]) -> Config {
    pairs
        .iter()
        .map(|(key, value)| (key.to_string(), value.to_string()))
        .collect()
}

#[test]
fn timeout_in_milliseconds() {
    assert_eq!(timeout_ms(&config(&[("timeout", "3")])), Some(3000));
    assert_eq!(timeout_ms(&config(&[])), None);
    assert_eq!(timeout_ms(&config(&[("timeout", "soon")])), None);
}

#[test]
fn port_from_the_config() {
    assert_eq!(port(&config(&[("port", "8000")])), 8000);
    assert_eq!(port(&config(&[("port", "443")])), 443);
}

#[test]
fn port_defaults_to_8080_when_missing() {
    assert_eq!(port(&config(&[])), 8080);
    assert_eq!(port(&config(&[("user", "Ann")])), 8080);
}

#[test]
fn port_defaults_to_8080_when_invalid() {
    // Not a number, and too big for a port (a u16): both fail to parse.
    assert_eq!(port(&config(&[("port", "http")])), 8080);
    assert_eq!(port(&config(&[("port", "70000")])), 8080);
}

#[test]
fn greets_the_user() {
    assert_eq!(greeting(&config(&[("user", "Ann")])), "Hello, Ann!");
    assert_eq!(greeting(&config(&[("user", "Rob")])), "Hello, Rob!");
}

#[test]
fn greets_a_stranger_when_there_is_no_user() {
    assert_eq!(greeting(&config(&[])), "Hello, stranger!");
    assert_eq!(greeting(&config(&[("port", "80")])), "Hello, stranger!");
}
