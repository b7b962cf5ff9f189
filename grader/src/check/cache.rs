//! Remembered verdicts, so that a second `check` with nothing changed takes a
//! second. A verdict is keyed by the SHA-256 of every input it depends on: the
//! grader's version, the rustc version, the workspace manifest and lock file,
//! the info.toml entry, the recorded test hash, and every file of both crates.
//! Any change to any of them is a new key: a stale verdict cannot be found.
//! Only sound verdicts are kept; a defect is always checked again.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::course::Course;
use crate::hashes::hex;
use crate::info::Exercise;

const CACHE_FILE: &str = "check-cache.json";

#[derive(Debug, Default)]
pub struct Cache {
    path: PathBuf,
    /// Exercise name → the key of its last sound verdict.
    sound: BTreeMap<String, String>,
}

impl Cache {
    pub fn load(root: &Path) -> Cache {
        let path = root.join(crate::cargo::TARGET_DIR).join(CACHE_FILE);
        let sound = std::fs::read(&path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        Cache { path, sound }
    }

    pub fn is_sound(&self, name: &str, key: &str) -> bool {
        self.sound.get(name).is_some_and(|k| k == key)
    }

    pub fn record(&mut self, name: &str, key: Option<String>) {
        match key {
            Some(key) => self.sound.insert(name.to_string(), key),
            None => self.sound.remove(name),
        };
    }

    /// Best effort: a cache that cannot be written only costs time.
    pub fn save(&self) {
        if let Some(dir) = self.path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if let Ok(bytes) = serde_json::to_vec(&self.sound) {
            let _ = crate::fsutil::write_atomically(&self.path, &bytes);
        }
    }
}

/// The inputs every verdict shares: grader and rustc versions, manifest, lock file.
pub fn shared_inputs(course: &Course, rustc_version: &str) -> Vec<u8> {
    let mut inputs =
        format!("grader {}\n{rustc_version}\n", env!("CARGO_PKG_VERSION")).into_bytes();
    for file in ["Cargo.toml", "Cargo.lock"] {
        inputs.extend(std::fs::read(course.root.join(file)).unwrap_or_default());
        inputs.push(0);
    }
    inputs
}

/// The key of one exercise's verdict.
pub fn key(course: &Course, exercise: &Exercise, shared: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(shared);
    let mut entry = exercise.clone();
    entry.line = 0; // moving an entry in info.toml changes nothing
    hasher.update(format!(
        "{entry:?}\n{:?}\n",
        course.hashes.sha256.get(&exercise.name)
    ));
    for krate in [exercise.exercise_path(), exercise.solution_path()] {
        hash_tree(&mut hasher, &course.root, &krate);
    }
    hex(&hasher.finalize())
}

/// Every file under `dir` (but build output), by relative path and content.
fn hash_tree(hasher: &mut Sha256, root: &Path, dir: &Path) {
    let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
        hasher.update(b"missing\0");
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let relative = dir.join(entry.file_name());
        if entry.path().is_dir() {
            if entry.file_name() != "target" {
                hash_tree(hasher, root, &relative);
            }
            continue;
        }
        hasher.update(relative.to_string_lossy().as_bytes());
        hasher.update([0]);
        hasher.update(std::fs::read(entry.path()).unwrap_or_default());
        hasher.update([0]);
    }
}
