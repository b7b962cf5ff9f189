//! `grader run`, `list`, `hint`, `reset` and the course file, on a copy of the fixture course.

mod common;

use std::time::{Duration, Instant};

use common::{Course, stderr, stdout};

#[test]
fn a_compile_error_shows_its_code_and_where_to_read_about_it() {
    let course = Course::new();
    let output = course.grader(&["run", "moved"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("error[E0382]: use of moved value"), "{out}");
    assert!(out.contains("rustc --explain E0382"), "{out}");
    assert!(out.contains("moved does not compile yet (E0382)"), "{out}");
}

#[test]
fn diagnostics_are_in_colour_when_asked() {
    let course = Course::new();
    let output = course
        .grader(&["run", "moved", "--color", "always"])
        .output()
        .unwrap();
    assert!(
        stdout(&output).contains("\u{1b}["),
        "no ANSI colour in the output"
    );
}

#[test]
fn a_fixed_exercise_passes_and_is_marked_done() {
    let course = Course::new();
    course.edit(
        "exercises/01_basics/moved/src/lib.rs",
        "let t = s;",
        "let t = s.clone();",
    );
    let output = course.grader(&["run", "moved"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("moved passes"));
    let list = course.grader(&["list"]).output().unwrap();
    let list = stdout(&list);
    let moved = list.lines().find(|l| l.contains(" moved ")).unwrap();
    assert!(moved.contains("done"), "{list}");
    let wrong = list.lines().find(|l| l.contains(" wrong ")).unwrap();
    assert!(
        wrong.starts_with('>') && wrong.contains("current"),
        "{list}"
    );
}

#[test]
fn a_failing_test_is_named() {
    let course = Course::new();
    let output = course.grader(&["run", "wrong"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("failing: tests::adds_small_numbers."), "{out}");
    assert!(!out.contains("failing: tests::adds_zero"), "{out}");
}

#[test]
fn a_program_must_exit_zero() {
    let course = Course::new();
    let output = course.grader(&["run", "exits"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("hello from exits"), "{out}");
    assert!(out.contains("the program exited with code 3"), "{out}");
}

#[test]
fn an_endless_loop_is_stopped_and_leaves_no_process() {
    let course = Course::new();
    course
        .grader(&["run", "spins", "--run-timeout", "1"])
        .assert()
        .code(1); // warm build
    let started = Instant::now();
    let output = course.grader(&["run", "spins"]).output().unwrap();
    let elapsed = started.elapsed();
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("was still running after 2s"), "{out}");
    assert!(out.contains("deadlock"), "{out}");
    assert!(elapsed < Duration::from_secs(2 + 20), "took {elapsed:?}");
    assert_eq!(course.live_processes(), Vec::<String>::new());
}

#[test]
fn a_deadlock_is_stopped_and_leaves_no_process() {
    let course = Course::new();
    let deadlock = "pub fn add(a: i32, b: i32) -> i32 {\n    let m = std::sync::Mutex::new(a);\n    let _first = m.lock().unwrap();\n    let _second = m.lock().unwrap();\n    a + b\n}\n\n#[cfg(test)]\nmod tests;\n";
    course.write(
        "exercises/01_basics/wrong/src/lib.rs",
        &format!("// wrong\n{deadlock}"),
    );
    let output = course
        .grader(&["run", "wrong", "--run-timeout", "1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("was still running after 1s"),
        "{}",
        stdout(&output)
    );
    assert_eq!(course.live_processes(), Vec::<String>::new());
}

#[test]
fn a_flood_of_output_is_capped() {
    let course = Course::new();
    // Written straight to stdout: libtest captures `println!`, not this.
    let flood = "// wrong\npub fn add(a: i32, b: i32) -> i32 {\n    use std::io::Write;\n    let line = [b'x'; 100];\n    for _ in 0..1_000_000 {\n        let _ = std::io::stdout().write_all(&line);\n    }\n    a + b\n}\n\n#[cfg(test)]\nmod tests;\n";
    course.write("exercises/01_basics/wrong/src/lib.rs", flood);
    let output = course.grader(&["run", "wrong"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.contains("printed more than 1024 KiB and was stopped"),
        "{}",
        &out[out.len().saturating_sub(500)..]
    );
    assert!(
        out.len() < 64 * 1024,
        "the learner is shown {} bytes",
        out.len()
    );
    assert_eq!(course.live_processes(), Vec::<String>::new());
}

#[test]
fn edited_tests_are_detected() {
    let course = Course::new();
    course
        .grader(&["check", "--update-hashes", "--only", "wrong"])
        .assert()
        .code(0);
    course.edit(
        "exercises/01_basics/wrong/src/tests.rs",
        "assert_eq!(add(2, 2), 4);",
        "",
    );
    let output = course.grader(&["run", "wrong"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output)
            .contains("src/tests.rs was changed, and the grader only trusts the shipped one"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn hints_are_revealed_one_at_a_time_and_remembered() {
    let course = Course::new();
    let first = stdout(&course.grader(&["hint", "moved"]).output().unwrap());
    assert!(
        first.contains("Hint 1/2: Look at `s`.") && !first.contains("Hint 2/2"),
        "{first}"
    );
    let second = stdout(&course.grader(&["hint", "moved"]).output().unwrap());
    assert!(
        second.contains("Hint 2/2: Clone it.") && second.contains("last hint"),
        "{second}"
    );
    let list = stdout(&course.grader(&["list"]).output().unwrap());
    assert!(
        list.lines()
            .any(|l| l.contains(" moved ") && l.contains(" 2/2 ")),
        "{list}"
    );
}

#[test]
fn a_damaged_progress_file_is_set_aside() {
    let course = Course::new();
    course.write(".grader-progress.toml", "this is [not toml");
    let output = course.grader(&["list"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stderr(&output).contains("was damaged"),
        "{}",
        stderr(&output)
    );
    let kept = std::fs::read_dir(course.root())
        .unwrap()
        .flatten()
        .any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".grader-progress.toml.damaged-")
        });
    assert!(kept, "the damaged file is kept");
    assert!(stdout(&output).contains("0/5 done"));
}

#[test]
fn the_course_is_found_from_a_subfolder() {
    let course = Course::new();
    let mut command = assert_cmd::Command::cargo_bin("grader").unwrap();
    let output = command
        .current_dir(course.path("exercises/01_basics/moved/src"))
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("spins"));
}

#[test]
fn outside_a_course_the_error_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let output = assert_cmd::Command::cargo_bin("grader")
        .unwrap()
        .current_dir(dir.path())
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--course PATH"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn reset_restores_the_shipped_file_and_keeps_a_backup() {
    let course = Course::new();
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .current_dir(course.root())
            .args(args)
            .output()
            .unwrap();
        assert!(status.status.success(), "git {args:?}: {}", stderr(&status));
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&[
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@t",
        "commit",
        "-qm",
        "course",
    ]);
    let file = "exercises/01_basics/moved/src/lib.rs";
    let shipped = course.read(file);
    course.write(file, "// my attempt\n");
    let output = course.grader(&["reset", "moved"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(course.read(file), shipped);
    let backups: Vec<_> = std::fs::read_dir(course.path(".grader-backups"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(backups.len(), 1);
    let kept = std::fs::read_to_string(backups[0].path().join("src/lib.rs")).unwrap();
    assert_eq!(kept, "// my attempt\n");
    assert!(
        stdout(&output).contains(".grader-backups"),
        "the message names the backup"
    );
}

/// Each malformed info.toml: exit 2 and a message with the line.
#[test]
fn a_malformed_course_file_is_reported_with_its_line() {
    let cases: [(&str, &str, &str); 7] = [
        (
            "go = \"t := s\"",
            "go = \"t := s\"\ncolour = \"red\"",
            "info.toml:13:1",
        ),
        ("name = \"wrong\"", "name = \"moved\"", "used twice"),
        (
            "name = \"wrong\"",
            "name = \"../wrong\"",
            "may only use a-z",
        ),
        (
            "hints = [\"Look at `s`.\", \"Clone it.\"]",
            "hints = [\"Look at `s`.\"]",
            "at least 2",
        ),
        ("go = \"t := s\"", "go = \"\"", "`go` is empty"),
        ("expect = [\"E0382\"]", "expect = []", "`expect` is empty"),
        (
            "expect = [\"E0382\"]",
            "expect = [\"fails\"]",
            "not an expectation",
        ),
    ];
    for (from, to, message) in cases {
        let course = Course::new();
        course.edit("info.toml", from, to);
        let output = course.grader(&["list"]).output().unwrap();
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{to}: {err}");
        assert!(err.contains(message), "{to}: {err}");
        assert!(err.contains("info.toml:"), "{to}: no line in {err}");
    }
    // A missing or misnamed crate is that exercise's problem: see tests/faults.rs.
}

#[test]
fn silencing_clippy_does_not_pass_a_clippy_exercise() {
    let course = Course::new();
    let file = "exercises/02_style/lint/src/lib.rs";
    for silence in [
        "#![allow(clippy::needless_range_loop)]\n",
        "#![allow(clippy::all)]\n",
        "#![allow(warnings)]\n",
    ] {
        let shipped = course.read(file);
        course.write(file, &format!("{silence}{shipped}"));
        let output = course.grader(&["run", "lint"]).output().unwrap();
        assert_eq!(
            output.status.code(),
            Some(1),
            "{silence} passed:\n{}",
            stdout(&output)
        );
        course.write(file, &shipped);
    }
}
