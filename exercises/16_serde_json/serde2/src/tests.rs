// Tests for serde2. The grader checks that this file is unchanged.
use super::*;

fn ann() -> Account {
    Account {
        user_id: 7,
        display_name: "Ann".to_string(),
        is_active: true,
        kind: "admin".to_string(),
    }
}

#[test]
fn parses_the_services_json() {
    let json = r#"{"userId": 7, "displayName": "Ann", "isActive": true, "type": "admin"}"#;
    assert_eq!(parse_account(json).unwrap(), ann());
}

#[test]
fn parses_another_account() {
    let json = r#"{"type": "guest", "isActive": false, "displayName": "Bo", "userId": 12}"#;
    let account = parse_account(json).unwrap();
    assert_eq!(account.user_id, 12);
    assert_eq!(account.display_name, "Bo");
    assert!(!account.is_active);
    assert_eq!(account.kind, "guest");
}

#[test]
fn writes_the_services_json() {
    // Field order follows the struct; the names follow the service.
    assert_eq!(
        to_json(&ann()),
        r#"{"userId":7,"displayName":"Ann","isActive":true,"type":"admin"}"#
    );
}

#[test]
fn names_are_exact() {
    // Unlike Go's encoding/json, serde does not match names case-insensitively:
    // "UserID" is not "userId", so that field is missing.
    let json = r#"{"UserID": 7, "displayName": "Ann", "isActive": true, "type": "admin"}"#;
    assert!(parse_account(json).is_err());
}
