//! Checking info.toml as written: every problem, located, at once.

use std::fmt;
use std::path::Path;
use std::time::Duration;

use toml::Spanned;

use super::FORMAT_VERSION;
use super::{Exercise, Info, MAX_SECS, MEMORY_MB, RawExercise, RawInfo, locate};
use crate::expect::Expect;

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
pub(super) fn missing_field_advice(message: &str) -> &'static str {
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

pub(super) struct Checker<'a> {
    pub(super) text: &'a str,
    pub(super) problems: Vec<String>,
}

impl Checker<'_> {
    fn problem<T>(&mut self, at: &Spanned<T>, message: impl fmt::Display) {
        let located = locate(self.text, at.span().start);
        self.problems.push(format!("{located}: {message}"));
    }

    pub(super) fn check(&mut self, raw: RawInfo) -> Info {
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
        self.names(&raw);
        let expect = self.expectations(&raw.expect);
        self.texts(&raw);
        self.limits(&raw);
        self.lists(&raw);
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

    /// The name and the topic folder: parts of paths and package names.
    fn names(&mut self, raw: &RawExercise) {
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
    }

    /// The hints, the Go note and the section: text the learner reads.
    fn texts(&mut self, raw: &RawExercise) {
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
    }

    /// The time and memory limits.
    fn limits(&mut self, raw: &RawExercise) {
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
    }

    /// The editable files and the features.
    fn lists(&mut self, raw: &RawExercise) {
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
