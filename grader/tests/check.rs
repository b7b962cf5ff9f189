//! `grader check` and `grader new` on a copy of the fixture course, one sabotage per test.

mod common;

use common::{Course, stderr, stdout};

/// A copy of the fixture with its test hashes recorded, as a real course ships.
fn sound_course() -> Course {
    let course = Course::new();
    let output = course
        .grader(&["check", "--update-hashes"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "the fixture course is sound:\n{}{}",
        stdout(&output),
        stderr(&output)
    );
    course
}

/// A crate folder that no info.toml entry names.
fn add_orphan_crate(course: &Course) {
    course.write(
        "exercises/01_basics/stray/Cargo.toml",
        "[package]\nname = \"stray\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
    );
    course.write("exercises/01_basics/stray/src/lib.rs", "");
}

/// Runs check and returns its exit code and text output.
fn check(course: &Course, args: &[&str]) -> (Option<i32>, String) {
    let output = course
        .grader(&[&["check"], args].concat())
        .output()
        .unwrap();
    (
        output.status.code(),
        format!("{}{}", stdout(&output), stderr(&output)),
    )
}

#[test]
fn a_second_check_remembers_sound_verdicts_until_a_file_changes() {
    let course = sound_course();
    let (code, out) = check(&course, &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("5 remembered unchanged"), "{out}");
    // Other limits may change a verdict: nothing is remembered across them.
    let (_, out) = check(&course, &["--run-timeout", "9"]);
    assert!(out.contains("0 remembered unchanged"), "{out}");
    // Sabotage after a sound verdict: the remembered verdict must not hide it.
    course.edit("solutions/01_basics/wrong/src/lib.rs", "a + b", "a - b");
    let (code, out) = check(&course, &[]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("the solution does not pass: test-failure"),
        "{out}"
    );
}

#[test]
fn an_exercise_that_passes_as_shipped_is_a_defect() {
    let course = sound_course();
    course.edit("exercises/01_basics/wrong/src/lib.rs", "a - b", "a + b");
    let (code, out) = check(&course, &[]);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("should fail with test-failure, but it gave passed"),
        "{out}"
    );
}

#[test]
fn an_exercise_failing_with_the_wrong_code_is_a_defect() {
    let course = sound_course();
    course.edit(
        "exercises/01_basics/moved/src/lib.rs",
        "let t = s;",
        "let t: u8 = s;",
    );
    let (code, out) = check(&course, &[]);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("should fail with E0382, but it gave E0308 (E0308 at exercises/01_basics/moved/src/lib.rs:"),
        "{out}"
    );
    // The same defect, typed, in the JSON report.
    let output = course
        .grader(&["check", "--format", "json", "--only", "moved"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let defects = report["exercises"][0]["defects"].as_array().unwrap();
    let wrong = defects
        .iter()
        .find(|d| d["kind"] == "wrong_failure")
        .unwrap_or_else(|| panic!("{report}"));
    assert_eq!(wrong["expected"], serde_json::json!(["E0382"]), "{report}");
    assert_eq!(wrong["observed"], serde_json::json!(["E0308"]), "{report}");
    assert_eq!(report["exercises"][0]["observed"][0], "E0308", "{report}");
}

#[test]
fn a_hanging_solution_is_a_timeout_and_leaves_no_process() {
    let course = sound_course();
    course.edit("solutions/01_basics/spins/src/lib.rs", "i += 1;", "i += 0;");
    let (code, out) = check(&course, &[]);
    assert_eq!(code, Some(1));
    assert!(out.contains("the solution does not pass: timeout"), "{out}");
    assert_eq!(course.live_processes(), Vec::<String>::new());
}

#[test]
fn an_orphan_folder_is_a_defect() {
    let course = sound_course();
    add_orphan_crate(&course);
    let (code, out) = check(&course, &[]);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("exercises/01_basics/stray has no entry in info.toml"),
        "{out}"
    );
}

#[test]
fn edited_tests_are_a_defect() {
    let course = sound_course();
    course.edit(
        "exercises/01_basics/wrong/src/tests.rs",
        "assert_eq!(add(3, 0), 3);",
        "assert_eq!(add(3, 0), 3); // changed",
    );
    let (code, out) = check(&course, &[]);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("src/tests.rs changed since it was recorded"),
        "{out}"
    );
}

#[test]
fn a_missing_hint_stops_the_check_with_its_line() {
    let course = Course::new();
    course.edit(
        "info.toml",
        "hints = [\"Read the test.\", \"Use +.\"]",
        "hints = [\"Read the test.\"]",
    );
    let (code, out) = check(&course, &[]);
    assert_eq!(code, Some(2));
    assert!(
        out.contains("info.toml:20:") && out.contains("at least 2"),
        "{out}"
    );
}

#[test]
fn an_unformatted_or_linted_solution_is_a_defect() {
    let course = sound_course();
    course.write(
        "solutions/02_style/lint/src/lib.rs",
        "// lint\npub fn total(values: &[i32]) -> i32 {\n    let mut sum = 0;\n    for i in 0..values.len() {\n        sum += values[i];\n    }\n    sum\n}\n\n#[cfg(test)]\n#[path = \"../../../../exercises/02_style/lint/src/tests.rs\"]\nmod tests;\n",
    );
    course.edit("solutions/01_basics/wrong/src/lib.rs", "    a + b", "a + b");
    let (code, out) = check(&course, &[]);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("the solution is not clippy clean: needless_range_loop"),
        "{out}"
    );
    assert!(
        out.contains("rustfmt would change solutions/01_basics/wrong/src/lib.rs"),
        "{out}"
    );
}

#[test]
fn json_and_junit_name_each_exercise() {
    let course = sound_course();
    let junit = course.path("junit.xml");
    let output = course
        .grader(&["check", "--force", "--format", "json", "--junit"])
        .arg(&junit)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("check --format json prints JSON");
    let names: Vec<&str> = report["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["moved", "wrong", "exits", "spins", "lint"]);
    assert_eq!(report["exercises"][0]["observed"][0], "E0382");
    assert_eq!(report["exercises"][3]["observed"][0], "timeout");
    let xml = std::fs::read_to_string(junit).unwrap();
    assert!(
        xml.contains("<testcase name=\"spins\" classname=\"course\""),
        "{xml}"
    );
}

#[test]
fn only_and_shard_pick_exercises() {
    let course = sound_course();
    let output = course
        .grader(&["check", "--format", "json", "--shard", "2/2"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let names: Vec<&str> = report["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["wrong", "spins"]);
    // The course-wide checks (orphan folders, members) run in the first shard.
    add_orphan_crate(&course);
    let (code, out) = check(&course, &["--shard", "1/2"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("stray has no entry"), "{out}");
    let output = course
        .grader(&["check", "--format", "json", "--shard", "1/2"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let stray = &report["course_defects"][0];
    assert_eq!(stray["kind"], "no_entry", "{report}");
    assert_eq!(stray["folder"], "exercises/01_basics/stray", "{report}");
    assert!(
        stray["message"]
            .as_str()
            .unwrap()
            .starts_with("exercises/01_basics/stray has no entry in info.toml"),
        "{report}"
    );
    let (code, out) = check(&course, &["--shard", "2/2"]);
    assert_eq!(code, Some(0), "{out}");
    let (code, out) = check(&course, &["--only", "nope"]);
    assert_eq!(code, Some(2));
    assert!(out.contains("there is no exercise `nope`"), "{out}");
}

#[test]
fn new_scaffolds_an_exercise_that_check_reports_until_filled_in() {
    let course = sound_course();
    let output = course
        .grader(&["new", "fresh", "--dir", "03_new"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(course.path("exercises/03_new/fresh/src/tests.rs").exists());
    assert!(
        course
            .read("solutions/03_new/fresh/src/lib.rs")
            .contains("exercises/03_new/fresh/src/tests.rs")
    );
    // Unrecorded, it cannot be graded fairly: a course error with what to run.
    let unrecorded = course
        .grader(&["check", "--only", "fresh"])
        .output()
        .unwrap();
    assert_eq!(unrecorded.status.code(), Some(2));
    assert!(stderr(&unrecorded).contains("--update-hashes --only fresh"));
    let (code, out) = check(&course, &["--update-hashes", "--only", "fresh"]);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("`TODO(instructor)` placeholders are left at exercises/03_new/fresh/src/lib.rs:1, exercises/03_new/fresh/src/lib.rs:3, solutions/03_new/fresh/src/lib.rs:1"),
        "{out}"
    );
    assert!(
        out.contains("info.toml:56, info.toml:57, info.toml:59: fill them in"),
        "{out}"
    );
    assert!(
        course
            .read("solutions/03_new/fresh/Cargo.toml")
            .contains("[lib]\nname = \"fresh\"\n")
    );

    let again = course
        .grader(&["new", "fresh", "--dir", "03_new"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("already exists"));
    let bad = course
        .grader(&["new", "Bad-Name", "--dir", "03_new"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
