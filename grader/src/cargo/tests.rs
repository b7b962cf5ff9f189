use super::doc_tests::is_rust_block;
use super::failures::{lock_message, still_waiting};
use super::*;

#[test]
fn only_rust_code_blocks_are_doc_tests() {
    for info in [
        "",
        "rust",
        "no_run",
        "should_panic",
        "ignore",
        "compile_fail,E0382",
        "edition2021",
    ] {
        assert!(is_rust_block(info), "{info}");
    }
    for info in ["text", "sh", "toml", "rust text"] {
        assert!(!is_rust_block(info), "{info}");
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("src")).unwrap();
    let lib = dir.path().join("src/lib.rs");
    std::fs::write(
        &lib,
        "/// ```text\n/// GET / HTTP/1.1\n/// ```\npub fn f() {}\n",
    )
    .unwrap();
    assert!(!has_doc_tests(dir.path()));
    std::fs::write(
        &lib,
        "/// ```text\n/// x\n/// ```\n///\n/// ```\n/// f();\n/// ```\npub fn f() {}\n",
    )
    .unwrap();
    assert!(has_doc_tests(dir.path()));
}

#[test]
fn module_paths_are_normalized() {
    let path = Path::new("solutions/t/x/src/../../../../exercises/t/x/src/tests.rs");
    assert_eq!(normalize(path), Path::new("exercises/t/x/src/tests.rs"));
    assert_eq!(normalize(Path::new("../a/./b")), Path::new("../a/b"));
}

#[test]
fn a_lock_counts_only_while_cargo_still_waits() {
    let waited =
        "   Blocking waiting for file lock on build directory\n   Compiling wrong v0.1.0\n";
    assert_eq!(still_waiting(waited), None);
    let waiting = "   Compiling a v0.1.0\n    Blocking waiting for file lock on package cache\n\n";
    assert_eq!(
        still_waiting(waiting),
        Some("Blocking waiting for file lock on package cache")
    );
    let message = lock_message(Path::new("/c"), still_waiting(waiting).unwrap(), 20);
    assert!(message.contains("package cache") && !message.contains("target/grader"));
}
