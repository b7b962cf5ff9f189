//! `test-hashes.toml`: the course's record of what it ships for each exercise
//! and a learner must not change, written by `grader check --update-hashes`:
//! - the SHA-256 of every protected file of the exercise crate: every file but
//!   the one the learner fixes and the entry's `editable` ones (so the tests,
//!   their helpers such as deadlock1's `worst_timing.rs`, and `Cargo.toml`);
//! - the names of the shipped tests, each of which must report `ok` in the
//!   harness's own output for a pass (see `libtest`).
//!
//! The record is the course's, not the learner's: a missing or partial record
//! is a course error, never a silent pass.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::info::{Exercise, INFO_FILE, Info, Mode};
use crate::layout;

pub const SHIPPED_FILE: &str = "test-hashes.toml";

const HEADER: &str = "# Written by `grader check --update-hashes`: for each exercise, the SHA-256 of\n# every file a learner must not change, and the names of the shipped tests,\n# each of which must report `ok` for the exercise to pass.\n";

/// What the course ships for one exercise.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseRecord {
    /// Crate-relative path (`src/tests.rs`, `Cargo.toml`) → SHA-256 (hex) of
    /// the file, line endings normalised.
    pub files: BTreeMap<String, String>,
    /// libtest names of the shipped tests (`tests::adds`); doc tests as
    /// `doc: src/lib.rs - item`.
    #[serde(default)]
    pub tests: Vec<String>,
}

/// The whole record, keyed by exercise name.
#[derive(Debug, Default, Clone)]
pub struct Shipped {
    pub exercises: BTreeMap<String, ExerciseRecord>,
    /// The file's text, to point at lines in messages.
    text: String,
}

/// Something in the exercise crate that makes grading it prove nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tamper {
    /// A protected file (crate-relative) was changed or deleted.
    Edited(PathBuf),
    /// A build script was added: it runs before the tests and could change them.
    BuildScript(PathBuf),
    /// A macro the tests rely on (`assert_eq`, …) is redefined or renamed in
    /// the learner's code, so that the assertions no longer check anything.
    ShadowedMacro { file: PathBuf, name: String },
}

/// Macros the shipped tests use to check: redefining one empties the tests.
const CHECKING_MACROS: &[&str] = &[
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "panic",
    "matches",
    "unreachable",
    "unimplemented",
    "todo",
    "prop_assert",
    "prop_assert_eq",
    "prop_assert_ne",
    "proptest",
    "vec",
    "format",
];

impl Shipped {
    /// Reads the record; a course without the file has an empty record (which
    /// `problems` reports).
    pub fn load(root: &Path) -> Result<Shipped> {
        let path = root.join(SHIPPED_FILE);
        let text = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Shipped::default()),
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
        };
        let exercises = toml::from_str(&text).map_err(|e| {
            let line = e
                .span()
                .map_or(1, |s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            anyhow::anyhow!(
                "{SHIPPED_FILE}:{line}: {}\nThe course's record of its shipped tests is damaged. Restore it with `git checkout -- {SHIPPED_FILE}`; instructors rebuild it with `grader check --update-hashes`.",
                e.message().trim()
            )
        })?;
        Ok(Shipped { exercises, text })
    }

    pub fn get(&self, name: &str) -> Option<&ExerciseRecord> {
        self.exercises.get(name)
    }

    pub fn save(&self, root: &Path) -> Result<()> {
        let text = format!("{HEADER}\n{}", toml::to_string(&self.exercises)?);
        crate::fsutil::write_atomically(&root.join(SHIPPED_FILE), text.as_bytes())
    }

    /// Every way the record fails the course, each with a place and what to run.
    pub fn problems(&self, info: &Info, info_text: &str) -> Vec<String> {
        let mut problems = Vec::new();
        for exercise in &info.exercises {
            let name = &exercise.name;
            let fix = format!("run `grader check --update-hashes --only {name}`");
            let Some(record) = self.get(name) else {
                problems.push(format!(
                    "{}: `{name}` has no record in {SHIPPED_FILE}, so its tests are not protected: {fix}",
                    entry_place(info_text, name)
                ));
                continue;
            };
            let place = format!("{SHIPPED_FILE}:{}", record_line(&self.text, name));
            if record.files.is_empty() {
                problems.push(format!(
                    "{place}: the record of `{name}` protects no file: {fix}"
                ));
            }
            if exercise.mode != Mode::Run && record.tests.is_empty() {
                problems.push(format!(
                    "{place}: the record of `{name}` names no shipped test, so no pass could be counted: {fix}"
                ));
            }
        }
        problems
    }
}

/// `info.toml:LINE` of an exercise's entry.
fn entry_place(info_text: &str, name: &str) -> String {
    let needle = format!("name = \"{name}\"");
    let line = info_text
        .lines()
        .position(|l| l.trim() == needle)
        .map_or(1, |i| i + 1);
    format!("{INFO_FILE}:{line}")
}

/// The line of `[name]` in the record's text.
fn record_line(text: &str, name: &str) -> usize {
    let header = format!("[{name}]");
    text.lines()
        .position(|l| l.trim() == header)
        .map_or(1, |i| i + 1)
}

impl ExerciseRecord {
    /// The first sign that the crate at `dir` was tampered with, if any.
    /// `editable` are the files the exercise lets the learner change.
    pub fn tampering(&self, dir: &Path, editable: &[String]) -> Option<Tamper> {
        for (file, recorded) in &self.files {
            if hash_file(&dir.join(file)).as_ref() != Some(recorded) {
                return Some(Tamper::Edited(PathBuf::from(file)));
            }
        }
        let build_script = Path::new("build.rs");
        let allowed =
            self.files.contains_key("build.rs") || editable.iter().any(|e| e == "build.rs");
        if !allowed && dir.join(build_script).exists() {
            return Some(Tamper::BuildScript(build_script.to_path_buf()));
        }
        learner_sources(dir, self)
            .into_iter()
            .find_map(|file| shadowed_macro(dir, &file))
    }

    /// True when a crate-relative path is one of the protected files.
    pub fn protects(&self, file: &Path) -> bool {
        self.files.contains_key(&slash_path(file))
    }
}

/// The files of the exercise crate a learner must not change, crate-relative.
pub fn protected_files(exercise: &Exercise, dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    walk(dir, Path::new(""), &mut files);
    files.retain(|f| !is_learners(exercise, f));
    files
}

/// The learner's own files: the main file and the entry's `editable` ones.
fn is_learners(exercise: &Exercise, file: &Path) -> bool {
    let file = slash_path(file);
    file == exercise.main_file() || exercise.editable.contains(&file)
}

/// Hashes of the protected files, as `--update-hashes` records them.
pub fn hash_protected(exercise: &Exercise, dir: &Path) -> BTreeMap<String, String> {
    protected_files(exercise, dir)
        .into_iter()
        .filter_map(|f| Some((slash_path(&f), hash_file(&dir.join(&f))?)))
        .collect()
}

/// The Rust files of the crate that are not protected (the learner's).
fn learner_sources(dir: &Path, record: &ExerciseRecord) -> Vec<PathBuf> {
    let mut files = Vec::new();
    walk(dir, Path::new(""), &mut files);
    files.retain(|f| f.extension().is_some_and(|e| e == "rs") && !record.protects(f));
    files
}

/// Crate-relative files under `dir`, build output and hidden folders left out.
fn walk(dir: &Path, relative: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir.join(relative)) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let path = relative.join(&name);
        let hidden = name.to_string_lossy().starts_with('.');
        match entry.file_type() {
            Ok(t) if t.is_dir() && !layout::is_build_output(&name) && !hidden => {
                walk(dir, &path, out)
            }
            Ok(t) if t.is_file() && !hidden => out.push(path),
            _ => {}
        }
    }
}

/// A `macro_rules!` or a `use … as` that gives a checking macro's name to
/// something else, in one of the learner's files.
fn shadowed_macro(dir: &Path, file: &Path) -> Option<Tamper> {
    let text = std::fs::read_to_string(dir.join(file)).ok()?;
    let code = strip_comments(&text);
    let words: Vec<&str> = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '!' || c == '#'))
        .filter(|w| !w.is_empty())
        .collect();
    for pair in words.windows(2) {
        let defined = match pair[0] {
            "macro_rules!" | "as" | "macro" => pair[1].trim_start_matches("r#"),
            _ => continue,
        };
        if CHECKING_MACROS.contains(&defined) {
            return Some(Tamper::ShadowedMacro {
                file: file.to_path_buf(),
                name: defined.to_string(),
            });
        }
    }
    None
}

/// The text without `//` line comments (block comments are rare in exercises
/// and only make the check stricter).
fn strip_comments(text: &str) -> String {
    text.lines()
        .map(|line| line.split_once("//").map_or(line, |(code, _)| code))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A relative path with `/` separators, as the record keys it.
fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

pub fn hash_file(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
    Some(hex(&Sha256::digest(text.as_bytes())))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests;
