use super::*;

fn exercise() -> Exercise {
    let text = "format_version = 1\nwelcome_message = \"\"\nfinal_message = \"\"\n";
    let mut info = Info::parse(text).unwrap();
    info.exercises.push(Exercise {
        name: "adds".into(),
        dir: "01_x".into(),
        mode: Mode::Test,
        expect: Vec::new(),
        hints: Vec::new(),
        go: String::new(),
        section: String::new(),
        timeout: None,
        editable: Vec::new(),
        features: Vec::new(),
        memory_mb: None,
    });
    info.exercises.remove(0)
}

fn crate_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

const SHIPPED: &[(&str, &str)] = &[
    ("Cargo.toml", "[package]\nname = \"adds\"\n"),
    ("src/lib.rs", "pub fn add() {}\n#[cfg(test)]\nmod tests;\n"),
    (
        "src/tests.rs",
        "use super::*;\n#[test]\nfn a() { assert_eq!(1, 1); }\n",
    ),
];

fn record(dir: &Path) -> ExerciseRecord {
    ExerciseRecord {
        files: hash_protected(&exercise(), dir),
        tests: vec!["tests::a".into()],
    }
}

#[test]
fn protects_every_file_but_the_learners() {
    let dir = crate_dir(SHIPPED);
    let files: Vec<_> = record(dir.path()).files.into_keys().collect();
    assert_eq!(files, ["Cargo.toml", "src/tests.rs"]);
    let mut editable = exercise();
    editable.editable = vec!["Cargo.toml".into()];
    let files: Vec<_> = hash_protected(&editable, dir.path()).into_keys().collect();
    assert_eq!(files, ["src/tests.rs"]);
}

#[test]
fn an_untouched_crate_is_not_tampered_with() {
    let dir = crate_dir(SHIPPED);
    assert_eq!(record(dir.path()).tampering(dir.path(), &[]), None);
}

#[test]
fn edits_to_protected_files_are_found() {
    let dir = crate_dir(SHIPPED);
    let record = record(dir.path());
    std::fs::write(dir.path().join("Cargo.toml"), "[lib]\ntest = false\n").unwrap();
    assert_eq!(
        record.tampering(dir.path(), &[]),
        Some(Tamper::Edited("Cargo.toml".into()))
    );
    std::fs::remove_file(dir.path().join("src/tests.rs")).unwrap();
    std::fs::write(dir.path().join("Cargo.toml"), SHIPPED[0].1).unwrap();
    assert_eq!(
        record.tampering(dir.path(), &[]),
        Some(Tamper::Edited("src/tests.rs".into()))
    );
}

#[test]
fn build_scripts_and_shadowed_macros_are_found() {
    let dir = crate_dir(SHIPPED);
    let record = record(dir.path());
    std::fs::write(dir.path().join("build.rs"), "fn main() {}").unwrap();
    assert!(matches!(
        record.tampering(dir.path(), &[]),
        Some(Tamper::BuildScript(_))
    ));
    std::fs::remove_file(dir.path().join("build.rs")).unwrap();
    let lib = "macro_rules! assert_eq { ($($t:tt)*) => {}; }\npub fn add() {}\n";
    std::fs::write(dir.path().join("src/lib.rs"), lib).unwrap();
    assert!(matches!(
        record.tampering(dir.path(), &[]),
        Some(Tamper::ShadowedMacro { name, .. }) if name == "assert_eq"
    ));
    let renamed =
        "pub use std::println as assert;\n// macro_rules! assert_eq in a comment is fine\n";
    std::fs::write(dir.path().join("src/helper.rs"), renamed).unwrap();
    std::fs::write(dir.path().join("src/lib.rs"), "let x = 1 as u8;").unwrap();
    assert!(matches!(
        record.tampering(dir.path(), &[]),
        Some(Tamper::ShadowedMacro { name, .. }) if name == "assert"
    ));
}

#[test]
fn casts_and_comments_are_not_shadowing() {
    let dir = crate_dir(SHIPPED);
    let record = record(dir.path());
    let lib =
        "// macro_rules! assert_eq\npub fn f(x: i32) -> u8 { x as u8 }\n#[cfg(test)]\nmod tests;\n";
    std::fs::write(dir.path().join("src/lib.rs"), lib).unwrap();
    assert_eq!(record.tampering(dir.path(), &[]), None);
}

#[test]
fn a_damaged_file_names_its_line_and_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(SHIPPED_FILE), "# x\n[adds\n").unwrap();
    let error = format!("{:#}", Shipped::load(dir.path()).unwrap_err());
    assert!(error.starts_with("test-hashes.toml:2: "), "{error}");
    assert!(
        error.contains("git checkout -- test-hashes.toml"),
        "{error}"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, ..Default::default() })]

    #[test]
    fn any_bytes_load_without_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..256)) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(SHIPPED_FILE), &bytes).unwrap();
        let _ = Shipped::load(dir.path());
    }
}

#[test]
fn missing_and_partial_records_are_course_problems() {
    let info_text = "format_version = 1\n[[exercises]]\nname = \"adds\"\n";
    let mut info =
        Info::parse("format_version = 1\nwelcome_message = \"\"\nfinal_message = \"\"\n").unwrap();
    info.exercises.push(exercise());
    let empty = Shipped::default();
    let problems = empty.problems(&info, info_text);
    assert!(
        problems[0].starts_with("info.toml:3: `adds` has no record"),
        "{problems:?}"
    );
    assert!(
        problems[0].contains("--update-hashes --only adds"),
        "{problems:?}"
    );
    let text = "\n[adds]\nfiles = {}\n";
    let partial = Shipped {
        exercises: toml::from_str(text).unwrap(),
        text: text.into(),
    };
    let problems = partial.problems(&info, info_text);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[1].starts_with("test-hashes.toml:2:"),
        "{problems:?}"
    );
}
