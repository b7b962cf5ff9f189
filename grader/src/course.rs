//! Finding the course (like cargo finds Cargo.toml) and loading what it holds.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::hashes::TestHashes;
use crate::info::{Exercise, INFO_FILE, Info};

/// A loaded course: its root folder, its validated info.toml and test hashes.
#[derive(Debug)]
pub struct Course {
    pub root: PathBuf,
    pub info: Info,
    pub hashes: TestHashes,
    /// Why test-hashes.toml could not be read (then `hashes` is empty).
    pub hashes_problem: Option<String>,
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
        let (hashes, hashes_problem) = match TestHashes::load(&root) {
            Ok(hashes) => (hashes, None),
            Err(e) => (TestHashes::default(), Some(format!("{e:#}"))),
        };
        Ok(Course {
            root,
            info,
            hashes,
            hashes_problem,
        })
    }

    /// The exercise called `name`, or an error that lists how to see the names.
    pub fn exercise(&self, name: &str) -> Result<&Exercise> {
        self.info.find(name).with_context(|| {
            format!("there is no exercise `{name}`. `grader list` shows them all.")
        })
    }
}

impl Course {
    /// What is wrong with the exercise's two crates (missing, misnamed), for `check`.
    pub fn crate_problems(&self, exercise: &Exercise) -> Vec<String> {
        [
            (exercise.exercise_path(), exercise.package().to_string()),
            (exercise.solution_path(), exercise.solution_package()),
        ]
        .iter()
        .filter_map(|(path, package)| crate::info::crate_problem(&self.root, path, package))
        .collect()
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
