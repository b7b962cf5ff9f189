//! The learner's progress: one small TOML file in the course root, ignored by
//! git, keyed by exercise name (so reordering or adding exercises keeps it),
//! written atomically.
//!
//! Two graders may run at once (`run` in one terminal, `watch` in another):
//! every change goes through [`Progress::update`], which holds a lock file
//! (`flock`) while it reads the file, applies the change and writes it back,
//! so no update is lost. A damaged file is moved aside and progress restarts;
//! a file that cannot be read (permissions) is left alone and nothing is saved
//! over it. The rules that change it are in [`crate::learner`].

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

pub const PROGRESS_FILE: &str = ".grader-progress.toml";
/// Held while the progress file is read, changed and written.
pub const LOCK_FILE: &str = ".grader-progress.lock";
/// How long to wait for another grader to finish its update.
const LOCK_WAIT: Duration = Duration::from_secs(10);

/// Fields this grader does not know (written by a newer one) are ignored,
/// never a reason to set the learner's progress aside.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
pub struct ExerciseProgress {
    #[serde(default)]
    pub done: bool,
    /// How many hints were revealed.
    #[serde(default)]
    pub hints_shown: usize,
    /// When it was first graded (seconds since the Unix epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_graded: Option<u64>,
    /// Seconds from its first grading to its first pass.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds_to_pass: Option<u64>,
}

/// Now, in seconds since the Unix epoch (0 if the clock is before it).
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The progress, and a warning for the learner if the file had to be set aside.
pub struct Loaded {
    pub progress: Progress,
    pub warning: Option<String>,
}

/// What reading the progress file found.
enum Read {
    Found(Progress),
    Missing,
    Damaged(String),
    Unreadable(std::io::Error),
}

fn read(path: &Path) -> Read {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Read::Missing,
        Err(e) => return Read::Unreadable(e),
    };
    match std::str::from_utf8(&bytes) {
        Ok(text) => match Progress::parse(text) {
            Ok(progress) => Read::Found(progress),
            Err(why) => Read::Damaged(why),
        },
        Err(_) => Read::Damaged("it is not UTF-8 text".into()),
    }
}

impl Progress {
    /// Reads the progress: none yet is a fresh start; a damaged file is set
    /// aside; an unreadable one is left alone, with a warning.
    pub fn load(root: &Path) -> Loaded {
        let path = root.join(PROGRESS_FILE);
        crate::fsutil::remove_stale_temps(&path);
        let (progress, warning) = match read(&path) {
            Read::Found(progress) => (progress, None),
            Read::Missing => (Progress::default(), None),
            Read::Damaged(why) => (Progress::default(), Some(set_aside(&path, &why))),
            Read::Unreadable(e) => (Progress::default(), Some(unreadable(&path, &e))),
        };
        Loaded { progress, warning }
    }

    /// The progress on disk now, if it can be read (for a grader that keeps a
    /// copy, to see what other graders saved). Never moves anything.
    pub fn reread(root: &Path) -> Option<Progress> {
        match read(&root.join(PROGRESS_FILE)) {
            Read::Found(progress) => Some(progress),
            Read::Missing => Some(Progress::default()),
            Read::Damaged(_) | Read::Unreadable(_) => None,
        }
    }

    /// Parses the text of a progress file.
    pub fn parse(text: &str) -> Result<Progress, String> {
        toml::from_str(text).map_err(|e| e.message().trim().to_string())
    }

    /// Applies `change` to the progress on disk and saves it, holding the
    /// lock from the read to the write. Returns the progress saved.
    pub fn update(root: &Path, mut change: impl FnMut(&mut Progress)) -> Result<Progress> {
        let path = root.join(PROGRESS_FILE);
        let _lock = lock(&root.join(LOCK_FILE))?;
        crate::fsutil::remove_stale_temps(&path);
        let mut progress = match read(&path) {
            Read::Found(progress) => progress,
            Read::Missing => Progress::default(),
            Read::Damaged(why) => {
                set_aside(&path, &why);
                Progress::default()
            }
            Read::Unreadable(e) => bail!(
                "cannot read {} ({e}), so nothing was saved over it. Make it readable: `chmod u+rw {}`.",
                path.display(),
                path.display()
            ),
        };
        change(&mut progress);
        let text = toml::to_string(&progress)?;
        crate::fsutil::write_atomically(&path, text.as_bytes())?;
        Ok(progress)
    }

    pub fn is_done(&self, name: &str) -> bool {
        self.exercises.get(name).is_some_and(|e| e.done)
    }

    pub fn seconds_to_pass(&self, name: &str) -> Option<u64> {
        self.exercises.get(name).and_then(|e| e.seconds_to_pass)
    }

    pub fn hints_shown(&self, name: &str) -> usize {
        self.exercises.get(name).map_or(0, |e| e.hints_shown)
    }

    pub fn entry(&mut self, name: &str) -> &mut ExerciseProgress {
        self.exercises.entry(name.to_string()).or_default()
    }
}

/// Takes the lock file, waiting up to [`LOCK_WAIT`] for another grader.
fn lock(path: &Path) -> Result<File> {
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .with_context(|| format!("cannot create the lock file {}", path.display()))?;
    let until = Instant::now() + LOCK_WAIT;
    loop {
        if crate::fsutil::try_lock(&file)? {
            return Ok(file);
        }
        if Instant::now() >= until {
            bail!(
                "another grader has held {} for {}s: is one stuck? Stop it, then try again.",
                path.display(),
                LOCK_WAIT.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn unreadable(path: &Path, e: &std::io::Error) -> String {
    format!(
        "warning: cannot read the progress file {} ({e}). It is left as it is; progress is not shown and will not be saved until it can be read: `chmod u+rw {}`.",
        path.display(),
        path.display()
    )
}

/// Moves a damaged file aside; returns the warning for the learner.
fn set_aside(path: &Path, why: &str) -> String {
    let aside = PathBuf::from(format!(
        "{}.damaged-{}",
        path.display(),
        crate::fsutil::timestamp()
    ));
    if std::fs::rename(path, &aside).is_ok() {
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn load(root: &Path) -> Loaded {
        Progress::load(root)
    }

    #[test]
    fn a_newer_graders_fields_keep_the_progress() {
        let dir = tempfile::tempdir().unwrap();
        let text =
            "welcomed = true\nstreak = 3\n\n[exercises.moves1]\ndone = true\nnotes = \"x\"\n";
        std::fs::write(dir.path().join(PROGRESS_FILE), text).unwrap();
        let loaded = load(dir.path());
        assert!(loaded.warning.is_none(), "{:?}", loaded.warning);
        assert!(loaded.progress.exercises["moves1"].done);
    }

    #[test]
    fn round_trips_and_sets_a_damaged_file_aside() {
        let dir = tempfile::tempdir().unwrap();
        let saved = Progress::update(dir.path(), |p| {
            p.entry("moves1").done = true;
            p.entry("moves2").hints_shown = 2;
        })
        .unwrap();
        let loaded = load(dir.path());
        assert_eq!(loaded.progress, saved);
        assert!(loaded.warning.is_none());

        std::fs::write(dir.path().join(PROGRESS_FILE), "done = [").unwrap();
        let loaded = load(dir.path());
        assert_eq!(loaded.progress, Progress::default());
        assert!(loaded.warning.unwrap().contains("damaged"));
        let kept = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().contains(".damaged-"));
        assert!(kept, "the damaged file is kept aside");
    }

    #[test]
    fn an_unreadable_file_is_neither_moved_nor_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the file should be: reading fails, and not with "not found".
        std::fs::create_dir(dir.path().join(PROGRESS_FILE)).unwrap();
        let loaded = load(dir.path());
        assert!(loaded.warning.unwrap().contains("cannot read"));
        assert!(dir.path().join(PROGRESS_FILE).is_dir(), "left where it is");
        let error = Progress::update(dir.path(), |p| p.welcomed = true).unwrap_err();
        assert!(
            format!("{error:#}").contains("nothing was saved"),
            "{error:#}"
        );
    }

    #[test]
    fn concurrent_updates_are_all_kept() {
        let dir = tempfile::tempdir().unwrap();
        std::thread::scope(|scope| {
            for i in 0..8 {
                let root = dir.path();
                scope.spawn(move || {
                    for j in 0..10 {
                        Progress::update(root, |p| p.entry(&format!("e{i}_{j}")).done = true)
                            .unwrap();
                    }
                });
            }
        });
        let progress = load(dir.path()).progress;
        assert_eq!(progress.exercises.len(), 80);
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn any_text_loads_without_panic(text in "\\PC*") {
            let _ = Progress::parse(&text);
        }

        #[test]
        fn any_bytes_load_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join(PROGRESS_FILE), &bytes).unwrap();
            let _ = load(dir.path());
        }

        #[test]
        fn toml_shaped_text_loads_without_panic(
            done in any::<bool>(),
            hints in any::<i64>(),
            name in "[a-z0-9_\"\\\\]{0,8}",
        ) {
            let text = format!("welcomed = {done}\n[exercises.{name}]\ndone = {done}\nhints_shown = {hints}\n");
            let _ = Progress::parse(&text);
        }
    }
}
