// Tests for cargo2. The grader checks that this file is unchanged.
use super::*;

fn report() -> Report {
    Report {
        passed: 41,
        failed: 2,
        failures: vec!["parses_dates".to_string(), "quotes \"names\"".to_string()],
    }
}

#[test]
fn the_crate_is_built_with_its_json_feature() {
    // This line is compiled only when Cargo does not pass `--cfg feature="json"` to rustc.
    #[cfg(not(feature = "json"))]
    panic!("the `json` feature is off in this build");
}

#[test]
fn a_report_as_text() {
    assert_eq!(
        report().to_text(),
        r#"41 passed, 2 failed: parses_dates, quotes "names""#
    );
    let clean = Report {
        passed: 3,
        failed: 0,
        failures: vec![],
    };
    assert_eq!(clean.to_text(), "3 passed, 0 failed");
}

#[test]
fn a_report_as_json() {
    assert_eq!(
        report().to_json(),
        r#"{"failed":2,"failures":["parses_dates","quotes \"names\""],"passed":41}"#
    );
    let clean = Report {
        passed: 3,
        failed: 0,
        failures: vec![],
    };
    assert_eq!(clean.to_json(), r#"{"failed":0,"failures":[],"passed":3}"#);
}
