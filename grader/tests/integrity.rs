//! A pass is earned: every shipped test ran in the harness and reported `ok`.
//! Each generic cheat a learner might try on the fixture course is refused
//! with a message that says what to undo; honest work still passes.

mod common;

use common::{Course, stderr, stdout};

const LIB: &str = "exercises/01_basics/wrong/src/lib.rs";
const FIXED: (&str, &str) = ("a - b", "a + b");

/// `grader run wrong` after applying `edit` to its lib.rs: exit code and output.
fn run_wrong(course: &Course) -> (Option<i32>, String) {
    let output = course.grader(&["run", "wrong"]).output().unwrap();
    (output.status.code(), stdout(&output))
}

fn append(course: &Course, file: &str, text: &str) {
    let before = course.read(file);
    course.write(file, &format!("{before}\n{text}"));
}

#[test]
fn the_honest_fix_passes() {
    let course = Course::new();
    course.edit(LIB, FIXED.0, FIXED.1);
    let (code, out) = run_wrong(&course);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("wrong passes"), "{out}");
}

#[test]
fn a_learners_own_extra_test_is_fine() {
    let course = Course::new();
    course.edit(LIB, FIXED.0, FIXED.1);
    append(
        &course,
        LIB,
        "#[cfg(test)]\nmod mine {\n    #[test]\n    fn my_own() {\n        assert_eq!(super::add(1, 1), 2);\n    }\n}\n",
    );
    let (code, out) = run_wrong(&course);
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn an_early_exit_is_not_a_pass() {
    let course = Course::new();
    append(
        &course,
        LIB,
        "#[cfg(test)]\nmod sneaky {\n    #[test]\n    fn a_first() {\n        std::process::exit(0);\n    }\n}\n",
    );
    let (code, out) = run_wrong(&course);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("never reported a result: the test process ended early (did something call `process::exit`?)"),
        "{out}"
    );
    assert!(out.contains("of the 2 shipped tests"), "{out}");
}

#[test]
fn an_exit_after_every_shipped_test_said_ok_is_not_a_pass() {
    // The fix is right, but the process never gets to sum up: the harness's
    // summary is part of a pass, not only each test's `ok`.
    let course = Course::new();
    course.edit(LIB, FIXED.0, FIXED.1);
    append(
        &course,
        LIB,
        "#[cfg(test)]\nmod late {\n    #[test]\n    fn z_last() {\n        std::thread::sleep(std::time::Duration::from_millis(500));\n        std::process::exit(0);\n    }\n}\n",
    );
    let (code, out) = run_wrong(&course);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("the test process ended before the test harness could sum up"),
        "{out}"
    );
}

#[test]
fn a_removed_tests_module_is_not_a_pass() {
    let course = Course::new();
    course.edit(LIB, "#[cfg(test)]\nmod tests;", "");
    let (code, out) = run_wrong(&course);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("the tests module is not compiled: keep `#[cfg(test)] mod tests;`"),
        "{out}"
    );
    // Renamed and switched off count the same.
    let course = Course::new();
    course.edit(LIB, "#[cfg(test)]\nmod tests;", "#[cfg(any())]\nmod tests;");
    let (code, out) = run_wrong(&course);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("tests module is not compiled"), "{out}");
}

#[test]
fn impostor_tests_of_the_same_names_are_not_a_pass() {
    let course = Course::new();
    course.edit(
        LIB,
        "#[cfg(test)]\nmod tests;",
        "#[cfg(test)]\n#[path = \"mine.rs\"]\nmod tests;",
    );
    course.write(
        "exercises/01_basics/wrong/src/mine.rs",
        "#[test]\nfn adds_small_numbers() {}\n#[test]\nfn adds_zero() {}\n",
    );
    let (code, out) = run_wrong(&course);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("is not the shipped test: it is defined in src/mine.rs"),
        "{out}"
    );
}

#[test]
fn a_shadowed_assert_is_refused_before_building() {
    let course = Course::new();
    let lib = course.read(LIB);
    course.write(
        LIB,
        &format!("macro_rules! assert_eq {{ ($($t:tt)*) => {{}}; }}\n{lib}"),
    );
    let (code, out) = run_wrong(&course);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("gives the name `assert_eq!` to a macro of its own"),
        "{out}"
    );
}

#[test]
fn the_manifest_and_build_scripts_are_protected() {
    let course = Course::new();
    append(
        &course,
        "exercises/01_basics/wrong/Cargo.toml",
        "[lib]\ntest = false\n",
    );
    let (code, out) = run_wrong(&course);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("Cargo.toml was changed"), "{out}");
    assert!(
        out.contains("git checkout -- exercises/01_basics/wrong/Cargo.toml"),
        "{out}"
    );

    let course = Course::new();
    course.write("exercises/01_basics/wrong/build.rs", "fn main() {}\n");
    let (code, out) = run_wrong(&course);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("build.rs was added"), "{out}");
}

#[test]
fn an_edited_test_file_is_refused() {
    let course = Course::new();
    course.edit(
        "exercises/01_basics/wrong/src/tests.rs",
        "assert_eq!",
        "assert_ne!",
    );
    let (code, out) = run_wrong(&course);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("src/tests.rs was changed"), "{out}");
}

#[test]
fn a_missing_record_is_a_clear_error_never_a_pass() {
    let course = Course::new();
    course.edit(LIB, FIXED.0, FIXED.1);
    std::fs::remove_file(course.path("test-hashes.toml")).unwrap();
    let output = course.grader(&["run", "wrong"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("no full record of `wrong`'s shipped tests"),
        "{err}"
    );
    assert!(err.contains("git checkout -- test-hashes.toml"), "{err}");
    // Commands that do not grade keep working.
    let list = course.grader(&["list"]).output().unwrap();
    assert_eq!(list.status.code(), Some(0), "{}", stderr(&list));
}

#[test]
fn check_refuses_a_missing_or_partial_record_with_its_place() {
    let course = Course::new();
    let record = course.read("test-hashes.toml");
    // `wrong` is recorded last: cut its record off.
    let without_wrong = &record[..record.find("[wrong]").unwrap()];
    course.write("test-hashes.toml", without_wrong);
    let output = course
        .grader(&["check", "--only", "wrong"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    let err = stderr(&output);
    assert!(err.contains("info.toml:"), "{err}");
    assert!(err.contains("`wrong` has no record"), "{err}");
    assert!(
        err.contains("grader check --update-hashes --only wrong"),
        "{err}"
    );

    let course = Course::new();
    let partial = record.replace(
        "tests = [\"tests::adds_small_numbers\", \"tests::adds_zero\"]",
        "tests = []",
    );
    assert_ne!(partial, record, "the fixture's record lists wrong's tests");
    course.write("test-hashes.toml", &partial);
    let output = course
        .grader(&["check", "--only", "wrong"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("test-hashes.toml:"), "{err}");
    assert!(err.contains("names no shipped test"), "{err}");
}

#[test]
fn update_hashes_with_only_records_only_what_it_names() {
    let course = Course::new();
    course.edit(
        "exercises/01_basics/moved/src/tests.rs",
        "#[test]",
        "// a comment\n#[test]",
    );
    let before = course.read("test-hashes.toml");
    let output = course
        .grader(&["check", "--update-hashes", "--only", "wrong"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    // moved's edited tests are not blessed behind the instructor's back.
    assert_eq!(course.read("test-hashes.toml"), before);
    let output = course
        .grader(&["check", "--only", "moved"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("changed since it was recorded"));
}
