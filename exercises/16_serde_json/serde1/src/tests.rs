// Tests for serde1. The grader checks that this file is unchanged.
use super::*;

const RECORDS: &str = r#"[
    {"id": 1, "name": "alpha", "active": true},
    {"id": 2, "name": "beta", "active": false},
    {"id": 3, "name": "gamma", "active": true}
]"#;

fn record(id: u32, name: &str, active: bool) -> Record {
    Record {
        id,
        name: name.to_string(),
        active,
    }
}

#[test]
fn parses_records() {
    assert_eq!(
        parse_records(RECORDS).unwrap(),
        vec![
            record(1, "alpha", true),
            record(2, "beta", false),
            record(3, "gamma", true)
        ]
    );
}

#[test]
fn parses_an_empty_array() {
    assert_eq!(parse_records("[]").unwrap(), vec![]);
}

#[test]
fn keeps_the_active_names() {
    assert_eq!(active_names(RECORDS).unwrap(), vec!["alpha", "gamma"]);
    assert_eq!(
        active_names(r#"[{"id": 9, "name": "solo", "active": true}]"#).unwrap(),
        vec!["solo"]
    );
}

#[test]
fn wrong_types_are_errors() {
    // Go's json.Unmarshal also rejects a string for an int (and -1 for an
    // unsigned field); serde checks every field's type.
    assert!(parse_records(r#"[{"id": "one", "name": "x", "active": true}]"#).is_err());
    assert!(parse_records(r#"[{"id": -1, "name": "x", "active": true}]"#).is_err());
    assert!(parse_records(r#"[{"id": 1, "name": "x", "active": "yes"}]"#).is_err());
}
