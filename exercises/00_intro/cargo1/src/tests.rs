// Tests for cargo1. The grader checks that this file is unchanged.
use super::*;

#[test]
fn a_profile_becomes_json() {
    assert_eq!(
        profile_json("Ann", &["Go", "Rust"]),
        r#"{"languages":["Go","Rust"],"name":"Ann"}"#
    );
    assert_eq!(profile_json("Rob", &[]), r#"{"languages":[],"name":"Rob"}"#);
}

#[test]
fn quotes_and_backslashes_are_escaped() {
    assert_eq!(
        profile_json(r#"Zoë "Z" \o/"#, &["C++"]),
        r#"{"languages":["C++"],"name":"Zoë \"Z\" \\o/"}"#
    );
}

#[test]
fn languages_are_read_back() {
    let json = profile_json("Ann", &["Go", "Rust", "a \"quoted\" one"]);
    assert_eq!(
        languages_of(&json),
        Some(vec![
            "Go".to_string(),
            "Rust".to_string(),
            "a \"quoted\" one".to_string()
        ])
    );
}

#[test]
fn any_json_layout_is_understood() {
    let text = r#" { "name" : "Kim",
                     "team": {"size": 3, "tags": ["x", "y"]},
                     "languages" : [ "Zig", "OCaml\u00e9" ] } "#;
    assert_eq!(
        languages_of(text),
        Some(vec!["Zig".to_string(), "OCamlé".to_string()])
    );
}

#[test]
fn bad_input_gives_none() {
    assert_eq!(languages_of("not json"), None);
    assert_eq!(languages_of(r#"{"name": "Ann"}"#), None);
    assert_eq!(languages_of(r#"{"languages": ["Go", 42]}"#), None);
    assert_eq!(languages_of(r#"{"languages": ["Go""#), None);
}
