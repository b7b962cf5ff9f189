use std::path::Path;

use super::plans::stamp;
use super::*;

fn call(args: &[&str]) -> Call {
    Call {
        program: "rustc".into(),
        args: args.iter().map(|a| a.to_string()).collect(),
        env: BTreeMap::new(),
        cwd: "/course".into(),
    }
}

#[test]
fn the_output_is_named_as_cargo_names_it() {
    let c = call(&[
        "--crate-name",
        "moves1",
        "ex/src/lib.rs",
        "--test",
        "-C",
        "metadata=ab",
        "-C",
        "extra-filename=-1234",
        "--out-dir",
        "/course/target/grader/debug/deps",
    ]);
    assert_eq!(
        c.output().unwrap(),
        Path::new("/course/target/grader/debug/deps/moves1-1234")
    );
    assert!(c.builds_tests());
    assert!(!c.builds_program());
}

#[test]
fn externs_are_the_artifacts_it_needs() {
    let c = call(&[
        "--extern",
        "serde=target/libserde-1.rlib",
        "--extern",
        "noprelude:x=/a/b.rlib",
    ]);
    assert_eq!(
        c.externs(),
        [
            PathBuf::from("/course/target/libserde-1.rlib"),
            PathBuf::from("/a/b.rlib")
        ]
    );
}

/// A course folder with a manifest, a lock file, a fake toolchain and one
/// dependency artifact; a call that links it.
fn course() -> (tempfile::TempDir, Call) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for (file, text) in [
        ("Cargo.toml", "[workspace]\n"),
        ("Cargo.lock", "version = 4\n"),
        ("ex/Cargo.toml", "[package]\nname = \"ex\"\n"),
        ("bin/rustc", "#!/bin/sh\n"),
        ("target/libdep.rlib", "rlib"),
    ] {
        std::fs::create_dir_all(root.join(file).parent().unwrap()).unwrap();
        std::fs::write(root.join(file), text).unwrap();
    }
    let mut call = call(&["--crate-name", "ex", "ex/src/lib.rs", "--test"]);
    call.args
        .extend(["--extern".into(), "dep=target/libdep.rlib".into()]);
    call.program = root.join("bin/rustc");
    call.cwd = root.to_path_buf();
    (dir, call)
}

#[test]
fn the_stamp_holds_while_nothing_changes() {
    let (dir, call) = course();
    let crate_dir = dir.path().join("ex");
    assert_eq!(
        stamp(dir.path(), &crate_dir, std::slice::from_ref(&call)),
        stamp(dir.path(), &crate_dir, std::slice::from_ref(&call))
    );
}

#[test]
fn the_stamp_changes_with_every_input_cargo_reads() {
    let edits = [
        "ex/Cargo.toml",
        "Cargo.toml",
        "Cargo.lock",
        ".cargo/config.toml",
        "ex/build.rs",
        "bin/rustc",
        "target/libdep.rlib",
    ];
    for edited in edits {
        let (dir, call) = course();
        let crate_dir = dir.path().join("ex");
        let before = stamp(dir.path(), &crate_dir, std::slice::from_ref(&call));
        let path = dir.path().join(edited);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, "changed, and longer than before").unwrap();
        assert_ne!(
            before,
            stamp(dir.path(), &crate_dir, std::slice::from_ref(&call)),
            "{edited}"
        );
    }
}

#[test]
fn a_deleted_artifact_or_toolchain_voids_the_plan() {
    for deleted in ["target/libdep.rlib", "bin/rustc"] {
        let (dir, call) = course();
        std::fs::remove_file(dir.path().join(deleted)).unwrap();
        assert_eq!(
            stamp(
                dir.path(),
                &dir.path().join("ex"),
                std::slice::from_ref(&call)
            ),
            None
        );
    }
}

#[test]
fn rustc_json_lines_become_diagnostics() {
    let line = r#"{"$message_type":"diagnostic","message":"use of moved value: `s`","code":{"code":"E0382","explanation":null},"level":"error","spans":[],"children":[],"rendered":"error[E0382]: use of moved value\n"}"#;
    let d = diagnostic(line).unwrap();
    assert!(d.is_error);
    assert_eq!(d.error_code(), Some("E0382"));
    let summary = r#"{"$message_type":"diagnostic","message":"aborting due to 1 previous error","code":null,"level":"error","spans":[],"children":[],"rendered":"error: aborting\n"}"#;
    assert!(diagnostic(summary).is_none());
    assert!(diagnostic(r#"{"artifact":"/x.d","emit":"dep-info"}"#).is_none());
}
