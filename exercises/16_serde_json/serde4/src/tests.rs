// Tests for serde4. The grader checks that this file is unchanged.
use super::*;

fn record(id: u32, name: &str, active: bool) -> Record {
    Record {
        id,
        name: name.to_string(),
        active,
    }
}

#[test]
fn parses_good_lines() {
    let input = r#"{"id": 1, "name": "alpha", "active": true}

{"id": 2, "name": "beta", "active": false}
"#;
    assert_eq!(
        parse_lines(input).unwrap(),
        vec![record(1, "alpha", true), record(2, "beta", false)]
    );
    assert_eq!(parse_lines("").unwrap(), vec![]);
}

#[test]
fn broken_json_is_a_syntax_error_with_its_line() {
    let input = r#"{"id": 1, "name": "alpha", "active": true}
{"id": 2, "name": "beta" "active": false}
{"id": 3, "name": "gamma", "active": true}"#;
    let err = parse_lines(input).unwrap_err();
    assert_eq!(err.line, 2);
    // Like Go's *json.SyntaxError: the text is not JSON at all.
    assert!(err.source.is_syntax(), "got {err}");
    // `Error::source` hands out serde's error, as Go's `errors.Unwrap` does.
    let inner = Error::source(&err).expect("the source is serde's error");
    assert!(inner.downcast_ref::<serde_json::Error>().is_some());
    assert_eq!(inner.to_string(), err.source.to_string());
}

#[test]
fn a_wrong_type_is_a_data_error_with_its_line() {
    let input = r#"{"id": 1, "name": "alpha", "active": true}
{"id": 2, "name": "beta", "active": false}
{"id": "three", "name": "gamma", "active": true}"#;
    let err = parse_lines(input).unwrap_err();
    assert_eq!(err.line, 3);
    // Like Go's *json.UnmarshalTypeError: valid JSON, wrong shape.
    assert!(err.source.is_data(), "got {err}");
}

#[test]
fn a_cut_off_line_is_an_eof_error() {
    let err = parse_lines(r#"{"id": 1, "name": "al"#).unwrap_err();
    assert_eq!(err.line, 1);
    assert!(err.source.is_eof(), "got {err}");
}

#[test]
fn the_message_names_the_line() {
    let err = parse_lines("\n\n{\"id\": 1}").unwrap_err();
    assert_eq!(err.line, 3);
    assert!(
        err.to_string().starts_with("line 3: missing field `name`"),
        "got {err}"
    );
}
