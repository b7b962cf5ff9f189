// serde2: make the tests pass.
// The accounts service speaks camelCase JSON (`userId`, `displayName`, ...) and
// calls one field `type`, a Rust keyword. Our struct uses Rust's snake_case names,
// so serde looks for `user_id` and finds nothing. Tell serde the JSON names.
//
// Concept: `#[serde(rename = "...")]` and `rename_all` play the role of Go's `json:"..."` tags.

use serde::{Deserialize, Serialize};

/// An account as the service sends it:
/// `{"userId": 7, "displayName": "Ann", "isActive": true, "type": "admin"}`
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Account {
    pub user_id: u32,
    pub display_name: String,
    pub is_active: bool,
    pub kind: String,
}

pub fn parse_account(json: &str) -> Result<Account, serde_json::Error> {
    serde_json::from_str(json)
}

/// The account as JSON, in the service's format, to send it back.
pub fn to_json(account: &Account) -> String {
    serde_json::to_string(account).expect("an Account always serializes")
}

#[cfg(test)]
mod tests;
