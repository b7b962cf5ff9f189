// Tests for capstone1. The grader checks that this file is unchanged.
use super::*;
use serde_json::json;

/// One JSON line; every third record (ids 1, 4, 7, ...) is active.
fn record_line(id: u32) -> String {
    json!({"id": id, "name": format!("user{id}"), "active": id % 3 == 1}).to_string()
}

/// `n` valid records with ids 1..=n, one per line.
fn generate(n: u32) -> Vec<String> {
    (1..=n).map(record_line).collect()
}

#[test]
fn summarizes_thousands_of_records() {
    let input = generate(3000).join("\n");
    let summary = summarize(&input, 4).unwrap();
    assert_eq!(summary.records, 3000);
    assert_eq!(summary.active, 1000);
    assert_eq!(summary.max_id, 3000);
    // "user1000" is the first name with 8 characters.
    assert_eq!(summary.longest_name, "user1000");
}

#[test]
fn the_worker_count_does_not_change_the_result() {
    let input = generate(1001).join("\n");
    let expected = summarize(&input, 1).unwrap();
    assert_eq!(expected.records, 1001);
    for workers in [2, 3, 7, 16] {
        assert_eq!(
            summarize(&input, workers).unwrap(),
            expected,
            "{workers} workers"
        );
    }
}

#[test]
fn more_workers_than_records_and_empty_input() {
    let summary = summarize(&generate(3).join("\n"), 8).unwrap();
    assert_eq!((summary.records, summary.active, summary.max_id), (3, 1, 3));
    assert_eq!(summarize("", 4).unwrap(), Summary::default());
}

#[test]
fn a_malformed_record_is_an_error_with_its_line_number() {
    let mut lines = generate(3000);
    lines[1233] = r#"{"id": "oops", "name": "bad", "active": true}"#.to_string();
    let err = summarize(&lines.join("\n"), 4).unwrap_err();
    let SummaryError::Malformed { line, .. } = &err else {
        panic!("expected Malformed, got {err:?}");
    };
    assert_eq!(*line, 1234);
    assert!(
        err.to_string().starts_with("line 1234: malformed record"),
        "{err}"
    );
}

#[test]
fn the_first_malformed_line_is_reported() {
    let mut lines = generate(3000);
    lines[2499] = "not json at all".to_string();
    lines[9] = r#"{"id": 10, "name": "no active field"}"#.to_string();
    for workers in [1, 4] {
        match summarize(&lines.join("\n"), workers) {
            Err(SummaryError::Malformed { line, .. }) => assert_eq!(line, 10),
            other => panic!("expected Malformed at line 10, got {other:?}"),
        }
    }
}

#[test]
fn zero_workers_is_an_error() {
    assert!(matches!(
        summarize(&generate(5).join("\n"), 0),
        Err(SummaryError::NoWorkers)
    ));
}
