//! The generic cheats `check` tries on every test- and clippy-mode exercise.
//! Each is applied to a scratch copy of the shipped exercise (one scratch
//! workspace per cheat under `target/grader/cheats`, sharing the course's
//! build output) and graded as the learner's code would be: none may pass.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::cargo::{self, Job};
use crate::course::Course;
use crate::grade::{self, Settings, Side, Subject};
use crate::info::{Exercise, Mode};
use crate::outcome::Outcome;
use crate::shipped::{ExerciseRecord, Tamper};
use crate::spawn::Cancel;

/// A way to get a green tick without the work, about the grader rather than
/// one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cheat {
    /// A test of the learner's that calls `process::exit(0)` once the shipped
    /// tests have had time to run (and to fail, or to say `ok`), before the
    /// harness sums up.
    ExitEarly,
    /// `#[cfg(test)] mod tests;` deleted: no shipped test is compiled.
    NoTestsModule,
    /// `mod tests;` pointed at a file of the learner's with empty tests of
    /// the same names.
    ImpostorTests,
    /// `assert_eq!` and `assert!` redefined to check nothing.
    ShadowedAsserts,
}

impl Cheat {
    pub const ALL: [Cheat; 4] = [
        Cheat::ExitEarly,
        Cheat::NoTestsModule,
        Cheat::ImpostorTests,
        Cheat::ShadowedAsserts,
    ];

    fn folder(self) -> &'static str {
        match self {
            Cheat::ExitEarly => "exit_early",
            Cheat::NoTestsModule => "no_tests_module",
            Cheat::ImpostorTests => "impostor_tests",
            Cheat::ShadowedAsserts => "shadowed_asserts",
        }
    }

    /// What the cheat does, for a defect.
    pub fn describe(self) -> &'static str {
        match self {
            Cheat::ExitEarly => "a test that calls `process::exit(0)`",
            Cheat::NoTestsModule => "the tests module removed",
            Cheat::ImpostorTests => "`mod tests` pointed at empty tests of the same names",
            Cheat::ShadowedAsserts => "`assert_eq!` redefined to check nothing",
        }
    }

    /// True when the cheat only adds code: a crate that did not compile
    /// before it still does not (adding an item never removes an error), so
    /// the cheat cannot pass on an exercise that does not compile as shipped.
    fn only_adds_code(self) -> bool {
        matches!(self, Cheat::ExitEarly)
    }

    /// The learner's files after the cheat: the main file and any added file.
    fn apply(self, main: &str, record: &ExerciseRecord) -> Vec<(&'static str, String)> {
        let without_tests = remove_tests_module(main);
        match self {
            Cheat::ExitEarly => vec![(
                "",
                format!(
                    "{main}\n#[cfg(test)]\nmod grader_cheat {{\n    #[test]\n    fn exits_once_the_others_are_done() {{\n        std::thread::sleep(std::time::Duration::from_millis(300));\n        std::process::exit(0);\n    }}\n}}\n"
                ),
            )],
            Cheat::NoTestsModule => vec![("", without_tests)],
            Cheat::ImpostorTests => vec![
                (
                    "",
                    format!(
                        "{without_tests}\n#[cfg(test)]\n#[path = \"impostor.rs\"]\nmod tests;\n"
                    ),
                ),
                ("src/impostor.rs", impostor_tests(record)),
            ],
            Cheat::ShadowedAsserts => vec![(
                "",
                format!(
                    "macro_rules! assert_eq {{ ($($t:tt)*) => {{}}; }}\nmacro_rules! assert {{ ($($t:tt)*) => {{}}; }}\n{main}"
                ),
            )],
        }
    }
}

/// The main file without its `mod tests;` declaration (and its `#[cfg(test)]`).
fn remove_tests_module(main: &str) -> String {
    let lines: Vec<&str> = main.lines().collect();
    let mut kept = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).map(|l| l.trim());
        let is_cfg_of_tests = line.trim() == "#[cfg(test)]" && next == Some("mod tests;");
        if line.trim() != "mod tests;" && !is_cfg_of_tests {
            kept.push(*line);
        }
    }
    kept.join("\n") + "\n"
}

/// Empty tests named like the shipped ones directly in `tests`.
fn impostor_tests(record: &ExerciseRecord) -> String {
    let names = record
        .tests
        .iter()
        .filter_map(|t| t.strip_prefix("tests::"))
        .filter(|t| !t.contains("::"));
    names
        .map(|name| format!("#[test]\nfn {name}() {{}}\n"))
        .collect()
}

/// What became of a cheat on one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trial {
    /// The grader refused it, as it must.
    Refused,
    /// The learner would get a green tick.
    Passed,
    /// cargo built nothing for the copy and reported no error: the cheat was
    /// never graded, so nothing is proven.
    Untried,
}

/// Grades every cheat on every exercise it applies to; the trials that did
/// not end in a refusal, by exercise name. `uncompiled` names the exercises
/// that do not compile as shipped.
pub fn try_all(
    course: &Course,
    exercises: &[&Exercise],
    uncompiled: &BTreeSet<String>,
    settings: &Settings,
) -> Result<BTreeMap<String, Vec<(Cheat, Trial)>>> {
    let tested: Vec<&Exercise> = exercises
        .iter()
        .copied()
        .filter(|e| e.mode != Mode::Run)
        .collect();
    let mut found: BTreeMap<String, Vec<(Cheat, Trial)>> = BTreeMap::new();
    for cheat in Cheat::ALL {
        let applies = |e: &&Exercise| !(cheat.only_adds_code() && uncompiled.contains(&e.name));
        let tried: Vec<&Exercise> = tested.iter().copied().filter(applies).collect();
        if tried.is_empty() {
            continue;
        }
        for (name, trial) in try_one(course, &tried, cheat, settings)? {
            if trial != Trial::Refused {
                found.entry(name).or_default().push((cheat, trial));
            }
        }
    }
    Ok(found)
}

/// One cheat on every exercise: one scratch workspace, one build, the runs
/// in parallel. A copy the grader refuses before building (an edited
/// protected file, shadowed asserts) is not built, as the learner's would not
/// be. Copies left untried (cargo built nothing for them, or grading failed
/// to start) are built and graded once more, so that a passing hiccup of a
/// loaded machine is not reported as a hole.
fn try_one(
    course: &Course,
    exercises: &[&Exercise],
    cheat: Cheat,
    settings: &Settings,
) -> Result<Vec<(String, Trial)>> {
    let scratch = course
        .layout
        .build_dir()
        .join("cheats")
        .join(cheat.folder());
    let copies = write_workspace(course, exercises, cheat, &scratch)?;
    let (refused, built): (Vec<_>, Vec<_>) = copies
        .into_iter()
        .partition(|(e, dir)| refused_unbuilt(course, e, dir).is_some());
    let mut trials: Vec<(String, Trial)> = refused
        .iter()
        .map(|(e, _)| (e.name.clone(), Trial::Refused))
        .collect();
    let graded = build_and_grade(course, &scratch, &built, settings)?;
    let untried: Vec<(&Exercise, PathBuf)> = built
        .into_iter()
        .zip(&graded)
        .filter(|(_, (_, trial))| *trial == Trial::Untried)
        .map(|(copy, _)| copy)
        .collect();
    trials.extend(graded.into_iter().filter(|(_, t)| *t != Trial::Untried));
    trials.extend(build_and_grade(course, &scratch, &untried, settings)?);
    Ok(trials)
}

/// Builds the copies in one cargo call and grades them in parallel.
fn build_and_grade(
    course: &Course,
    scratch: &Path,
    copies: &[(&Exercise, PathBuf)],
    settings: &Settings,
) -> Result<Vec<(String, Trial)>> {
    if copies.is_empty() {
        return Ok(Vec::new());
    }
    let crates: cargo::Crates = copies
        .iter()
        .map(|(e, dir)| (e.name.clone(), dir.clone(), Side::Exercise.features(e)))
        .collect();
    let build = cargo::build_into(
        &course.layout.build_dir(),
        scratch,
        Job::Tests,
        &crates,
        settings.build_limits(),
        &Cancel::default(),
    )?;
    let grade = |(exercise, dir): &(&Exercise, PathBuf)| {
        let trial = grade_copy(course, scratch, exercise, dir, &build, settings);
        (exercise.name.clone(), trial)
    };
    let workers = super::pool::default_workers();
    Ok(super::pool::map(copies, workers, grade, |_| {}))
}

/// Grades one cheated copy, built, as the learner's code would be.
fn grade_copy(
    course: &Course,
    scratch: &Path,
    exercise: &Exercise,
    dir: &Path,
    build: &cargo::Build,
    settings: &Settings,
) -> Trial {
    let Ok(record) = course.record(exercise) else {
        return Trial::Untried;
    };
    let built = build.for_crate(dir);
    if !built.has_errors() && built.tests.is_empty() {
        return Trial::Untried;
    }
    let subject = Subject {
        root: scratch,
        exercise,
        package: exercise.name.clone(),
        dir: dir.to_path_buf(),
        tests_dir: dir.to_path_buf(),
        record,
        features: Side::Exercise.features(exercise),
    };
    match grade::execute(&subject, &built, settings, &Cancel::default()) {
        Ok(Outcome::Passed { .. }) => Trial::Passed,
        Ok(_) => Trial::Refused,
        Err(_) => Trial::Untried,
    }
}

/// Why the grader refuses a copy before building it, if it does.
fn refused_unbuilt(course: &Course, exercise: &Exercise, dir: &Path) -> Option<Tamper> {
    let record = course.record(exercise).ok()?;
    record.tampering(dir, &exercise.editable)
}

/// Writes the scratch workspace of one cheat; each exercise with its copy's folder.
fn write_workspace<'a>(
    course: &Course,
    exercises: &[&'a Exercise],
    cheat: Cheat,
    scratch: &Path,
) -> Result<Vec<(&'a Exercise, PathBuf)>> {
    let _ = std::fs::remove_dir_all(scratch);
    let mut copies = Vec::new();
    for exercise in exercises {
        let Ok(record) = course.record(exercise) else {
            continue;
        };
        let source = course.root.join(exercise.exercise_path());
        // cargo names a member's build by its path inside the workspace, not
        // by the workspace's place: the copies of the four cheats share the
        // course's build folder, so each needs a path of its own.
        let copy = scratch.join(member(cheat, &exercise.name));
        copy_crate(&source, &copy)?;
        let main = std::fs::read_to_string(source.join(exercise.main_file())).unwrap_or_default();
        for (file, text) in cheat.apply(&main, record) {
            let file = if file.is_empty() {
                exercise.main_file()
            } else {
                file
            };
            std::fs::write(copy.join(file), text)?;
        }
        copies.push((*exercise, copy));
    }
    let members: Vec<String> = copies.iter().map(|(e, _)| member(cheat, &e.name)).collect();
    std::fs::write(scratch.join("Cargo.toml"), manifest(course, &members)?)?;
    let lock = course.root.join("Cargo.lock");
    if lock.exists() {
        std::fs::copy(&lock, scratch.join("Cargo.lock"))?;
    }
    Ok(copies)
}

/// A copy's folder inside its cheat's scratch workspace.
fn member(cheat: Cheat, name: &str) -> String {
    format!("{}/{name}", cheat.folder())
}

/// The scratch workspace's manifest: the course's workspace settings and
/// profiles (so the copies build as the learner's do), with the copies as members.
fn manifest(course: &Course, members: &[String]) -> Result<String> {
    let path = course.root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let mut root: toml::Table =
        toml::from_str(&text).with_context(|| format!("{} is not valid TOML", path.display()))?;
    let mut scratch = toml::Table::new();
    let mut workspace = match root.remove("workspace") {
        Some(toml::Value::Table(table)) => table,
        _ => toml::Table::new(),
    };
    workspace.remove("default-members");
    workspace.remove("exclude");
    let members = members.iter().cloned().map(toml::Value::String).collect();
    workspace.insert("members".into(), toml::Value::Array(members));
    scratch.insert("workspace".into(), toml::Value::Table(workspace));
    if let Some(profile) = root.remove("profile") {
        scratch.insert("profile".into(), profile);
    }
    Ok(toml::to_string(&scratch)?)
}

/// Copies a crate folder, build output left out.
fn copy_crate(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)?.flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            if !crate::layout::is_build_output(&entry.file_name()) {
                copy_crate(&entry.path(), &target)?;
            }
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "cheats_tests.rs"]
mod tests;
