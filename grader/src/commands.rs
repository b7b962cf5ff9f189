//! The learner's one-shot commands: run, hint, go, list, reset (verify is in `verify.rs`).

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use colored::Colorize;

use crate::course::Course;
use crate::grade::{self, Settings, Side};
use crate::info::Exercise;
use crate::links::Links;
use crate::progress::Progress;
use crate::render::{self, Look};
use crate::spawn::{self, Cancel};
use crate::status::Status;

/// Loads the progress, telling the learner if the file had to be set aside.
pub fn load_progress(course: &Course) -> Progress {
    let loaded = Progress::load(&course.root);
    if let Some(warning) = loaded.warning {
        eprintln!("{}", warning.yellow());
    }
    loaded.progress
}

/// The named exercise, or the current one (`None` when the course is done).
fn pick<'a>(
    course: &'a Course,
    progress: &Progress,
    name: Option<&str>,
) -> Result<Option<&'a Exercise>> {
    match name {
        Some(name) => course.exercise(name).map(Some),
        None => Ok(progress.current(&course.info)),
    }
}

/// `grader run [NAME]`
pub fn run(course: &Course, name: Option<&str>, settings: &Settings) -> Result<Status> {
    let mut progress = load_progress(course);
    let Some(exercise) = pick(course, &progress, name)? else {
        writeln!(io::stdout(), "{}", course.info.final_message.trim_end())?;
        return Ok(Status::Success);
    };
    let links = Links::new(&course.root, settings.color);
    eprintln!(
        "Grading {} ({}) …",
        exercise.name,
        links.path(&exercise.exercise_path().join(exercise.main_file()))
    );
    let outcome = grade::grade(
        course,
        exercise,
        Side::Exercise,
        settings,
        &Cancel::default(),
    )?;
    let mut out = io::stdout().lock();
    let look = Look::new(&course.root, settings.color);
    render::outcome(&mut out, exercise, &outcome, &look)?;
    // The verdict stands even when it cannot be remembered.
    record_grading(course, &mut progress, &exercise.name, outcome.passed());
    if !outcome.passed() {
        writeln!(
            out,
            "Stuck? `grader hint {0}` gives a hint, `grader go {0}` shows the Go way.",
            exercise.name
        )?;
        return Ok(Status::NotPassing);
    }
    match progress.current(&course.info) {
        Some(next) => writeln!(
            out,
            "Next: {} — `grader run` grades it.",
            links.path(&next.exercise_path().join(next.main_file()))
        )?,
        None => writeln!(out, "\n{}", course.info.final_message.trim_end())?,
    }
    Ok(Status::Success)
}

/// `grader hint [NAME]`: reveals one more hint and shows all revealed so far.
pub fn hint(course: &Course, name: Option<&str>) -> Result<Status> {
    let mut progress = load_progress(course);
    let Some(exercise) = pick(course, &progress, name)? else {
        writeln!(io::stdout(), "Every exercise is done: no hints needed.")?;
        return Ok(Status::Success);
    };
    let reveal = |p: &mut Progress| {
        let shown = (p.hints_shown(&exercise.name) + 1).min(exercise.hints.len());
        p.entry(&exercise.name).hints_shown = shown;
    };
    // The hint is shown even when it cannot be remembered.
    match Progress::update(&course.root, reveal) {
        Ok(saved) => progress = saved,
        Err(e) => {
            reveal(&mut progress);
            warn_not_saved(&e);
        }
    }
    let shown = progress.hints_shown(&exercise.name);
    let mut out = io::stdout().lock();
    write_hints(&mut out, exercise, shown)?;
    if shown == exercise.hints.len() {
        writeln!(
            out,
            "That was the last hint. The solution is in {}.",
            exercise.solution_path().display()
        )?;
    } else {
        writeln!(
            out,
            "`grader hint {}` again for the next one.",
            exercise.name
        )?;
    }
    Ok(Status::Success)
}

/// The first `shown` hints of an exercise.
pub fn write_hints(out: &mut impl Write, exercise: &Exercise, shown: usize) -> io::Result<()> {
    let total = exercise.hints.len();
    for (i, hint) in exercise.hints.iter().take(shown).enumerate() {
        writeln!(
            out,
            "{} {}",
            format!("Hint {}/{total}:", i + 1).yellow().bold(),
            hint.trim()
        )?;
    }
    Ok(())
}

/// `grader go [NAME]`
pub fn go(course: &Course, name: Option<&str>) -> Result<Status> {
    let progress = load_progress(course);
    let Some(exercise) = pick(course, &progress, name)? else {
        bail!("every exercise is done; name one: `grader go NAME`");
    };
    write_go_note(&mut io::stdout().lock(), exercise)?;
    Ok(Status::Success)
}

pub fn write_go_note(out: &mut impl Write, exercise: &Exercise) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        format!("The Go way (article section \"{}\"):", exercise.section)
            .cyan()
            .bold()
    )?;
    for line in exercise.go.trim_end().lines() {
        writeln!(out, "    {line}")?;
    }
    Ok(())
}

/// `grader list`
pub fn list(course: &Course, color: bool) -> Result<Status> {
    let progress = load_progress(course);
    let current = progress.current(&course.info).map(|e| e.name.as_str());
    let links = Links::new(&course.root, color);
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "  {:<8} {:<16} {:<22} {:<5} to pass",
        "state", "name", "topic", "hints"
    )?;
    for exercise in &course.info.exercises {
        let (mark, state) = if progress.is_done(&exercise.name) {
            (" ", "done".green())
        } else if Some(exercise.name.as_str()) == current {
            (">", "current".yellow().bold())
        } else {
            (" ", "pending".normal())
        };
        let hints = format!(
            "{}/{}",
            progress.hints_shown(&exercise.name),
            exercise.hints.len()
        );
        let file = exercise.exercise_path().join(exercise.main_file());
        let took = progress
            .seconds_to_pass(&exercise.name)
            .map_or("-".to_string(), duration);
        writeln!(
            out,
            "{mark} {state:<8} {} {:<22} {hints:<5} {took}",
            links.padded(&file, &exercise.name, 16),
            exercise.dir
        )?;
    }
    let done = progress.done_count(&course.info);
    writeln!(out, "{done}/{} done", course.info.exercises.len())?;
    Ok(Status::Success)
}

/// `45s`, `12m 5s`, `3h 2m`: the time an exercise took to pass.
pub fn duration(seconds: u64) -> String {
    match seconds {
        0..60 => format!("{seconds}s"),
        60..3600 => format!("{}m {}s", seconds / 60, seconds % 60),
        _ => format!("{}h {}m", seconds / 3600, seconds % 3600 / 60),
    }
}

/// Records a grading of `name` in the progress ([`Progress::graded`]: the
/// first starts its clock, a pass marks it done); only writes when that
/// changes something. Not being able to save is a warning.
pub fn record_grading(course: &Course, progress: &mut Progress, name: &str, passed: bool) {
    if !progress.grading_changes(name, passed) {
        return;
    }
    let now = crate::progress::now();
    match Progress::update(&course.root, |p| p.graded(name, passed, now)) {
        Ok(saved) => *progress = saved,
        Err(e) => {
            progress.graded(name, passed, now);
            warn_not_saved(&e);
        }
    }
}

/// Tells the learner their progress could not be saved, and why.
fn warn_not_saved(error: &anyhow::Error) {
    eprintln!(
        "{}",
        format!("warning: your progress could not be saved: {error:#}").yellow()
    );
}

/// Where `reset` keeps the learner's versions.
pub const BACKUP_DIR: &str = ".grader-backups";

/// `grader reset NAME`: back up the learner's crate, then restore it from git.
pub fn reset(course: &Course, name: &str) -> Result<Status> {
    let exercise = course.exercise(name)?;
    let backup = restore_shipped(course, exercise)?;
    writeln!(
        io::stdout(),
        "{} restored to its shipped state. {}",
        exercise.exercise_path().display(),
        kept(backup.as_deref())
    )?;
    Ok(Status::Success)
}

/// Where the learner's version went, for the messages of `reset`.
pub fn kept(backup: Option<&Path>) -> String {
    match backup {
        Some(backup) => format!("Your version is kept in {}.", backup.display()),
        None => "Its folder was gone: there was nothing to back up.".to_string(),
    }
}

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
pub fn backup(root: &Path, exercise: &Exercise) -> Result<PathBuf> {
    let backup =
        root.join(BACKUP_DIR)
            .join(format!("{}-{}", exercise.name, crate::fsutil::timestamp()));
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
            if entry.file_name() != "target" {
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

#[cfg(test)]
mod tests {
    #[test]
    fn durations_read_well() {
        assert_eq!(super::duration(0), "0s");
        assert_eq!(super::duration(725), "12m 5s");
        assert_eq!(super::duration(3 * 3600 + 120), "3h 2m");
    }
}
