// Tests for http1. The grader checks that this file is unchanged.
use super::*;
use serde_json::{Value, json};

/// The body parsed back from JSON, so the tests do not depend on spacing.
fn body_of(response: &Response) -> Value {
    assert_eq!(response.content_type, "application/json");
    serde_json::from_str(&response.body).expect("the body is valid JSON")
}

#[test]
fn known_users_are_200_with_a_json_body() {
    let response = get_user("/users/1");
    assert_eq!(response.status, 200);
    assert_eq!(
        body_of(&response),
        json!({"id": 1, "name": "John Doe", "email": "john@example.com"})
    );

    let response = get_user("/users/42");
    assert_eq!(response.status, 200);
    assert_eq!(body_of(&response)["name"], "Ferris");

    let response = get_user("/users/2");
    assert_eq!(response.status, 200);
    assert_eq!(
        body_of(&response),
        json!({"id": 2, "name": "Jane Roe", "email": "jane@example.com"})
    );
}

#[test]
fn ids_that_are_not_numbers_are_400() {
    for path in ["/users/abc", "/users/", "/users/12a", "/users/1.5"] {
        let response = get_user(path);
        assert_eq!(response.status, 400, "status for {path}");
        assert_eq!(body_of(&response), json!({"error": "invalid user id"}));
    }
}

#[test]
fn ids_out_of_range_for_u32_are_400() {
    // Negative, and one past u32::MAX: `parse::<u32>` rejects both.
    assert_eq!(get_user("/users/-1").status, 400);
    assert_eq!(get_user("/users/4294967296").status, 400);
}

#[test]
fn unknown_users_are_404() {
    let response = get_user("/users/7");
    assert_eq!(response.status, 404);
    assert_eq!(body_of(&response), json!({"error": "user not found"}));
    assert_eq!(get_user("/users/0").status, 404);
}

#[test]
fn other_paths_are_404() {
    assert_eq!(get_user("/posts/1").status, 404);
    assert_eq!(body_of(&get_user("/")), json!({"error": "not found"}));
}
