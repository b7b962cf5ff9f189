//! Remembered verdicts, so that a second `check` with nothing changed takes a
//! second. A verdict is keyed by the SHA-256 of every input it depends on:
//! this grader binary, the rustc version, the run limits, the workspace files
//! (manifest, lock file, toolchain and lint settings), the build environment,
//! the info.toml entry, the recorded test hash, and every file of both crates.
//! Any change to any of them is a new key: a stale verdict cannot be found.
//! Only sound verdicts are kept; a defect is always checked again.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::course::Course;
use crate::grade::Settings;
use crate::info::Exercise;
use crate::shipped::hex;

const CACHE_FILE: &str = "check-cache.json";

#[derive(Debug, Default)]
pub struct Cache {
    path: PathBuf,
    /// Exercise name → the key of its last sound verdict.
    sound: BTreeMap<String, String>,
}

impl Cache {
    pub fn load(root: &Path) -> Cache {
        let path = root.join(crate::layout::BUILD_DIR).join(CACHE_FILE);
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

/// Files of the course root that change how crates build, lint or format.
const SHARED_FILES: [&str; 9] = [
    "Cargo.toml",
    "Cargo.lock",
    "rust-toolchain",
    "rust-toolchain.toml",
    ".cargo/config.toml",
    "rustfmt.toml",
    ".rustfmt.toml",
    "clippy.toml",
    ".clippy.toml",
];

/// Environment variables that change how crates build.
const SHARED_ENV: [&str; 3] = ["RUSTFLAGS", "RUSTDOCFLAGS", "CARGO_ENCODED_RUSTFLAGS"];

/// The inputs every verdict shares: this grader binary, the toolchain, the
/// limits, the workspace files and the build environment.
pub fn shared_inputs(course: &Course, rustc_version: &str, settings: &Settings) -> Vec<u8> {
    let limits = (
        settings.run_time,
        settings.output_cap,
        settings.memory_mb,
        settings.max_tasks,
    );
    let mut inputs = format!("{}\n{rustc_version}\n{limits:?}\n", grader_identity()).into_bytes();
    for file in SHARED_FILES {
        inputs.extend(std::fs::read(course.root.join(file)).unwrap_or_default());
        inputs.push(0);
    }
    for var in SHARED_ENV {
        inputs.extend(format!("{var}={:?}\n", std::env::var_os(var)).into_bytes());
    }
    inputs
}

/// This grader: its version, and the size and time of its executable, so
/// that a rebuilt grader never trusts verdicts of the one before.
fn grader_identity() -> String {
    let exe = std::env::current_exe().ok();
    let meta = exe.as_ref().and_then(|e| std::fs::metadata(e).ok());
    let stamp = meta.map(|m| (m.len(), m.modified().ok()));
    format!("grader {} {exe:?} {stamp:?}", env!("CARGO_PKG_VERSION"))
}

/// The key of one exercise's verdict.
pub fn key(course: &Course, exercise: &Exercise, shared: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(shared);
    hasher.update(format!(
        "{exercise:?}\n{:?}\n",
        course.shipped.get(&exercise.name)
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
            if !crate::layout::is_build_output(&entry.file_name()) {
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
