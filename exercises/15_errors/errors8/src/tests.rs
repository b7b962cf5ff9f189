// Tests for errors8. The grader checks that this file is unchanged.
use super::*;

/// A file of testdata/ (shared by the exercise and its solution).
fn data(name: &str) -> String {
    format!(
        "{}/../../../exercises/15_errors/errors8/testdata/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// Runs `linecount` with `args`: its status, its stdout and its stderr.
fn linecount(args: &[&str]) -> (ExitCode, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = run(args, &mut out, &mut err);
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (status, text(out), text(err))
}

#[test]
fn counts_the_lines_of_each_file() {
    let (three, empty, one) = (data("three.txt"), data("empty.txt"), data("one.txt"));
    let (status, out, err) = linecount(&[&three, &empty, &one]);
    assert_eq!(out, format!("3 {three}\n0 {empty}\n1 {one}\n"));
    assert_eq!(err, "");
    assert_eq!(status, ExitCode::SUCCESS);
}

#[test]
fn no_file_is_a_usage_error_with_status_2() {
    let (status, out, err) = linecount(&[]);
    assert_eq!(out, "");
    assert_eq!(err, "usage: linecount FILE...\n");
    assert_eq!(status, ExitCode::from(2));
}

#[test]
fn a_missing_file_is_reported_on_stderr_with_status_1() {
    let missing = data("missing.txt");
    let (status, out, err) = linecount(&[&missing]);
    assert_eq!(out, "");
    let why = std::fs::read_to_string(&missing).unwrap_err();
    assert_eq!(err, format!("linecount: {missing}: {why}\n"));
    assert_eq!(status, ExitCode::FAILURE);
}

#[test]
fn the_files_after_a_bad_one_are_still_counted() {
    let (three, missing, one) = (data("three.txt"), data("missing.txt"), data("one.txt"));
    let folder = data("");
    let (status, out, err) = linecount(&[&three, &missing, &one, &folder]);
    assert_eq!(out, format!("3 {three}\n1 {one}\n"));
    assert_eq!(err.lines().count(), 2, "one message per bad file: {err}");
    assert!(err.starts_with(&format!("linecount: {missing}: ")), "{err}");
    assert!(err.contains(&format!("linecount: {folder}: ")), "{err}");
    assert_eq!(status, ExitCode::FAILURE);
}
