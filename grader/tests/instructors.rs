//! An instructor's course of any shape: empty, imported exercises with
//! features and doc tests, slow runs, lints in the shared tests.

mod common;

use common::{Course, stderr, stdout};

/// Runs the grader and returns its exit code and text output.
fn grader(course: &Course, args: &[&str]) -> (Option<i32>, String) {
    let output = course.grader(args).output().unwrap();
    (
        output.status.code(),
        format!("{}{}", stdout(&output), stderr(&output)),
    )
}

#[test]
fn an_empty_course_starts_with_grader_new() {
    let course = Course::fixture("empty");
    let (code, out) = grader(&course, &["check"]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("no exercise yet"), "{out}");

    let (code, out) = grader(&course, &["new", "first", "--dir", "01_start"]);
    assert_eq!(code, Some(0), "{out}");
    let manifest = course.read("Cargo.toml");
    assert!(
        manifest.contains("members = [\"exercises/*/*\", \"solutions/*/*\", ]"),
        "{manifest}"
    );
    // The scaffold builds: check reports what is left to do, not a cargo failure.
    let (code, out) = grader(&course, &["check", "--update-hashes"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("placeholders are left at exercises/01_start/first/src/lib.rs:1"),
        "{out}"
    );
    assert!(out.contains("info.toml:"), "{out}");
    assert!(!out.contains("cargo metadata failed"), "{out}");
}

#[test]
fn an_empty_course_with_member_globs_is_not_a_cargo_error() {
    let course = Course::fixture("empty");
    course.write(
        "Cargo.toml",
        "[workspace]\nresolver = \"3\"\nmembers = [\"exercises/*/*\", \"solutions/*/*\"]\n",
    );
    let (code, out) = grader(&course, &["check"]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("no exercise yet"), "{out}");
}

#[test]
fn new_refuses_names_cargo_refuses() {
    let course = Course::fixture("empty");
    let (code, out) = grader(&course, &["new", "1st", "--dir", "01_x"]);
    assert_eq!(code, Some(2), "{out}");
    assert!(out.contains("must start with a letter"), "{out}");
    assert!(!course.path("exercises/01_x").exists());
}

/// The `more` fixture with its test hashes recorded; returns check's verdict.
fn check_more(course: &Course) -> (Option<i32>, String) {
    grader(course, &["check", "--update-hashes"])
}

#[test]
fn features_doc_tests_and_a_slow_first_run_are_judged_fairly() {
    let course = Course::fixture("more");
    let (code, out) = check_more(&course);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("3 sound"), "{out}");
    // Both crates of `stalls` timed out once among the parallel runs: each
    // was run again alone, as a learner would, before being judged.
    for side in ["exercises", "solutions"] {
        let mark = format!("{side}/01_import/stalls/target/stalled-once");
        assert!(course.path(&mark).exists(), "{mark}");
    }
}

#[test]
fn a_feature_gated_test_is_graded() {
    let course = Course::fixture("more");
    course.edit("info.toml", "features = [\"extra\"]\n", "");
    let (code, out) = check_more(&course);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("should fail with test-failure, but it gave passed"),
        "{out}"
    );
    // A feature that a crate does not declare is that exercise's defect.
    let course = Course::fixture("more");
    course.edit(
        "solutions/01_import/gated/Cargo.toml",
        "extra = []",
        "other = []",
    );
    let (code, out) = check_more(&course);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(
            "`features` in info.toml names extra that solutions/01_import/gated/Cargo.toml does not declare"
        ),
        "{out}"
    );
}

#[test]
fn doc_tests_need_the_solution_library_named_as_the_exercise() {
    let course = Course::fixture("more");
    course.edit(
        "solutions/01_import/documented/Cargo.toml",
        "\n[lib]\nname = \"documented\"\n",
        "",
    );
    let (code, out) = check_more(&course);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(
            "add `[lib] name = \"documented\"` to solutions/01_import/documented/Cargo.toml"
        ),
        "{out}"
    );
    assert!(out.contains("the solution does not pass"), "{out}");
}

#[test]
fn a_lint_in_the_shared_tests_is_blamed_on_the_tests_with_its_line() {
    let course = Course::new();
    course.edit(
        "exercises/01_basics/wrong/src/tests.rs",
        "assert_eq!(add(3, 0), 3);",
        "assert_eq!(add(3, 0), 3);\n    let v = [1];\n    for i in 0..v.len() {\n        assert_eq!(v[i], 1);\n    }",
    );
    let (code, out) = grader(&course, &["check", "--update-hashes"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("the shared tests exercises/01_basics/wrong/src/tests.rs are not clippy clean: needless_range_loop at exercises/01_basics/wrong/src/tests.rs:12"),
        "{out}"
    );
    assert!(!out.contains("the solution is not clippy clean"), "{out}");
}

#[test]
fn a_hung_test_is_named() {
    let course = Course::new();
    course.edit("solutions/01_basics/spins/src/lib.rs", "i += 1;", "i += 0;");
    let (code, out) = grader(&course, &["check", "--update-hashes"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(
            "the solution does not pass: timeout after 2s, also when run alone (still running: tests::counts)"
        ),
        "{out}"
    );
}

#[test]
fn an_inherited_backtrace_setting_does_not_reach_the_tests() {
    let course = Course::new();
    let output = course
        .grader(&["run", "wrong"])
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    let out = format!("{}{}", stdout(&output), stderr(&output));
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(out.contains("adds_small_numbers"), "{out}");
    assert!(!out.contains("stack backtrace"), "{out}");
}
