//! `test-hashes.toml`: the SHA-256 of each exercise's test file as shipped,
//! so that a learner who edits the tests is told so instead of passing.
//! `grader check` proves the recorded hashes are current;
//! `grader check --update-hashes` rewrites them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::info::{Exercise, Info};

pub const HASHES_FILE: &str = "test-hashes.toml";

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestHashes {
    /// Exercise name → SHA-256 (hex) of its `src/tests.rs`, line endings normalised.
    #[serde(default)]
    pub sha256: BTreeMap<String, String>,
}

impl TestHashes {
    /// Reads the file; a course without one has no protected tests.
    pub fn load(root: &Path) -> Result<TestHashes> {
        let path = root.join(HASHES_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                toml::from_str(&text).map_err(|e| {
                    let at = e.span().map_or(0, |s| s.start);
                    let line = text.get(..at).map_or(1, |t| t.matches('\n').count() + 1);
                    anyhow::anyhow!(
                        "{HASHES_FILE}:{line}: {} ({}). This file records the hash of each exercise's shipped tests: restore it with `git checkout -- {HASHES_FILE}`, or (instructors) rewrite it with `grader check --update-hashes`.",
                        if bytes.is_empty() { "is empty" } else { "is damaged" },
                        e.message().trim()
                    )
                })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(TestHashes::default()),
            Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
        }
    }

    /// The hashes of the test files as they are now.
    pub fn compute(root: &Path, info: &Info) -> TestHashes {
        let sha256 = info
            .exercises
            .iter()
            .filter_map(|e| Some((e.name.clone(), hash_file(&root.join(e.tests_file()?))?)))
            .collect();
        TestHashes { sha256 }
    }

    pub fn save(&self, root: &Path) -> Result<()> {
        let header = "# Written by `grader check --update-hashes`: the SHA-256 of each exercise's\n# src/tests.rs, so that the grader can tell a learner who edited the tests.\n\n";
        let text = format!("{header}{}", toml::to_string(self)?);
        crate::fsutil::write_atomically(&root.join(HASHES_FILE), text.as_bytes())
    }

    /// The test file, if it no longer matches its recorded hash.
    pub fn edited_tests(&self, root: &Path, exercise: &Exercise) -> Option<PathBuf> {
        let file = exercise.tests_file()?;
        let recorded = self.sha256.get(&exercise.name)?;
        let now = hash_file(&root.join(&file));
        (now.as_ref() != Some(recorded)).then_some(file)
    }
}

fn hash_file(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
    Some(hex(&Sha256::digest(text.as_bytes())))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_damaged_file_names_its_line_and_the_fix() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(HASHES_FILE), "# x\n[sha256\n").unwrap();
        let error = format!("{:#}", TestHashes::load(dir.path()).unwrap_err());
        assert!(
            error.starts_with("test-hashes.toml:2: is damaged"),
            "{error}"
        );
        assert!(
            error.contains("git checkout -- test-hashes.toml"),
            "{error}"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn any_bytes_load_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join(HASHES_FILE), &bytes).unwrap();
            let _ = TestHashes::load(dir.path());
        }
    }
}
