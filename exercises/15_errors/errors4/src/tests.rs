// Tests for errors4. The grader checks that this file is unchanged.
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

#[test]
fn reads_a_port() {
    let path = temp_file("good.txt", "8080\n");
    assert_eq!(load_port(&path).unwrap(), 8080);
    std::fs::write(&path, "  443  ").unwrap();
    assert_eq!(load_port(&path).unwrap(), 443);
    std::fs::remove_file(path).unwrap();
}

#[test]
fn a_missing_file_is_an_io_error() {
    let path = scratch_path("missing");
    let err = load_port(&path.to_string_lossy()).unwrap_err();
    assert!(matches!(err, AppError::Io(_)), "got {err:?}");
}

#[test]
fn text_is_a_bad_number() {
    let path = temp_file("text.txt", "eighty\n");
    let err = load_port(&path).unwrap_err();
    assert!(matches!(err, AppError::BadNumber(_)), "got {err:?}");
    assert_eq!(
        err.to_string(),
        "the port is not a number: invalid digit found in string"
    );
    // Like Go's errors.Unwrap: the ParseIntError is still inside.
    assert!(err.source().is_some());
    std::fs::remove_file(path).unwrap();
}

#[test]
fn a_number_out_of_range_is_reported() {
    let path = temp_file("big.txt", "70000");
    let err = load_port(&path).unwrap_err();
    assert!(matches!(err, AppError::OutOfRange(70000)), "got {err:?}");
    std::fs::write(&path, "0").unwrap();
    let err = load_port(&path).unwrap_err();
    assert!(matches!(err, AppError::OutOfRange(0)), "got {err:?}");
    std::fs::remove_file(path).unwrap();
}
