//! What `check` finds wrong with the course as a whole (run once: without
//! `--only`, in the first shard).

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use super::go_notes::GoNoteDefect;

/// What is wrong with the course as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CourseDefect {
    /// A crate folder that no info.toml entry names.
    NoEntry { folder: PathBuf },
    /// A package of an entry that is not a workspace member.
    NotMember { package: String },
    /// A Go note that is not its program's excerpt (its own kinds).
    #[serde(untagged)]
    GoNote(GoNoteDefect),
}

impl fmt::Display for CourseDefect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CourseDefect::NoEntry { folder } => write!(
                f,
                "{} has no entry in info.toml: add one (grader new does) or remove the folder",
                folder.display()
            ),
            CourseDefect::NotMember { package } => write!(
                f,
                "{package} is not a member of the workspace: list it in the root Cargo.toml's `members`"
            ),
            CourseDefect::GoNote(defect) => defect.fmt(f),
        }
    }
}
