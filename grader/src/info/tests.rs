use super::*;

const HEAD: &str = "format_version = 1\nwelcome_message = \"hi\"\nfinal_message = \"bye\"\n";

fn entry(name: &str, extra: &str) -> String {
    format!(
        "\n[[exercises]]\nname = \"{name}\"\ndir = \"01_x\"\nmode = \"test\"\nexpect = [\"E0382\"]\nsection = \"s\"\nhints = [\"a\", \"b\"]\ngo = \"x := 1\"\n{extra}"
    )
}

fn problems(text: &str) -> Vec<String> {
    Info::parse(text).unwrap_err().problems
}

#[test]
fn unknown_field_is_located() {
    let text = format!("{HEAD}{}", entry("a", "colour = \"red\"\n"));
    let problems = problems(&text);
    assert!(problems[0].starts_with("info.toml:13:1"), "{problems:?}");
    assert!(problems[0].contains("colour"), "{problems:?}");
}

#[test]
fn duplicate_names_and_path_tricks_are_reported() {
    let text = format!(
        "{HEAD}{}{}",
        entry("a", ""),
        entry("a", "").replace("01_x", "../x")
    );
    let all = problems(&text).join("\n");
    assert!(all.contains("used twice"), "{all}");
    assert!(all.contains("dir `../x` may only use"), "{all}");
}

#[test]
fn too_few_hints_and_empty_go() {
    let text = format!("{HEAD}{}", entry("a", ""))
        .replace("[\"a\", \"b\"]", "[\"a\"]")
        .replace("\"x := 1\"", "\"\"");
    let all = problems(&text).join("\n");
    assert!(all.contains("at least 2 non-empty hints"), "{all}");
    assert!(all.contains("`go` is empty"), "{all}");
}

#[test]
fn missing_folders_are_not_the_course_files_problem() {
    // Each exercise's crates are checked when it is graded (course.rs).
    assert!(Info::parse(&format!("{HEAD}{}", entry("a", ""))).is_ok());
}

#[test]
fn numbers_are_range_checked_with_their_line() {
    let text = format!(
        "{HEAD}{}",
        entry("a", "timeout_secs = 9223372036854775807\nmemory_mb = 0\n")
    );
    let all = problems(&text).join("\n");
    assert!(
        all.contains("info.toml:13:16: timeout_secs is 9223372036854775807"),
        "{all}"
    );
    assert!(all.contains("info.toml:14:13: memory_mb is 0"), "{all}");
    let negative = format!("{HEAD}{}", entry("a", "timeout_secs = -1\n"));
    assert!(problems(&negative)[0].starts_with("info.toml:13:"));
}

#[test]
fn not_utf8_and_missing_hints_say_what_to_do() {
    let problems = Info::from_bytes(b"format_version = 1\n\xff\xfe")
        .unwrap_err()
        .problems;
    assert!(
        problems[0].starts_with("info.toml:2:1: this is not UTF-8 text"),
        "{problems:?}"
    );
    let text = format!("{HEAD}{}", entry("a", "")).replace("hints = [\"a\", \"b\"]\n", "");
    let all = problems_of(&text);
    assert!(all.contains("missing field `hints`"), "{all}");
    assert!(all.contains("Add `hints = ["), "{all}");
}

fn problems_of(text: &str) -> String {
    problems(text).join("\n")
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn any_bytes_give_an_info_or_problems(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            if let Err(e) = Info::from_bytes(&bytes) {
                prop_assert!(!e.problems.is_empty());
            }
        }

        #[test]
        fn any_text_gives_an_info_or_located_problems(text in "\\PC*") {
            if let Err(e) = Info::parse(&text) {
                prop_assert!(e.problems.iter().all(|p| p.starts_with("info.toml:")));
            }
        }

        #[test]
        fn any_numbers_and_strings_in_an_entry(
            timeout in any::<i64>(),
            memory in any::<i64>(),
            name in "\\PC{0,12}",
            expect in "\\PC{0,12}",
            cut in 0usize..400,
        ) {
            let extra = format!("timeout_secs = {timeout}\nmemory_mb = {memory}\n");
            let text = format!("{HEAD}{}", entry("a", &extra))
                .replace("\"a\"", &format!("{name:?}"))
                .replace("E0382", &expect.replace(['"', '\\'], ""));
            let _ = Info::parse(&text);
            // Truncated anywhere, even inside a character.
            let bytes = text.as_bytes();
            let _ = Info::from_bytes(&bytes[..cut.min(bytes.len())]);
        }
    }
}

#[test]
fn names_are_ones_cargo_accepts() {
    let all = problems(&format!("{HEAD}{}{}", entry("1st", ""), entry("fn", ""))).join("\n");
    assert!(
        all.contains("info.toml:6:8: name `1st` must start with a letter"),
        "{all}"
    );
    assert!(all.contains("`fn` is a Rust keyword"), "{all}");
    assert_eq!(package_name_problem("moves1"), None);
    assert!(package_name_problem("_x").is_some());
}

#[test]
fn features_are_names() {
    let text = format!("{HEAD}{}", entry("a", "features = [\"dep:x\"]\n"));
    let all = problems(&text).join("\n");
    assert!(all.contains("`features` names `dep:x`"), "{all}");
}

#[test]
fn line_column_counts_from_one() {
    assert_eq!(line_column("ab\ncd", 4), (2, 2));
    assert_eq!(line_column("", 0), (1, 1));
}
