//! `info.toml`, the course file: the exercises in teaching order, how each must
//! fail as shipped, its hints and its Go note.
//!
//! Every problem is reported as `info.toml:LINE:COLUMN: what is wrong. What to do.`
//! and all problems are reported at once.

use std::fmt;
use std::path::Path;
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use crate::expect::Expect;

/// The `format_version` this grader reads.
pub const FORMAT_VERSION: u32 = 1;
pub const INFO_FILE: &str = "info.toml";
/// The longest time limit, in seconds, anywhere (info.toml and the command line): a day.
pub const MAX_SECS: u64 = 86_400;
/// The memory limits allowed, in MiB (info.toml and the command line).
pub const MEMORY_MB: std::ops::RangeInclusive<u64> = 16..=1_048_576;

/// How an exercise is graded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The crate's tests pass.
    Test,
    /// The program runs and exits 0.
    Run,
    /// Clippy finds nothing (warnings denied) and the tests pass.
    Clippy,
}

impl Mode {
    /// The mode as info.toml spells it.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Test => "test",
            Mode::Run => "run",
            Mode::Clippy => "clippy",
        }
    }
    /// Every mode, in the order the docs list them.
    pub const ALL: [Mode; 3] = [Mode::Test, Mode::Run, Mode::Clippy];
}

impl std::str::FromStr for Mode {
    type Err = String;
    fn from_str(text: &str) -> Result<Mode, String> {
        let found = Mode::ALL.into_iter().find(|mode| mode.name() == text);
        found.ok_or_else(|| format!("`{text}` is not a mode: test, run or clippy"))
    }
}

/// The file as written: spans kept so that errors can point at it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInfo {
    /// Must be [`FORMAT_VERSION`].
    format_version: Spanned<u32>,
    /// Shown at the first start of `grader watch`.
    welcome_message: String,
    /// Shown when every exercise is done.
    final_message: String,
    /// The exercises in teaching order.
    #[serde(default)]
    exercises: Vec<RawExercise>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExercise {
    /// Unique, `[a-z0-9_]+`; the exercise's package name (its solution's is `<name>_solution`).
    name: Spanned<String>,
    /// The topic folder, `NN_topic`, under `exercises/` and `solutions/`.
    dir: Spanned<String>,
    mode: Mode,
    /// How the shipped exercise must fail: `E0382`, `compile-error`, `test-failure`,
    /// `run-failure`, `timeout` or `clippy:<lint>`.
    expect: Spanned<Vec<Spanned<String>>>,
    /// At least two, from a nudge to nearly the answer.
    hints: Spanned<Vec<String>>,
    /// The Go way of doing the same thing.
    go: Spanned<String>,
    /// The article section the exercise teaches.
    section: Spanned<String>,
    /// Run time limit for this exercise's program or tests, in seconds
    /// (1 to [`MAX_SECS`]).
    timeout_secs: Option<Spanned<u64>>,
    /// Files of the exercise crate besides its main file that the learner is
    /// meant to edit, e.g. `["Cargo.toml"]` for an exercise about dependencies.
    /// Every other file the tests depend on is protected.
    editable: Option<Spanned<Vec<String>>>,
    /// Cargo features enabled when building, testing and linting both crates,
    /// e.g. `["extra"]` for tests behind `#[cfg(feature = "extra")]`. Both
    /// crates' Cargo.toml must declare them under `[features]`.
    features: Option<Spanned<Vec<String>>>,
    /// Memory limit of this exercise's program or tests, in MiB
    /// ([`MEMORY_MB`]; default: the grader's `--memory-mb`).
    memory_mb: Option<Spanned<u64>>,
}

/// One exercise of the course, validated.
#[derive(Debug, Clone)]
pub struct Exercise {
    pub name: String,
    pub dir: String,
    pub mode: Mode,
    pub expect: Vec<Expect>,
    pub hints: Vec<String>,
    pub go: String,
    pub section: String,
    pub timeout: Option<Duration>,
    /// Files (relative to the exercise crate) the learner may edit besides the main file.
    pub editable: Vec<String>,
    /// Cargo features enabled for both crates (see `features` in info.toml).
    pub features: Vec<String>,
    /// Memory limit of the program or tests in MiB, if the exercise sets one.
    pub memory_mb: Option<u64>,
}

impl Exercise {
    /// The clippy lints a clippy-mode exercise teaches (from `expect`).
    pub fn taught_lints(&self) -> Vec<String> {
        let lints = self.expect.iter().filter_map(|e| match e {
            Expect::Clippy(lint) => Some(lint.clone()),
            _ => None,
        });
        lints.collect()
    }
}

/// The whole course file, validated.
#[derive(Debug, Clone)]
pub struct Info {
    pub welcome_message: String,
    pub final_message: String,
    pub exercises: Vec<Exercise>,
}

/// All problems found in info.toml.
#[derive(Debug)]
pub struct InfoError {
    pub problems: Vec<String>,
}

impl fmt::Display for InfoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} is not valid:", INFO_FILE)?;
        for problem in &self.problems {
            writeln!(f, "  {problem}")?;
        }
        write!(f, "Fix these lines, then run the command again.")
    }
}

impl std::error::Error for InfoError {}

impl Info {
    /// Reads and validates `info.toml` in `root`. The exercises' folders are
    /// not looked at here: a broken crate is that exercise's problem (see [`crate_problem`]).
    pub fn load(root: &Path) -> anyhow::Result<Info> {
        let path = root.join(INFO_FILE);
        let bytes = std::fs::read(&path).map_err(|e| {
            anyhow::anyhow!(
                "cannot read {}: {e}. Run the grader inside the course, or pass --course PATH.",
                path.display()
            )
        })?;
        Ok(Info::from_bytes(&bytes)?)
    }

    /// Validates the bytes of an info.toml: UTF-8 text first.
    pub fn from_bytes(bytes: &[u8]) -> Result<Info, InfoError> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Info::parse(text),
            Err(e) => {
                let good = &bytes[..e.valid_up_to()];
                let text = std::str::from_utf8(good).unwrap_or_default();
                let (line, column) = line_column(text, text.len());
                Err(InfoError {
                    problems: vec![format!(
                        "{INFO_FILE}:{line}:{column}: this is not UTF-8 text (byte {} is not valid UTF-8): the file is damaged or is not a course file. Restore it from git (`git checkout -- {INFO_FILE}`) or save it as UTF-8.",
                        e.valid_up_to() + 1
                    )],
                })
            }
        }
    }

    /// Parses and validates `text`.
    pub fn parse(text: &str) -> Result<Info, InfoError> {
        let raw: RawInfo = toml::from_str(text).map_err(|e| {
            let at = e.span().map(|s| s.start).unwrap_or(0);
            let message = e.message().trim();
            InfoError {
                problems: vec![format!(
                    "{}: {message}{}",
                    locate(text, at),
                    missing_field_advice(message)
                )],
            }
        })?;
        let mut checker = Checker {
            text,
            problems: Vec::new(),
        };
        let info = checker.check(raw);
        if checker.problems.is_empty() {
            Ok(info)
        } else {
            Err(InfoError {
                problems: checker.problems,
            })
        }
    }

    pub fn find(&self, name: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.name == name)
    }
}

/// `info.toml:LINE:COLUMN` for a byte offset, both 1-based.
fn locate(text: &str, offset: usize) -> String {
    let (line, column) = line_column(text, offset);
    format!("{INFO_FILE}:{line}:{column}")
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// True for names safe to use as a path part: `[a-z0-9_]+`.
pub fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Words rustc reserves, and `test` (libtest's crate): cargo refuses them as
/// package names, or no code could name the crate.
const RESERVED: [&str; 52] = [
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield", "test",
];

/// Why `name` cannot be an exercise (and so a package) name, if it cannot:
/// cargo wants a letter first, and no keyword.
pub fn package_name_problem(name: &str) -> Option<String> {
    if !is_plain_name(name) {
        return Some(format!("`{name}` may only use a-z, 0-9 and _"));
    }
    if !name.starts_with(|c: char| c.is_ascii_lowercase()) {
        return Some(format!(
            "`{name}` must start with a letter (cargo refuses a package name starting with a digit or _)"
        ));
    }
    if RESERVED.contains(&name) {
        return Some(format!(
            "`{name}` is a Rust keyword or `test`: cargo refuses it as a package name"
        ));
    }
    None
}

/// True for a feature name cargo accepts: `[A-Za-z0-9_][A-Za-z0-9_+-]*`.
fn is_feature_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
}

/// True for a relative path that stays inside its folder (no `..`, not absolute).
fn is_crate_relative(path: &str) -> bool {
    let path = Path::new(path);
    !path.as_os_str().is_empty()
        && path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
}

/// How to fix a missing required field, from serde's "missing field `x`".
fn missing_field_advice(message: &str) -> &'static str {
    let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
    else {
        return "";
    };
    match field {
        "hints" => {
            ". Add `hints = [\"a nudge\", \"nearly the answer\"]` to this exercise: at least two, from a nudge to nearly the answer."
        }
        "go" => {
            ". Add `go = \"...\"` to this exercise: the Go way of doing the same thing, in a few lines."
        }
        "section" => ". Add `section = \"...\"` to this exercise: the article section it teaches.",
        "expect" => {
            ". Add `expect = [...]` to this exercise: how it fails as shipped, e.g. [\"E0382\"] or [\"test-failure\"]."
        }
        "mode" => ". Add `mode = \"test\"` (or \"run\", \"clippy\") to this exercise.",
        "name" => ". Add `name = \"...\"` to this exercise: its package name.",
        "dir" => ". Add `dir = \"NN_topic\"` to this exercise: its topic folder.",
        "format_version" => ". Add `format_version = 1` at the top of the file.",
        "welcome_message" | "final_message" => {
            ". Add it at the top of the file: the text shown at the start (welcome) or the end (final) of the course."
        }
        _ => ". Add it to this entry.",
    }
}

struct Checker<'a> {
    text: &'a str,
    problems: Vec<String>,
}

impl Checker<'_> {
    fn problem<T>(&mut self, at: &Spanned<T>, message: impl fmt::Display) {
        let located = locate(self.text, at.span().start);
        self.problems.push(format!("{located}: {message}"));
    }

    fn check(&mut self, raw: RawInfo) -> Info {
        if *raw.format_version.get_ref() != FORMAT_VERSION {
            self.problem(
                &raw.format_version,
                format!("format_version {} is not one this grader reads ({FORMAT_VERSION}). Update the grader or the course.", raw.format_version.get_ref()),
            );
        }
        let mut exercises: Vec<Exercise> = Vec::new();
        for entry in raw.exercises {
            let name = entry.name.get_ref().clone();
            if exercises.iter().any(|e| e.name == name) {
                self.problem(
                    &entry.name,
                    format!("the name `{name}` is used twice. Give each exercise its own name."),
                );
            }
            if let Some(exercise) = self.exercise(entry) {
                exercises.push(exercise);
            }
        }
        Info {
            welcome_message: raw.welcome_message,
            final_message: raw.final_message,
            exercises,
        }
    }

    fn exercise(&mut self, raw: RawExercise) -> Option<Exercise> {
        let before = self.problems.len();
        if let Some(why) = package_name_problem(raw.name.get_ref()) {
            self.problem(&raw.name, format!("name {why}. Rename it."));
        }
        if !is_plain_name(raw.dir.get_ref()) {
            self.problem(
                &raw.dir,
                format!(
                    "dir `{}` may only use a-z, 0-9 and _. Rename it.",
                    raw.dir.get_ref()
                ),
            );
        }
        let expect = self.expectations(&raw.expect);
        if raw.hints.get_ref().len() < 2 || raw.hints.get_ref().iter().any(|h| h.trim().is_empty())
        {
            self.problem(
                &raw.hints,
                "an exercise needs at least 2 non-empty hints, from a nudge to nearly the answer.",
            );
        }
        if raw.go.get_ref().trim().is_empty() {
            self.problem(
                &raw.go,
                "`go` is empty. Show the Go way of doing the same thing in a few lines.",
            );
        }
        if raw.section.get_ref().trim().is_empty() {
            self.problem(
                &raw.section,
                "`section` is empty. Name the article section this exercise teaches.",
            );
        }
        if let Some(limit) = &raw.timeout_secs {
            if !(1..=MAX_SECS).contains(limit.get_ref()) {
                self.problem(
                    limit,
                    format!("timeout_secs is {}: give a number of seconds from 1 to {MAX_SECS} (3 suits an exercise that hangs as shipped).", limit.get_ref()),
                );
            }
        }
        if let Some(memory) = &raw.memory_mb {
            if !MEMORY_MB.contains(memory.get_ref()) {
                self.problem(
                    memory,
                    format!(
                        "memory_mb is {}: give a number of MiB from {} to {}.",
                        memory.get_ref(),
                        MEMORY_MB.start(),
                        MEMORY_MB.end()
                    ),
                );
            }
        }
        if let Some(editable) = &raw.editable {
            for file in editable.get_ref() {
                if !is_crate_relative(file) {
                    self.problem(
                        editable,
                        format!("`editable` names `{file}`: give a path inside the exercise crate, such as \"Cargo.toml\"."),
                    );
                }
            }
        }
        if let Some(features) = &raw.features {
            for feature in features.get_ref() {
                if !is_feature_name(feature) {
                    self.problem(
                        features,
                        format!("`features` names `{feature}`: a cargo feature name uses letters, digits, _ and - (no `/`, no `dep:`)."),
                    );
                }
            }
        }
        if self.problems.len() > before {
            return None;
        }
        let exercise = Exercise {
            name: raw.name.get_ref().clone(),
            dir: raw.dir.get_ref().clone(),
            mode: raw.mode,
            expect,
            hints: raw.hints.into_inner(),
            go: raw.go.into_inner(),
            section: raw.section.into_inner(),
            timeout: raw
                .timeout_secs
                .map(|t| Duration::from_secs(t.into_inner())),
            editable: raw.editable.map(Spanned::into_inner).unwrap_or_default(),
            features: raw.features.map(Spanned::into_inner).unwrap_or_default(),
            memory_mb: raw.memory_mb.map(Spanned::into_inner),
        };
        Some(exercise)
    }

    fn expectations(&mut self, raw: &Spanned<Vec<Spanned<String>>>) -> Vec<Expect> {
        if raw.get_ref().is_empty() {
            self.problem(raw, "`expect` is empty. Say how the shipped exercise fails, e.g. [\"E0382\"] or [\"test-failure\"].");
        }
        let mut expect = Vec::new();
        for item in raw.get_ref() {
            match item.get_ref().parse::<Expect>() {
                Ok(e) => expect.push(e),
                Err(why) => self.problem(item, why),
            }
        }
        if let Err(why) = Expect::check_combination(&expect) {
            self.problem(raw, why);
        }
        expect
    }
}

/// The features a manifest declares under `[features]`.
pub fn declared_features(manifest: &Path) -> std::collections::BTreeSet<String> {
    #[derive(Deserialize)]
    struct Manifest {
        #[serde(default)]
        features: std::collections::BTreeMap<String, toml::Value>,
    }
    let text = std::fs::read_to_string(manifest).unwrap_or_default();
    toml::from_str::<Manifest>(&text)
        .map(|m| m.features.into_keys().collect())
        .unwrap_or_default()
}

/// The `[lib] name` of a manifest, if it sets one.
pub fn lib_name(manifest: &Path) -> Option<String> {
    #[derive(Deserialize)]
    struct Manifest {
        lib: Option<Lib>,
    }
    #[derive(Deserialize)]
    struct Lib {
        name: Option<String>,
    }
    let text = std::fs::read_to_string(manifest).ok()?;
    toml::from_str::<Manifest>(&text).ok()?.lib?.name
}

#[cfg(test)]
mod tests {
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
}
