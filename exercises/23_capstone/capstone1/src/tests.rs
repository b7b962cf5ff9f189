// Tests for capstone1. The grader checks that this file is unchanged.
use super::*;
use serde_json::json;
use std::collections::HashSet;
use std::sync::Mutex;
use std::thread::ThreadId;

/// One JSON line; every third record (ids 1, 4, 7, ...) is active.
fn record_line(id: u32) -> String {
    json!({"id": id, "name": format!("user{id}"), "active": id % 3 == 1}).to_string()
}

/// `n` valid records with ids 1..=n, one per line.
fn generate(n: u32) -> Vec<String> {
    (1..=n).map(record_line).collect()
}

/// Keeps every record.
fn all(_: &Record) -> bool {
    true
}

fn record(id: u32, name: &str, active: bool) -> Record {
    Record {
        id,
        name: name.to_string(),
        active,
    }
}

#[test]
fn summarizes_thousands_of_records() {
    let input = generate(3000).join("\n");
    let summary = summarize(&input, 4, all).unwrap();
    assert_eq!(summary.records, 3000);
    assert_eq!(summary.active, 1000);
    assert_eq!(summary.max_id, 3000);
    // "user1000" is the first name with 8 characters.
    assert_eq!(summary.longest_name, "user1000");
}

#[test]
fn the_worker_count_does_not_change_the_result() {
    let input = generate(1001).join("\n");
    let expected = Summary {
        records: 1001,
        active: 334,
        max_id: 1001,
        longest_name: "user1000".to_string(),
    };
    for workers in [1, 2, 3, 7, 16] {
        assert_eq!(
            summarize(&input, workers, all).unwrap(),
            expected,
            "{workers} workers"
        );
    }
}

#[test]
fn only_the_records_kept_by_the_filter_count() {
    let input = generate(100).join("\n");
    let summary = summarize(&input, 3, |r| r.id % 2 == 0).unwrap();
    // Even ids 2..=100; active ones are 4, 10, 16, ..., 100 (id % 6 == 4).
    assert_eq!(summary.records, 50);
    assert_eq!(summary.active, 17);
    assert_eq!(summary.max_id, 100);
    assert_eq!(summary.longest_name, "user100");

    let summary = summarize(&input, 4, |r| r.id < 10).unwrap();
    assert_eq!((summary.records, summary.active, summary.max_id), (9, 3, 9));
    assert_eq!(summary.longest_name, "user1");
}

#[test]
fn more_workers_than_records_and_empty_input() {
    let summary = summarize(&generate(3).join("\n"), 8, all).unwrap();
    assert_eq!((summary.records, summary.active, summary.max_id), (3, 1, 3));
    assert_eq!(summarize("", 4, all).unwrap(), Summary::default());
}

#[test]
fn merge_adds_a_later_summary() {
    let mut first = Summary::default();
    first.add(&record(7, "ann", true));
    first.add(&record(2, "bo", false));
    let mut later = Summary::default();
    later.add(&record(5, "cy", true));
    later.add(&record(9, "dee", true));
    first.merge(later);
    assert_eq!(
        first,
        Summary {
            records: 4,
            active: 3,
            max_id: 9,
            // "ann" and "dee" are both 3 long: the earlier one stays.
            longest_name: "ann".to_string(),
        }
    );

    let mut empty = Summary::default();
    empty.merge(first);
    assert_eq!((empty.records, empty.active, empty.max_id), (4, 3, 9));
    assert_eq!(empty.longest_name, "ann");
}

#[test]
fn merge_takes_a_longer_later_name() {
    let mut first = Summary::default();
    first.add(&record(1, "al", false));
    let mut later = Summary::default();
    later.add(&record(1, "alice", false));
    first.merge(later);
    assert_eq!(first.longest_name, "alice");
    assert_eq!((first.records, first.active, first.max_id), (2, 0, 1));
}

#[test]
fn a_malformed_record_is_an_error_with_its_line_number() {
    let mut lines = generate(3000);
    lines[1233] = r#"{"id": "oops", "name": "bad", "active": true}"#.to_string();
    let err = summarize(&lines.join("\n"), 4, all).unwrap_err();
    let SummaryError::Malformed { line, .. } = &err else {
        panic!("expected Malformed, got {err:?}");
    };
    assert_eq!(*line, 1234);
    assert!(
        err.to_string().starts_with("line 1234: malformed record"),
        "{err}"
    );
    assert!(err.source().is_some());
}

#[test]
fn the_first_malformed_line_is_reported() {
    let mut lines = generate(3000);
    lines[2499] = "not json at all".to_string();
    lines[9] = r#"{"id": 10, "name": "no active field"}"#.to_string();
    for workers in [1, 4] {
        match summarize(&lines.join("\n"), workers, all) {
            Err(SummaryError::Malformed { line, .. }) => assert_eq!(line, 10),
            other => panic!("expected Malformed at line 10, got {other:?}"),
        }
    }
}

#[test]
fn zero_workers_is_an_error() {
    let err = summarize(&generate(5).join("\n"), 0, all).unwrap_err();
    assert!(matches!(err, SummaryError::NoWorkers));
    assert_eq!(err.to_string(), "at least one worker is needed");
    assert!(err.source().is_none());
}

#[test]
fn each_worker_filters_its_own_chunk() {
    // A plain loop gives the same summary: this checks that `keep` ran on
    // 4 spawned threads, each seeing 250 neighbouring records.
    static CALLS: Mutex<Vec<(ThreadId, u32)>> = Mutex::new(Vec::new());
    fn recorded(r: &Record) -> bool {
        CALLS.lock().unwrap().push((thread::current().id(), r.id));
        r.active
    }
    let summary = summarize(&generate(1000).join("\n"), 4, recorded).unwrap();
    assert_eq!((summary.records, summary.active), (334, 334));

    let calls = CALLS.lock().unwrap();
    assert_eq!(calls.len(), 1000);
    let threads: HashSet<ThreadId> = calls.iter().map(|&(id, _)| id).collect();
    assert_eq!(threads.len(), 4, "4 workers, 4 threads");
    assert!(
        !threads.contains(&thread::current().id()),
        "`keep` was called on the test's own thread: the workers must filter"
    );
    for thread in threads {
        let mut ids: Vec<u32> = calls
            .iter()
            .filter(|&&(id, _)| id == thread)
            .map(|&(_, id)| id)
            .collect();
        ids.sort_unstable();
        assert_eq!(ids.len(), 250);
        assert_eq!(ids[249] - ids[0], 249, "one chunk of neighbouring lines");
    }
}
