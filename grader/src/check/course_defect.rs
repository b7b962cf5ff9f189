//! What `check` finds wrong with the course as a whole (run once: without
//! `--only`, in the first shard).

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use super::go_notes::{BEGIN, END, GO_DIR};

/// What is wrong with the course as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CourseDefect {
    /// A crate folder that no info.toml entry names.
    NoEntry { folder: PathBuf },
    /// A package of an entry that is not a workspace member.
    NotMember { package: String },
    /// The Go program of an exercise's note is missing.
    GoProgramMissing { exercise: String, program: String },
    /// A Go file's note markers are not one begin followed by one end.
    GoMarkersMisplaced {
        exercise: String,
        file: String,
        problem: String,
    },
    /// The Go program has no note markers.
    GoNoMarkers { exercise: String, program: String },
    /// The note in info.toml is not the program's excerpt.
    GoNoteDiffers {
        exercise: String,
        file: String,
        difference: String,
    },
    /// A Go program whose exercise is gone.
    GoOrphan { folder: String },
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
            CourseDefect::GoProgramMissing { exercise, program } => write!(
                f,
                "{exercise}: {program} is missing: write the Go program its `go` note is taken from, the note between `{BEGIN}` and `{END}` lines (see {GO_DIR}/README.md)"
            ),
            CourseDefect::GoMarkersMisplaced {
                exercise,
                file,
                problem,
            } => write!(f, "{exercise}: {GO_DIR}/{exercise}/{file} {problem}"),
            CourseDefect::GoNoMarkers { exercise, program } => write!(
                f,
                "{exercise}: {program} has no `{BEGIN}` ... `{END}` lines around the code of its `go` note: add them"
            ),
            CourseDefect::GoNoteDiffers {
                exercise,
                file,
                difference,
            } => write!(
                f,
                "{exercise}: the `go` note in info.toml is not the excerpt of {GO_DIR}/{exercise}/{file} ({difference}): change the program and copy the text between its markers into the note"
            ),
            CourseDefect::GoOrphan { folder } => write!(
                f,
                "{GO_DIR}/{folder}/ has no exercise in info.toml: remove it, or add the exercise"
            ),
        }
    }
}
