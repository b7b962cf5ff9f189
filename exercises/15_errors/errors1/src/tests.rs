// Tests for errors1. The grader checks that this file is unchanged.
use super::*;

/// Writes `content` to a fresh file in the system's temp folder and returns its path.
fn temp_file(name: &str, content: &str) -> String {
    let path = std::env::temp_dir().join(format!("errors1-{}-{name}", std::process::id()));
    std::fs::write(&path, content).unwrap();
    path.to_string_lossy().into_owned()
}

/// A path where no file exists.
fn missing_file() -> String {
    let path = std::env::temp_dir().join(format!("errors1-{}-missing.txt", std::process::id()));
    path.to_string_lossy().into_owned()
}

#[test]
fn reads_an_existing_file() {
    let path = temp_file("hello.txt", "hello\nworld\n");
    match read_file(&path) {
        Ok(content) => assert_eq!(content, "hello\nworld\n"),
        Err(e) => panic!("expected the content, got the error: {e}"),
    }
    std::fs::remove_file(path).unwrap();
}

#[test]
fn reads_another_file() {
    let path = temp_file("config.txt", "port = 8080\n");
    match read_file(&path) {
        Ok(content) => assert_eq!(content, "port = 8080\n"),
        Err(e) => panic!("expected the content, got the error: {e}"),
    }
    std::fs::remove_file(path).unwrap();
}

#[test]
fn a_missing_file_is_an_err_not_a_panic() {
    match read_file(&missing_file()) {
        Ok(content) => panic!("expected an error, got the content {content:?}"),
        Err(e) => assert_eq!(e.kind(), io::ErrorKind::NotFound),
    }
}

#[test]
fn describe_shows_the_content() {
    let path = temp_file("describe.txt", "Rust and Go\n");
    assert_eq!(describe(&path), "File content: Rust and Go");
    std::fs::remove_file(path).unwrap();
}

#[test]
fn describe_reports_a_missing_file() {
    let message = describe(&missing_file());
    assert!(
        message.starts_with("Error reading file: "),
        "got {message:?}"
    );
}
