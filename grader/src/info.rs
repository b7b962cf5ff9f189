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

mod validate;

use validate::{Checker, missing_field_advice};
pub use validate::{is_plain_name, package_name_problem};

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
mod tests;
