//! `grader verify --all`: the classroom score of a learner's copy, as text,
//! JSON and JUnit, with the hints revealed and the time to pass from progress.

mod common;

use common::{Course, stdout};

const MOVED: &str = "exercises/01_basics/moved/src/lib.rs";

#[test]
fn verify_all_scores_every_exercise_without_stopping() {
    let course = Course::new();
    course.edit(MOVED, "let t = s;", "let t = s.clone();");
    course.grader(&["hint", "wrong"]).assert().success();
    let junit = course.path("target/verify.xml");
    std::fs::create_dir_all(junit.parent().unwrap()).unwrap();
    let output = course
        .grader(&["verify", "--all", "--format", "json", "--junit"])
        .arg(&junit)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["total"], 5);
    assert_eq!(json["passed"], 1);
    let exercises = json["exercises"].as_array().unwrap();
    let names: Vec<_> = exercises
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["moved", "wrong", "exits", "spins", "lint"]);
    let by_name = |name: &str| exercises.iter().find(|e| e["name"] == name).unwrap();
    assert_eq!(by_name("moved")["passed"], true);
    assert_eq!(by_name("moved")["outcome"], "passed");
    assert!(by_name("moved")["seconds_to_pass"].is_u64(), "{json}");
    assert_eq!(by_name("wrong")["passed"], false);
    assert_eq!(by_name("wrong")["outcome"], "test-failure");
    assert_eq!(by_name("wrong")["hints_revealed"], 1);
    assert!(by_name("wrong")["seconds_to_pass"].is_null(), "{json}");
    assert_eq!(by_name("spins")["outcome"], "timeout");
    assert_eq!(by_name("lint")["outcome"], "clippy:needless_range_loop");

    let xml = std::fs::read_to_string(&junit).unwrap();
    assert_eq!(xml.matches("<testcase ").count(), 5, "{xml}");
    assert_eq!(xml.matches("<failure").count(), 4, "{xml}");
    assert!(xml.contains("name=\"moved\""), "{xml}");
    assert!(xml.contains("not yet: test-failure"), "{xml}");

    // The learner's view: one line each, then the score; done is recorded.
    let text = stdout(&course.grader(&["verify", "--all"]).output().unwrap());
    assert!(text.contains("✓ moved"), "{text}");
    assert!(text.contains("✗ wrong not yet (test-failure)"), "{text}");
    assert!(text.contains("✗ lint not yet"), "{text}");
    assert!(text.contains("1/5 exercises pass."), "{text}");
    let list = stdout(&course.grader(&["list"]).output().unwrap());
    assert!(list.contains("to pass"), "{list}");
}

#[test]
fn verify_without_all_stops_at_the_first_failure() {
    let course = Course::new();
    let output = course.grader(&["verify"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("moved is the first exercise that does not pass yet"),
        "{text}"
    );
    assert!(!text.contains("wrong"), "{text}");
}
