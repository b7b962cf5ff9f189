// Tests for errors1. The grader checks that this file is unchanged.
use super::*;

/// A path for `name` in a scratch folder inside this crate's `target/` (never
/// committed); the process id keeps runs apart.
fn scratch_path(name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-files");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(format!("{}-{name}", std::process::id()))
}

/// Writes `content` to a fresh file in a scratch folder and returns its path.
fn temp_file(name: &str, content: &str) -> String {
    let path = scratch_path(name);
    std::fs::write(&path, content).unwrap();
    path.to_string_lossy().into_owned()
}

/// A path where no file exists.
fn missing_file() -> String {
    let path = scratch_path("missing.txt");
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
