// Tests for option4. The grader checks that this file is unchanged.
use super::*;

fn pair(key: &str, value: &str) -> (String, String) {
    (key.to_string(), value.to_string())
}

#[test]
fn parses_settings() {
    let text = "host = example.com\nport=8080\n";
    assert_eq!(
        parse_settings(text),
        vec![pair("host", "example.com"), pair("port", "8080")]
    );
}

#[test]
fn skips_blank_lines_comments_and_junk() {
    let text = "# my server\n\nname = web\nthis line has no equals sign\nworkers = 4\n";
    assert_eq!(
        parse_settings(text),
        vec![pair("name", "web"), pair("workers", "4")]
    );
    assert!(parse_settings("just junk").is_empty());
    // A comment is skipped even when it contains an '='.
    assert!(parse_settings("# default: port = 80").is_empty());
}

#[test]
fn an_equals_sign_makes_a_setting_even_with_empty_parts() {
    // Empty keys and values are real settings: "empty" cannot mean "not a setting".
    let text = "=\nempty =\n= x\nno equals\n";
    assert_eq!(
        parse_settings(text),
        vec![pair("", ""), pair("empty", ""), pair("", "x")]
    );
}

#[test]
fn finds_the_port() {
    assert_eq!(port_of("localhost:8080"), Ok(8080));
    assert_eq!(port_of("example.com:443"), Ok(443));
    assert_eq!(port_of(":22"), Ok(22));
    // 0 is a port number too: it cannot also mean "no port".
    assert_eq!(port_of("localhost:0"), Ok(0));
    assert_eq!(port_of("host:65535"), Ok(65535));
}

#[test]
fn no_port_is_an_error() {
    assert!(port_of("localhost").is_err());
    assert!(port_of("").is_err());
}

#[test]
fn a_bad_port_is_an_error() {
    assert!(port_of("localhost:http").is_err());
    assert!(port_of("localhost:99999").is_err());
    assert!(port_of("localhost:").is_err());
    assert!(port_of("localhost:-1").is_err());
}
