//! The learner's progress: one small TOML file in the course root, ignored by
//! git, keyed by exercise name (so reordering or adding exercises keeps it),
//! written atomically. A damaged file is moved aside and progress restarts.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::{Deserialize, Serialize};

use crate::info::{Exercise, Info};

pub const PROGRESS_FILE: &str = ".grader-progress.toml";

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// The exercise the learner chose to work on, if they jumped to one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chosen: Option<String>,
    /// Whether the welcome message was shown.
    #[serde(default)]
    pub welcomed: bool,
    #[serde(default)]
    pub exercises: BTreeMap<String, ExerciseProgress>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseProgress {
    #[serde(default)]
    pub done: bool,
    /// How many hints were revealed.
    #[serde(default)]
    pub hints_shown: usize,
}

/// The progress, and a warning for the learner if the file had to be set aside.
pub struct Loaded {
    pub progress: Progress,
    pub warning: Option<String>,
}

impl Progress {
    pub fn load(root: &Path) -> Loaded {
        let path = root.join(PROGRESS_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Loaded {
                    progress: Progress::default(),
                    warning: None,
                };
            }
            Err(e) => return set_aside(&path, &e.to_string()),
        };
        match toml::from_str(&text) {
            Ok(progress) => Loaded {
                progress,
                warning: None,
            },
            Err(e) => set_aside(&path, e.message()),
        }
    }

    pub fn save(&self, root: &Path) -> Result<()> {
        let text = toml::to_string(self)?;
        crate::fsutil::write_atomically(&root.join(PROGRESS_FILE), text.as_bytes())
    }

    pub fn is_done(&self, name: &str) -> bool {
        self.exercises.get(name).is_some_and(|e| e.done)
    }

    pub fn hints_shown(&self, name: &str) -> usize {
        self.exercises.get(name).map_or(0, |e| e.hints_shown)
    }

    pub fn entry(&mut self, name: &str) -> &mut ExerciseProgress {
        self.exercises.entry(name.to_string()).or_default()
    }

    /// The exercise to work on: the one chosen if it is not done yet, else
    /// the first one not done. `None` when the course is finished.
    pub fn current<'a>(&self, info: &'a Info) -> Option<&'a Exercise> {
        let chosen = self.chosen.as_deref().and_then(|name| info.find(name));
        chosen
            .filter(|e| !self.is_done(&e.name))
            .or_else(|| info.exercises.iter().find(|e| !self.is_done(&e.name)))
    }

    pub fn done_count(&self, info: &Info) -> usize {
        info.exercises
            .iter()
            .filter(|e| self.is_done(&e.name))
            .count()
    }
}

fn set_aside(path: &Path, why: &str) -> Loaded {
    let aside = PathBuf::from(format!(
        "{}.damaged-{}",
        path.display(),
        crate::fsutil::timestamp()
    ));
    let moved = std::fs::rename(path, &aside).is_ok();
    let warning = if moved {
        format!(
            "warning: the progress file {} was damaged ({why}). It was kept as {} and progress starts again.",
            path.display(),
            aside.display()
        )
    } else {
        format!(
            "warning: the progress file {} is damaged ({why}) and could not be moved aside; progress starts again.",
            path.display()
        )
    };
    Loaded {
        progress: Progress::default(),
        warning: Some(warning),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_sets_a_damaged_file_aside() {
        let dir = tempfile::tempdir().unwrap();
        let mut progress = Progress::default();
        progress.entry("moves1").done = true;
        progress.entry("moves2").hints_shown = 2;
        progress.save(dir.path()).unwrap();
        let loaded = Progress::load(dir.path());
        assert_eq!(loaded.progress, progress);
        assert!(loaded.warning.is_none());

        std::fs::write(dir.path().join(PROGRESS_FILE), "done = [").unwrap();
        let loaded = Progress::load(dir.path());
        assert_eq!(loaded.progress, Progress::default());
        assert!(loaded.warning.unwrap().contains("damaged"));
        let kept = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().contains(".damaged-"));
        assert!(kept, "the damaged file is kept aside");
    }
}
