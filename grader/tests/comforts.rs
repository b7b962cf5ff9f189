//! What makes a verdict easy to act on: links on file paths, warnings and
//! the shipped tests' errors collapsed, the lesson of a forbidden lint.

mod common;

use common::{Course, stdout};

const LINK: &str = "\u{1b}]8;;file://";

#[test]
fn paths_are_links_with_colour_and_plain_without() {
    let course = Course::new();
    let output = course
        .grader(&["run", "moved", "--color", "always"])
        .output()
        .unwrap();
    let out = stdout(&output);
    let root = course.root().canonicalize().unwrap();
    let file = "exercises/01_basics/moved/src/lib.rs";
    // rustc's ` --> file:line:col`, linked to the absolute path.
    let target = format!("{}/{file}\u{1b}\\{file}:5:", root.display());
    assert!(out.contains(LINK) && out.contains(&target), "{out:?}");

    let plain = course.grader(&["run", "moved"]).output().unwrap();
    let plain = stdout(&plain);
    assert!(plain.contains(&format!("--> {file}:5:")), "{plain}");
    assert!(!plain.contains("\u{1b}]8"), "{plain:?}");

    // Auto colour when piped: no links either.
    let mut auto = course.grader(&["list"]);
    auto.args(["--color", "auto"]);
    let auto = stdout(&auto.output().unwrap());
    assert!(!auto.contains("\u{1b}]8"), "{auto:?}");

    let list = course
        .grader(&["list", "--color", "always"])
        .output()
        .unwrap();
    let list = stdout(&list);
    assert!(
        list.contains(&format!(
            "{}/{file}\u{1b}\\moved\u{1b}]8;;\u{1b}\\",
            root.display()
        )),
        "{list:?}"
    );
}

#[test]
fn warnings_are_listed_after_the_errors() {
    let course = Course::new();
    course.edit(
        "exercises/01_basics/moved/src/lib.rs",
        "let t = s;",
        "let unused_one = 1;\n    let t = s;",
    );
    let out = stdout(&course.grader(&["run", "moved"]).output().unwrap());
    let error = out.find("error[E0382]").expect(&out);
    let warnings = out.find("+ 1 warning:").expect(&out);
    assert!(error < warnings, "{out}");
    assert!(
        out.contains(
            "warning: unused variable: `unused_one` at exercises/01_basics/moved/src/lib.rs:4"
        ),
        "{out}"
    );
}

#[test]
fn errors_in_the_shipped_tests_are_collapsed() {
    let course = Course::new();
    // The learner's own error, and the tests calling a function that is gone.
    course.write(
        "exercises/01_basics/moved/src/lib.rs",
        "pub fn both2(s: String) -> (String, String) {\n    let t = s;\n    (s, t)\n}\n\n#[cfg(test)]\nmod tests;\n",
    );
    let out = stdout(&course.grader(&["run", "moved"]).output().unwrap());
    assert!(out.contains("error[E0382]"), "{out}");
    assert!(
        !out.contains("--> exercises/01_basics/moved/src/tests.rs"),
        "{out}"
    );
    assert!(
        out.contains("+1 error in exercises/01_basics/moved/src/tests.rs"),
        "{out}"
    );

    // Only errors in the tests: the first is shown.
    course.write(
        "exercises/01_basics/moved/src/lib.rs",
        "pub fn both2(s: String) -> (String, String) {\n    (s.clone(), s)\n}\n\n#[cfg(test)]\nmod tests;\n",
    );
    let out = stdout(&course.grader(&["run", "moved"]).output().unwrap());
    assert!(
        out.contains("--> exercises/01_basics/moved/src/tests.rs"),
        "{out}"
    );
}

#[test]
fn allowing_the_taught_lint_gets_the_lesson() {
    let course = Course::new();
    course.edit(
        "exercises/02_style/lint/src/lib.rs",
        "pub fn total",
        "#[allow(clippy::needless_range_loop)]\npub fn total",
    );
    let out = stdout(&course.grader(&["run", "lint"]).output().unwrap());
    assert!(out.contains("E0453"), "{out}");
    assert!(
        out.contains("The lint is the lesson: fix the code instead of allowing the lint."),
        "{out}"
    );
}

#[test]
fn a_failing_test_shows_the_warnings_of_its_build() {
    let course = Course::new();
    course.edit(
        "exercises/01_basics/wrong/src/lib.rs",
        "a - b",
        "{\n        let unused_two = 2;\n        a - b\n    }",
    );
    let out = stdout(&course.grader(&["run", "wrong"]).output().unwrap());
    let failed = out.find("test result: FAILED").expect(&out);
    let warnings = out.find("+ 1 warning:").expect(&out);
    assert!(failed < warnings, "{out}");
    assert!(out.contains("unused variable: `unused_two`"), "{out}");
}
