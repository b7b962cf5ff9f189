//! What `check` proves without building: the files of each exercise and the
//! agreement of info.toml, the folders and the workspace members.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use super::defect::{CourseDefect, Defect, FileDefect, PLACEHOLDER, RecordDefect};
use crate::course::Course;
use crate::info::{Exercise, INFO_FILE, Mode, lib_name};
use crate::shipped::Tamper;
use crate::spawn;

/// Defects of one exercise's files and entry.
pub fn exercise_defects(course: &Course, exercise: &Exercise) -> Vec<Defect> {
    let mut defects: Vec<Defect> = Vec::new();
    let read = |path: PathBuf| std::fs::read_to_string(course.root.join(path)).unwrap_or_default();
    let shipped = read(exercise.exercise_path().join(exercise.main_file()));
    let solved = read(exercise.solution_path().join(exercise.main_file()));
    for (text, krate) in [
        (&shipped, exercise.exercise_path()),
        (&solved, exercise.solution_path()),
    ] {
        if text.is_empty() {
            let file = krate.join(exercise.main_file());
            defects.push(FileDefect::MissingFile { file }.into());
        }
    }
    if shipped == solved {
        defects.push(FileDefect::SameAsSolution.into());
    }
    if !shipped.trim_start().starts_with("//") {
        let file = exercise.exercise_path().join(exercise.main_file());
        defects.push(FileDefect::NoHeader { file }.into());
    }
    let places = placeholders(course, exercise);
    if !places.is_empty() {
        defects.push(FileDefect::Placeholders { places }.into());
    }
    defects.extend(lib_name_defect(course, exercise).map(Defect::from));
    if exercise.mode != Mode::Run {
        let found = test_file_defects(course, exercise, &solved);
        defects.extend(found.into_iter().map(Defect::from));
    }
    defects.extend(
        record_defects(course, exercise)
            .into_iter()
            .map(Defect::from),
    );
    defects
}

/// `file:line` of every placeholder in the main files of both crates and in
/// the exercise's info.toml entry.
fn placeholders(course: &Course, exercise: &Exercise) -> Vec<String> {
    let mut places = Vec::new();
    for krate in [exercise.exercise_path(), exercise.solution_path()] {
        let file = krate.join(exercise.main_file());
        let text = std::fs::read_to_string(course.root.join(&file)).unwrap_or_default();
        for (i, line) in text.lines().enumerate() {
            if line.contains(PLACEHOLDER) {
                places.push(format!("{}:{}", file.display(), i + 1));
            }
        }
    }
    let info = std::fs::read_to_string(course.root.join(INFO_FILE)).unwrap_or_default();
    for (number, line) in entry_lines(&info, &exercise.name) {
        if line.contains(PLACEHOLDER) {
            places.push(format!("{INFO_FILE}:{number}"));
        }
    }
    places
}

/// The lines (numbered from 1) of the `[[exercises]]` entry named `name`.
fn entry_lines<'a>(info: &'a str, name: &str) -> Vec<(usize, &'a str)> {
    let lines: Vec<&str> = info.lines().collect();
    let is_header = |line: &&str| line.trim() == "[[exercises]]";
    let name_line = format!("name = \"{name}\"");
    let Some(at) = lines.iter().position(|l| l.trim() == name_line) else {
        return Vec::new();
    };
    let start = lines[..at].iter().rposition(is_header).unwrap_or(at);
    let end = lines[at..]
        .iter()
        .position(is_header)
        .map_or(lines.len(), |n| at + n);
    (start..end).map(|i| (i + 1, lines[i])).collect()
}

/// Doc tests say `use NAME::…`: in the solution crate (package `NAME_solution`)
/// they only compile if its library is called `NAME`.
fn lib_name_defect(course: &Course, exercise: &Exercise) -> Option<FileDefect> {
    let exercise_dir = course.root.join(exercise.exercise_path());
    let solution_manifest = exercise.solution_path().join("Cargo.toml");
    let lib = lib_name(&course.root.join(&solution_manifest));
    if exercise.mode == Mode::Run
        || lib.as_deref() == Some(&exercise.name)
        || !docs_name_crate(&exercise_dir, &exercise.name)
    {
        return None;
    }
    Some(FileDefect::LibName {
        name: exercise.name.clone(),
        manifest: solution_manifest,
    })
}

/// True when a doc comment under `crate_dir/src` says `name::` (a doc test
/// using the crate from outside, as doc tests do).
fn docs_name_crate(crate_dir: &Path, name: &str) -> bool {
    let Ok(entries) = std::fs::read_dir(crate_dir.join("src")) else {
        return false;
    };
    let path = format!("{name}::");
    entries.flatten().any(|entry| {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        text.lines().any(|line| {
            let line = line.trim_start();
            let doc = line.starts_with("///") || line.starts_with("//!");
            doc && line.match_indices(&path).any(|(at, _)| {
                let before = line[..at].chars().next_back();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
        })
    })
}

fn test_file_defects(course: &Course, exercise: &Exercise, solved: &str) -> Vec<FileDefect> {
    let mut defects = Vec::new();
    let tests = exercise.tests_file().expect("test mode has a test file");
    let text = std::fs::read_to_string(course.root.join(&tests)).unwrap_or_default();
    let markers = ["#[test]", "#[tokio::test", "proptest!"];
    if !markers.iter().any(|m| text.contains(m)) {
        defects.push(FileDefect::NoTests { file: tests });
    }
    let shared = crate::layout::shared_tests_attribute(&exercise.dir, &exercise.name);
    if !solved.contains(&shared) {
        let file = exercise.solution_path().join(exercise.main_file());
        defects.push(FileDefect::TestsNotShared { file, line: shared });
    }
    if course
        .root
        .join(exercise.solution_path())
        .join(crate::layout::TESTS_FILE)
        .exists()
    {
        defects.push(FileDefect::OwnTestsFile);
    }
    defects
}

/// The shipped exercise must be as recorded in the course's record.
fn record_defects(course: &Course, exercise: &Exercise) -> Vec<RecordDefect> {
    let name = &exercise.name;
    let Some(record) = course.shipped.get(name) else {
        return vec![RecordDefect::Unrecorded {
            exercise: name.clone(),
        }];
    };
    let dir = course.root.join(exercise.exercise_path());
    let path = |file: &Path| exercise.exercise_path().join(file);
    let mut defects = Vec::new();
    let tamper = record.tampering(&dir, &exercise.editable);
    defects.extend(tamper.map(|tamper| match tamper {
        Tamper::Edited(file) => RecordDefect::EditedSinceRecorded {
            exercise: name.clone(),
            file: path(&file),
        },
        Tamper::BuildScript(file) => RecordDefect::UnrecordedBuildScript {
            exercise: name.clone(),
            file: path(&file),
        },
        Tamper::ShadowedMacro { file, name } => RecordDefect::ShadowedMacro {
            file: path(&file),
            name,
        },
    }));
    let files: Vec<_> = crate::shipped::hash_protected(exercise, &dir)
        .into_keys()
        .collect();
    let recorded: Vec<_> = record.files.keys().cloned().collect();
    if files != recorded {
        defects.push(RecordDefect::ProtectedFilesChanged {
            exercise: name.clone(),
            dir: exercise.exercise_path(),
            now: files,
            recorded,
        });
    }
    defects
}

/// Defects of the course as a whole: folders without entries, entries whose
/// crates are not workspace members, Go notes that are not their programs' excerpts.
pub fn course_defects(course: &Course) -> Result<Vec<CourseDefect>> {
    let mut defects = Vec::new();
    let known: BTreeSet<PathBuf> = course
        .info
        .exercises
        .iter()
        .flat_map(|e| [e.exercise_path(), e.solution_path()])
        .collect();
    for side in [crate::layout::EXERCISES_DIR, crate::layout::SOLUTIONS_DIR] {
        for krate in crate_folders(&course.root, side) {
            if !known.contains(&krate) {
                defects.push(CourseDefect::NoEntry { folder: krate });
            }
        }
    }
    let members = workspace_members(&course.root)?;
    for exercise in &course.info.exercises {
        for package in [exercise.package().to_string(), exercise.solution_package()] {
            if !members.contains(&package) {
                defects.push(CourseDefect::NotMember { package });
            }
        }
    }
    let notes = course
        .info
        .exercises
        .iter()
        .map(|e| (e.name.as_str(), e.go.as_str()));
    let go_notes = super::go_notes::defects(&course.root, notes);
    defects.extend(go_notes.into_iter().map(CourseDefect::GoNote));
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
    let finished = spawn::run_tool(command).context("could not start cargo metadata")?;
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
    let finished = spawn::run_tool(command)
        .context("could not start cargo fmt. Install it with `rustup component add rustfmt`")?;
    let listed: BTreeSet<PathBuf> = finished.stdout_text().lines().map(PathBuf::from).collect();
    // `--check` fails when it lists files; failing with none listed is cargo fmt's own failure.
    if !finished.success() && listed.is_empty() {
        bail!("cargo fmt failed: {}", finished.stderr_text());
    }
    Ok(listed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_found_by_its_name() {
        let info = "format_version = 1\n\n[[exercises]]\nname = \"a\"\ngo = \"x\"\n\n[[exercises]]\nname = \"b\"\n";
        let lines: Vec<usize> = entry_lines(info, "a").iter().map(|(n, _)| *n).collect();
        assert_eq!(lines, [3, 4, 5, 6]);
        assert_eq!(
            entry_lines(info, "b"),
            [(7, "[[exercises]]"), (8, "name = \"b\"")]
        );
        assert!(entry_lines(info, "c").is_empty());
    }
}
