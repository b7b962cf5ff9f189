//! Finding the course (like cargo finds Cargo.toml) and loading what it holds.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

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
        .filter_map(|(path, package)| self.crate_problem(path, package))
        .collect()
    }

    /// What is wrong with the crate at `crate_path` (relative to the root)
    /// that cargo would not say clearly: its Cargo.toml is gone, or names
    /// another package. One that does not parse is left to cargo, which names
    /// the line. A broken crate is its exercise's problem, not the course's:
    /// the other exercises, and `reset` of this one, keep working.
    pub fn crate_problem(&self, crate_path: &Path, package: &str) -> Option<String> {
        let manifest = crate_path.join("Cargo.toml");
        let text = match std::fs::read_to_string(self.root.join(&manifest)) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Some(format!("{} is missing.", manifest.display()));
            }
            Err(e) => return Some(format!("cannot read {}: {e}.", manifest.display())),
        };
        match package_name(&text) {
            Some(found) if found != package => Some(format!(
                "the package in {} is `{found}`, expected `{package}`.",
                manifest.display()
            )),
            _ => None,
        }
    }
}

/// The `[package] name` in the text of a manifest, if it has one.
fn package_name(text: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Manifest {
        package: Package,
    }
    #[derive(Deserialize)]
    struct Package {
        name: String,
    }
    toml::from_str::<Manifest>(text)
        .ok()
        .map(|m| m.package.name)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn course(root: &Path) -> Course {
        Course {
            root: root.to_path_buf(),
            info: Info {
                welcome_message: String::new(),
                final_message: String::new(),
                exercises: Vec::new(),
            },
            hashes: TestHashes::default(),
            hashes_problem: None,
        }
    }

    #[test]
    fn a_missing_or_misnamed_crate_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let course = course(dir.path());
        let krate = Path::new("exercises/01_x/a");
        assert_eq!(
            course.crate_problem(krate, "a").unwrap(),
            "exercises/01_x/a/Cargo.toml is missing."
        );
        std::fs::create_dir_all(dir.path().join(krate)).unwrap();
        let manifest = dir.path().join(krate).join("Cargo.toml");
        std::fs::write(&manifest, "[package]\nname = \"b\"\n").unwrap();
        let problem = course.crate_problem(krate, "a").unwrap();
        assert!(problem.contains("is `b`, expected `a`"), "{problem}");
        // Left to cargo, which names the line.
        std::fs::write(&manifest, "[package\n").unwrap();
        assert_eq!(course.crate_problem(krate, "a"), None);
    }
}
