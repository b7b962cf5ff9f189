//! File watching: `notify` on `<course>/exercises`, recursive. Each relevant
//! change becomes [`Event::Changed`] with the exercise it belongs to; build
//! output, editor temp files and mere reads are dropped here, in the watcher's
//! own thread, so the loop is not woken for nothing.

use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify::event::EventKind;
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

use super::events::Event;
use crate::course::Course;

/// How often `--poll` looks at the files.
const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// How saves are noticed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatchMode {
    /// inotify (or the platform's equivalent).
    Events,
    /// Look at modification times every [`POLL_INTERVAL`].
    Poll,
    /// No watching: the learner presses `r`.
    Manual,
}

impl WatchMode {
    /// From `grader watch`'s flags: `--manual` wins over `--poll`.
    pub fn from_flags(manual: bool, poll: bool) -> WatchMode {
        match (manual, poll) {
            (true, _) => WatchMode::Manual,
            (false, true) => WatchMode::Poll,
            (false, false) => WatchMode::Events,
        }
    }
}

/// A running watcher: dropping it stops watching.
pub struct Watching {
    _watcher: Option<Box<dyn Watcher + Send>>,
    pub mode: WatchMode,
}

/// Starts watching as asked. If that fails, falls back to manual mode and
/// returns the reason, for the learner.
pub fn start(
    course: &Course,
    mode: WatchMode,
    events: Sender<Event>,
) -> (Watching, Option<String>) {
    if mode == WatchMode::Manual {
        return (
            Watching {
                _watcher: None,
                mode,
            },
            None,
        );
    }
    match watcher(course, mode, events) {
        Ok(watcher) => (
            Watching {
                _watcher: Some(watcher),
                mode,
            },
            None,
        ),
        Err(e) => {
            let why = format!(
                "File watching does not work here ({e}). Falling back to manual mode: press r after each save (or try `grader watch --poll`)."
            );
            (
                Watching {
                    _watcher: None,
                    mode: WatchMode::Manual,
                },
                Some(why),
            )
        }
    }
}

fn watcher(
    course: &Course,
    mode: WatchMode,
    events: Sender<Event>,
) -> notify::Result<Box<dyn Watcher + Send>> {
    let exercises = course.root.join(crate::layout::EXERCISES_DIR);
    let crates: Vec<PathBuf> = course
        .info
        .exercises
        .iter()
        .map(|e| course.root.join(e.exercise_path()))
        .collect();
    let top = exercises.clone();
    let handler = move |result: notify::Result<notify::Event>| {
        let event = match result {
            Ok(event) => event,
            Err(e) => {
                let _ = events.send(Event::WatchError(e.to_string()));
                return;
            }
        };
        if !is_change(&event.kind) {
            return;
        }
        let mut seen = Vec::new();
        for index in event
            .paths
            .iter()
            .filter_map(|p| exercise_of(&top, &crates, p))
        {
            if !seen.contains(&index) {
                seen.push(index);
                let _ = events.send(Event::Changed(index));
            }
        }
    };
    let mut watcher: Box<dyn Watcher + Send> = match mode {
        WatchMode::Poll => {
            // notify keeps modification times in whole seconds: compare the
            // contents too, or a second save within the same second is missed.
            let config = notify::Config::default()
                .with_poll_interval(POLL_INTERVAL)
                .with_compare_contents(true);
            Box::new(PollWatcher::new(handler, config)?)
        }
        _ => Box::new(RecommendedWatcher::new(handler, notify::Config::default())?),
    };
    watcher.watch(&exercises, RecursiveMode::Recursive)?;
    Ok(watcher)
}

/// Writes, creations, removals, renames and `touch`; not reads (cargo reads
/// the sources on every build, which must not trigger another build).
fn is_change(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any
    )
}

/// The index of the exercise crate holding `path`, unless the path is build
/// output or an editor's temporary file.
fn exercise_of(top: &Path, crates: &[PathBuf], path: &Path) -> Option<usize> {
    let inside = path.strip_prefix(top).ok()?;
    if inside
        .components()
        .any(|c| c == Component::Normal(OsStr::new("target")))
    {
        return None;
    }
    if path
        .file_name()
        .and_then(OsStr::to_str)
        .is_some_and(is_editor_temp)
    {
        return None;
    }
    crates.iter().position(|dir| path.starts_with(dir))
}

/// vim's swap files and write test (`4913`), backups (`~`), emacs' locks and
/// auto-saves, JetBrains' safe-write files.
fn is_editor_temp(name: &str) -> bool {
    name == "4913"
        || name.ends_with('~')
        || [".swp", ".swx", ".swo", "___jb_tmp___", "___jb_old___"]
            .iter()
            .any(|s| name.ends_with(s))
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_build_output_and_editor_temp_files() {
        let top = Path::new("/c/exercises");
        let crates = [top.join("01_a/one"), top.join("01_a/two")];
        let at = |p: &str| exercise_of(top, &crates, &top.join(p));
        assert_eq!(at("01_a/one/src/lib.rs"), Some(0));
        assert_eq!(at("01_a/two/src/main.rs"), Some(1));
        assert_eq!(at("01_a/two/Cargo.toml"), Some(1));
        for ignored in [
            "01_a/one/target/debug/x",
            "01_a/one/src/.lib.rs.swp",
            "01_a/one/src/4913",
            "01_a/one/src/lib.rs~",
            "01_a/one/src/.#lib.rs",
            "01_a/one/src/lib.rs___jb_tmp___",
            "README.md",
        ] {
            assert_eq!(at(ignored), None, "{ignored}");
        }
        assert_eq!(
            exercise_of(top, &crates, Path::new("/elsewhere/01_a/one/src/lib.rs")),
            None
        );
    }

    #[test]
    fn reads_are_not_changes() {
        use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind, RemoveKind};
        assert!(!is_change(&EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(!is_change(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(is_change(&EventKind::Create(CreateKind::File)));
        assert!(is_change(&EventKind::Modify(ModifyKind::Any)));
        assert!(is_change(&EventKind::Remove(RemoveKind::File)));
    }
}
