//! Finding the course (like cargo finds Cargo.toml) and loading what it holds.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::info::{Exercise, INFO_FILE, Info};
use crate::shipped::{ExerciseRecord, SHIPPED_FILE, Shipped};

/// A loaded course: its root folder, its validated info.toml and the record
/// of what it ships (protected files, test names).
#[derive(Debug)]
pub struct Course {
    pub root: PathBuf,
    pub info: Info,
    pub shipped: Shipped,
    /// Why the record could not be read, if it could not: commands that do not
    /// grade still work, and `check --update-hashes` writes it anew.
    pub shipped_error: Option<String>,
}

impl Course {
    /// Loads the course at `given`, or the nearest folder above the current
    /// one that holds both info.toml and Cargo.toml.
    pub fn open(given: Option<&Path>) -> Result<Course> {
        let root = match given {
            Some(path) => path
                .canonicalize()
                .with_context(|| format!("the course folder {} does not exist", path.display()))?,
            None => find_root(&std::env::current_dir().context("cannot read the current folder")?)?,
        };
        let info = Info::load(&root)?;
        let (shipped, shipped_error) = match Shipped::load(&root) {
            Ok(shipped) => (shipped, None),
            Err(e) => (Shipped::default(), Some(format!("{e:#}"))),
        };
        Ok(Course {
            root,
            info,
            shipped,
            shipped_error,
        })
    }

    /// What the course ships for `exercise`: without it no pass can be trusted,
    /// so a missing or partial record is the course's error, never a pass.
    pub fn record(&self, exercise: &Exercise) -> Result<&ExerciseRecord> {
        if let Some(error) = &self.shipped_error {
            bail!("{error}");
        }
        let name = &exercise.name;
        let record = self.shipped.get(name).filter(|r| {
            !r.files.is_empty() && (exercise.mode == crate::info::Mode::Run || !r.tests.is_empty())
        });
        record.with_context(|| {
            format!(
                "{SHIPPED_FILE} has no full record of `{name}`'s shipped tests, so a pass could not be trusted. \
                 Restore the file with `git checkout -- {SHIPPED_FILE}`; if you maintain the course, run \
                 `grader check --update-hashes --only {name}`."
            )
        })
    }

    /// The exercise called `name`, or an error that lists how to see the names.
    pub fn exercise(&self, name: &str) -> Result<&Exercise> {
        self.info.find(name).with_context(|| {
            format!("there is no exercise `{name}`. `grader list` shows them all.")
        })
    }
}

fn find_root(start: &Path) -> Result<PathBuf> {
    for dir in start.ancestors() {
        if dir.join(INFO_FILE).is_file() && dir.join("Cargo.toml").is_file() {
            return Ok(dir.to_path_buf());
        }
    }
    bail!(
        "no course here: neither {} nor a folder above it holds {INFO_FILE} and Cargo.toml. Run the grader inside the course, or pass --course PATH.",
        start.display()
    )
}
