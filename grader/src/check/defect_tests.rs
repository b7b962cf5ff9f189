//! Tests of `defect`: the JSON shape and the prose of defects.

use super::*;

#[test]
fn a_defect_is_serialized_with_its_kind_data_and_message() {
    let defect = Defect::from(GradeDefect::Unformatted {
        file: "solutions/a/b/src/lib.rs".into(),
    });
    let json = serde_json::to_value(&defect).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "kind": "unformatted",
            "file": "solutions/a/b/src/lib.rs",
            "message": "rustfmt would change solutions/a/b/src/lib.rs: run `cargo fmt`",
        })
    );
    let unit = serde_json::to_value(Defect::from(FileDefect::OwnTestsFile)).unwrap();
    assert_eq!(unit["kind"], "own_tests_file");
    let course = CourseDefect::NotMember {
        package: "a".into(),
    };
    let json = serde_json::to_value(Described::of(&course)).unwrap();
    assert_eq!(json["kind"], "not_member");
    assert_eq!(json["package"], "a");
}

#[test]
fn expectations_and_cheats_are_named_as_written() {
    let defect = Defect::from(GradeDefect::WrongFailure {
        expected: [Expect::Code("E0382".into())].into(),
        observed: [Expect::TestFailure].into(),
        gave: "test-failure".into(),
        evidence: String::new(),
    });
    let json = serde_json::to_value(&defect).unwrap();
    assert_eq!(json["expected"], serde_json::json!(["E0382"]));
    assert_eq!(json["observed"], serde_json::json!(["test-failure"]));
    assert_eq!(
        json["message"],
        "the shipped exercise should fail with E0382, but it gave test-failure"
    );
    let cheat = serde_json::to_value(Defect::from(GradeDefect::CheatPassed {
        cheat: Cheat::ExitEarly,
    }))
    .unwrap();
    assert_eq!(cheat["cheat"], "exit_early");
}

#[test]
fn a_disagreement_reads_as_before() {
    let defect = GradeDefect::FastPathDisagrees {
        package: "moved".into(),
        cargo: FastPathVerdict {
            codes: Some([Expect::Code("E0382".into())].into()),
            built: false,
        },
        replay: FastPathVerdict {
            codes: None,
            built: true,
        },
    };
    assert_eq!(
        defect.to_string(),
        "the fast path disagrees with cargo on moved: cargo gave (Some({Code(\"E0382\")}), false), replaying rustc (None, true)"
    );
}

#[test]
fn a_go_note_defect_keeps_its_own_kind() {
    use crate::check::go_notes::GoNoteDefect;
    let defect = CourseDefect::GoNote(GoNoteDefect::Orphan {
        folder: "gone".into(),
    });
    let json = serde_json::to_value(Described::of(&defect)).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "kind": "go_orphan",
            "folder": "gone",
            "message": "go/gone/ has no exercise in info.toml: remove it, or add the exercise",
        })
    );
}
