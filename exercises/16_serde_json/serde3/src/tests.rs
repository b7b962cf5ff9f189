// Tests for serde3. The grader checks that this file is unchanged.
use super::*;

#[test]
fn parses_a_full_config() {
    let json = r#"{"host": "example.com", "port": 443, "tls": true,
                   "tags": ["web", "eu"], "admin_email": "ops@example.com"}"#;
    assert_eq!(
        parse_config(json).unwrap(),
        ServerConfig {
            host: "example.com".to_string(),
            port: 443,
            tls: true,
            tags: vec!["web".to_string(), "eu".to_string()],
            admin_email: Some("ops@example.com".to_string()),
        }
    );
}

#[test]
fn missing_fields_get_their_defaults() {
    assert_eq!(
        parse_config(r#"{"host": "localhost"}"#).unwrap(),
        ServerConfig {
            host: "localhost".to_string(),
            port: 8080,
            tls: false,
            tags: vec![],
            admin_email: None,
        }
    );
}

#[test]
fn some_fields_given_and_some_defaulted() {
    let config = parse_config(r#"{"host": "a.test", "tls": true, "admin_email": null}"#).unwrap();
    assert_eq!(config.port, 8080);
    assert!(config.tls);
    assert!(config.tags.is_empty());
    assert_eq!(config.admin_email, None);
}

#[test]
fn host_is_still_required() {
    assert!(parse_config(r#"{"port": 80}"#).is_err());
    assert!(parse_config("{}").is_err());
}

#[test]
fn a_missing_admin_email_is_not_written() {
    let config = parse_config(r#"{"host": "localhost"}"#).unwrap();
    assert_eq!(
        to_json(&config),
        r#"{"host":"localhost","port":8080,"tls":false,"tags":[]}"#
    );
}

#[test]
fn a_present_admin_email_is_written() {
    let config = parse_config(r#"{"host": "h", "admin_email": "me@h"}"#).unwrap();
    assert_eq!(
        to_json(&config),
        r#"{"host":"h","port":8080,"tls":false,"tags":[],"admin_email":"me@h"}"#
    );
}
