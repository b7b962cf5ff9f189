//! What `check` proves without building: the files of each exercise and the
//! agreement of info.toml, the folders and the workspace members.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::cmd;
use crate::course::Course;
use crate::hashes::{HASHES_FILE, TestHashes};
use crate::info::{Exercise, Mode};

/// Marks an unfinished field written by `grader new`.
pub const PLACEHOLDER: &str = "TODO";

/// Defects of one exercise's files and entry.
pub fn exercise_defects(course: &Course, exercise: &Exercise, now: &TestHashes) -> Vec<String> {
    let mut defects = Vec::new();
    let read = |path: PathBuf| std::fs::read_to_string(course.root.join(path)).unwrap_or_default();
    let shipped = read(exercise.exercise_path().join(exercise.main_file()));
    let solved = read(exercise.solution_path().join(exercise.main_file()));
    if shipped.is_empty() || solved.is_empty() {
        defects.push(format!(
            "{} is missing in the exercise or the solution",
            exercise.main_file()
        ));
    }
    if shipped == solved {
        defects.push("the exercise is the same as its solution: nothing to fix".into());
    }
    if !shipped.trim_start().starts_with("//") {
        defects.push(format!(
            "{} has no header comment saying what to do",
            exercise
                .exercise_path()
                .join(exercise.main_file())
                .display()
        ));
    }
    let fields = [&exercise.go, &exercise.section]
        .into_iter()
        .chain(&exercise.hints);
    if fields
        .chain([&shipped])
        .any(|text| text.contains(PLACEHOLDER))
    {
        defects.push(format!(
            "a `{PLACEHOLDER}` placeholder is left in the entry or the exercise: fill it in"
        ));
    }
    if exercise.mode != Mode::Run {
        defects.extend(test_file_defects(course, exercise, &solved, now));
    }
    defects
}

fn test_file_defects(
    course: &Course,
    exercise: &Exercise,
    solved: &str,
    now: &TestHashes,
) -> Vec<String> {
    let mut defects = Vec::new();
    let tests = exercise.tests_file().expect("test mode has a test file");
    let text = std::fs::read_to_string(course.root.join(&tests)).unwrap_or_default();
    let markers = ["#[test]", "#[tokio::test", "proptest!"];
    if !markers.iter().any(|m| text.contains(m)) {
        defects.push(format!("{} has no tests", tests.display()));
    }
    let shared = format!(
        "#[path = \"../../../../exercises/{}/{}/src/tests.rs\"]",
        exercise.dir, exercise.name
    );
    if !solved.contains(&shared) {
        defects.push(format!("the solution does not share the exercise's tests: its {} needs `{shared}` on `mod tests;`", exercise.main_file()));
    }
    if course
        .root
        .join(exercise.solution_path())
        .join("src/tests.rs")
        .exists()
    {
        defects.push("the solution has a src/tests.rs of its own: tests could drift apart".into());
    }
    match (course.hashes.sha256.get(&exercise.name), now.sha256.get(&exercise.name)) {
        (None, _) => defects.push(format!("the hash of {} is not in {HASHES_FILE}: run `grader check --update-hashes`", tests.display())),
        (Some(recorded), Some(current)) if recorded != current => defects.push(format!(
            "{} changed since its hash was recorded in {HASHES_FILE}: if the change is meant, run `grader check --update-hashes`",
            tests.display()
        )),
        _ => {}
    }
    defects
}

/// Defects of the course as a whole: folders without entries, entries whose
/// crates are not workspace members, Go notes that are not their programs' excerpts.
pub fn course_defects(course: &Course) -> Result<Vec<String>> {
    let mut defects = Vec::new();
    let known: BTreeSet<PathBuf> = course
        .info
        .exercises
        .iter()
        .flat_map(|e| [e.exercise_path(), e.solution_path()])
        .collect();
    for side in ["exercises", "solutions"] {
        for krate in crate_folders(&course.root, side) {
            if !known.contains(&krate) {
                defects.push(format!(
                    "{} has no entry in info.toml: add one (grader new does) or remove the folder",
                    krate.display()
                ));
            }
        }
    }
    let members = workspace_members(&course.root)?;
    for exercise in &course.info.exercises {
        for package in [exercise.package().to_string(), exercise.solution_package()] {
            if !members.contains(&package) {
                defects.push(format!("{package} is not a member of the workspace: list it in the root Cargo.toml's `members`"));
            }
        }
    }
    let notes = course
        .info
        .exercises
        .iter()
        .map(|e| (e.name.as_str(), e.go.as_str()));
    defects.extend(super::go_notes::defects(&course.root, notes));
    Ok(defects)
}

/// `side/<topic>/<name>` for every crate folder (one holding a Cargo.toml).
fn crate_folders(root: &Path, side: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for topic in read_dirs(&root.join(side)) {
        for krate in read_dirs(&topic) {
            if krate.join("Cargo.toml").exists() {
                found.push(krate.strip_prefix(root).unwrap_or(&krate).to_path_buf());
            }
        }
    }
    found
}

fn read_dirs(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// The package names cargo sees as workspace members.
fn workspace_members(root: &Path) -> Result<BTreeSet<String>> {
    let mut command = Command::new(crate::cargo::cargo_program());
    command.current_dir(root).args([
        "metadata",
        "--no-deps",
        "--format-version",
        "1",
        "--offline",
    ]);
    let finished = cmd::run_tool(command).context("could not start cargo metadata")?;
    if !finished.success() {
        bail!("cargo metadata failed: {}", finished.stderr_text());
    }
    let metadata: cargo_metadata::Metadata = serde_json::from_slice(&finished.stdout)
        .context("cargo metadata printed something unexpected")?;
    Ok(metadata
        .workspace_packages()
        .into_iter()
        .map(|p| p.name.to_string())
        .collect())
}

/// Solutions (and their shared tests) that rustfmt would change, one cargo call.
pub fn unformatted(course: &Course, packages: &[String]) -> Result<BTreeSet<PathBuf>> {
    if packages.is_empty() {
        return Ok(BTreeSet::new());
    }
    let mut command = Command::new(crate::cargo::cargo_program());
    command.current_dir(&course.root).args(["fmt", "--check"]);
    for package in packages {
        command.args(["-p", package]);
    }
    command.args(["--", "--files-with-diff"]);
    let finished = cmd::run_tool(command)
        .context("could not start cargo fmt. Install it with `rustup component add rustfmt`")?;
    let listed: BTreeSet<PathBuf> = finished.stdout_text().lines().map(PathBuf::from).collect();
    // `--check` fails when it lists files; failing with none listed is cargo fmt's own failure.
    if !finished.success() && listed.is_empty() {
        bail!("cargo fmt failed: {}", finished.stderr_text());
    }
    Ok(listed)
}
