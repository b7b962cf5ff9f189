//! The fast path: after one grading through cargo, later gradings replay
//! cargo's recorded rustc call, give the same verdict, and fall back to cargo
//! whenever an input cargo reads has changed.

mod common;

use common::{Course, stderr, stdout};

const LIB: &str = "exercises/01_basics/wrong/src/lib.rs";

/// `grader run wrong`, saying how the target was built: exit code, stdout, how.
fn run(course: &Course, env: &[(&str, &str)]) -> (Option<i32>, String, String) {
    let mut command = course.grader(&["run", "wrong"]);
    command.env("GRADER_EXPLAIN_BUILD", "1");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().unwrap();
    let how = stderr(&output)
        .lines()
        .filter(|l| l.starts_with("[build]"))
        .collect::<Vec<_>>()
        .join("\n");
    (output.status.code(), stdout(&output), how)
}

/// The verdict line of a grading's output.
fn verdict(out: &str) -> &str {
    out.lines()
        .find(|l| l.starts_with('✗') || l.starts_with('✓'))
        .unwrap_or("")
}

fn touch(course: &Course) {
    let text = course.read(LIB);
    course.write(LIB, &format!("{text}// saved again\n"));
}

#[test]
fn the_second_grading_replays_rustc_with_the_same_verdict() {
    let course = Course::new();
    let (code, first, how) = run(&course, &[]);
    assert!(how.contains("cargo"), "{how}");
    touch(&course);
    let (again, second, how) = run(&course, &[]);
    assert_eq!(how, "[build] replayed rustc");
    // The same verdict (tests run in parallel, so their lines may come in another order).
    assert_eq!((code, verdict(&first)), (again, verdict(&second)));

    // A compile error comes out of the replay as cargo shows it.
    course.edit(LIB, "a - b", "a - c");
    let (code, out, how) = run(&course, &[]);
    assert_eq!(how, "[build] replayed rustc");
    assert_eq!(code, Some(1));
    assert!(out.contains("error[E0425]"), "{out}");
    let (_, by_cargo, how) = run(&course, &[("GRADER_NO_REPLAY", "1")]);
    assert!(how.contains("replaying is off"), "{how}");
    assert_eq!(out, by_cargo);

    // And the fix passes through it.
    course.edit(LIB, "a - c", "a + b");
    let (code, out, how) = run(&course, &[]);
    assert_eq!(how, "[build] replayed rustc");
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn a_changed_manifest_or_build_variable_goes_back_to_cargo() {
    let course = Course::new();
    run(&course, &[]);
    let manifest = course.read("Cargo.toml");
    course.write("Cargo.toml", &format!("{manifest}\n# a comment\n"));
    let (_, _, how) = run(&course, &[]);
    assert!(how.contains("stamp changed"), "{how}");
    let (_, _, how) = run(&course, &[]);
    assert_eq!(how, "[build] replayed rustc");

    let (_, _, how) = run(&course, &[("RUSTFLAGS", "--cfg=grader_test")]);
    assert!(how.contains("stamp changed"), "{how}");
    let (_, _, how) = run(&course, &[]);
    assert!(
        how.contains("stamp changed"),
        "back without RUSTFLAGS: {how}"
    );
}

#[test]
fn a_deleted_build_goes_back_to_cargo() {
    let course = Course::new();
    run(&course, &[]);
    std::fs::remove_dir_all(course.path("target/grader/debug")).unwrap();
    let (code, out, how) = run(&course, &[]);
    assert!(how.contains("cargo"), "{how}");
    assert_eq!(code, Some(1), "{out}");
}
