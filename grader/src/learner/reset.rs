//! Resetting an exercise: the learner's crate is copied into a fresh backup
//! folder first (without build output), then git restores the shipped one.

use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::course::Course;
use crate::info::Exercise;
use crate::spawn;

/// Backs the exercise up (if its folder is there), restores the shipped
/// version; returns the backup folder.
pub fn restore_shipped(course: &Course, exercise: &Exercise) -> Result<Option<PathBuf>> {
    let folder = course.root.join(exercise.exercise_path());
    let backup = if folder.exists() {
        Some(backup(&course.root, exercise)?)
    } else {
        None
    };
    restore_from_git(&course.root, &exercise.exercise_path()).with_context(|| match &backup {
        Some(backup) => format!("your version is safe in {}", backup.display()),
        None => "nothing was changed".to_string(),
    })?;
    Ok(backup)
}

/// Copies the exercise crate (without build output) into a fresh backup folder.
fn backup(root: &Path, exercise: &Exercise) -> Result<PathBuf> {
    let backup = crate::layout::Layout::new(root.to_path_buf()).backup_of(exercise);
    let mut target = backup.clone();
    let mut n = 1;
    while target.exists() {
        n += 1;
        target = PathBuf::from(format!("{}-{n}", backup.display()));
    }
    copy_dir(&root.join(exercise.exercise_path()), &target)
        .with_context(|| format!("cannot back up {} to {}", exercise.name, target.display()))?;
    Ok(target)
}

fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let (source, dest) = (entry.path(), to.join(entry.file_name()));
        if entry.file_type()?.is_dir() {
            if !crate::layout::is_build_output(&entry.file_name()) {
                copy_dir(&source, &dest)?;
            }
        } else {
            std::fs::copy(&source, &dest)?;
        }
    }
    Ok(())
}

fn restore_from_git(root: &Path, path: &Path) -> Result<()> {
    let mut git = Command::new("git");
    git.current_dir(root)
        .args(["checkout", "HEAD", "--"])
        .arg(path);
    let finished = spawn::run_tool(git).context(
        "git is not installed (or cannot start): reset restores the shipped exercise from git",
    )?;
    if !finished.success() {
        bail!(
            "git could not restore {}: {}. Is the course a git clone with the exercise committed?",
            path.display(),
            finished.stderr_text()
        );
    }
    Ok(())
}
