//! The cheats' unit tests.
use super::*;

#[test]
fn the_tests_module_is_removed_with_its_cfg() {
    let main = "pub fn f() {}\n\n#[cfg(test)]\nmod tests;\n";
    assert_eq!(remove_tests_module(main), "pub fn f() {}\n\n");
}

#[test]
fn impostors_are_named_like_the_shipped_tests() {
    let record = ExerciseRecord {
        files: BTreeMap::new(),
        tests: vec![
            "tests::adds".into(),
            "tests::deep::x".into(),
            "doc: src/lib.rs - f".into(),
        ],
    };
    assert_eq!(impostor_tests(&record), "#[test]\nfn adds() {}\n");
}

#[test]
fn every_cheat_changes_the_main_file() {
    let main = "pub fn f() {}\n#[cfg(test)]\nmod tests;\n";
    let record = ExerciseRecord::default();
    for cheat in Cheat::ALL {
        let files = cheat.apply(main, &record);
        assert_ne!(files[0].1, main, "{cheat:?}");
    }
}
