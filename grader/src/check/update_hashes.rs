//! `check --update-hashes`: records what the course ships for the exercises it
//! names (only those: the others keep their record), from the solutions'
//! test binaries: each shipped test's name, and the hashes of the protected files.

use std::path::PathBuf;

use anyhow::{Result, bail};

use crate::cargo::{self, Job};
use crate::course::Course;
use crate::grade::{self, Settings, Side, Subject};
use crate::info::{Exercise, Mode};
use crate::libtest;
use crate::shipped::{ExerciseRecord, SHIPPED_FILE, hash_protected};
use crate::spawn::{Cancel, Exit};

/// Records `exercises` in the course's record and saves it; says what changed.
pub fn update(course: &Course, exercises: &[&Exercise], settings: &Settings) -> Result<()> {
    let tested: Vec<&Exercise> = exercises
        .iter()
        .copied()
        .filter(|e| e.mode != Mode::Run)
        .collect();
    let builds = build_solutions(course, &tested, settings)?;
    let mut shipped = course.shipped.clone();
    for exercise in exercises {
        let dir = Side::Exercise.dir(course, exercise);
        let mut record = ExerciseRecord {
            files: hash_protected(exercise, &dir),
            tests: Vec::new(),
        };
        if exercise.mode != Mode::Run {
            let tests = builds
                .iter()
                .find(|(name, _)| name == &exercise.name)
                .map(|(_, tests)| tests.clone())
                .unwrap_or_default();
            record.tests = shipped_tests(course, exercise, &record, &tests, settings)?;
        }
        let before = shipped
            .exercises
            .insert(exercise.name.clone(), record.clone());
        if before.as_ref() != Some(&record) {
            eprintln!(
                "Recorded `{}`: {} protected files, {} shipped tests.",
                exercise.name,
                record.files.len(),
                record.tests.len()
            );
        }
    }
    shipped.save(&course.root)?;
    eprintln!("Saved {SHIPPED_FILE}.");
    Ok(())
}

/// One cargo build of the solutions' tests; each exercise's test binaries.
fn build_solutions(
    course: &Course,
    exercises: &[&Exercise],
    settings: &Settings,
) -> Result<Vec<(String, Vec<PathBuf>)>> {
    if exercises.is_empty() {
        return Ok(Vec::new());
    }
    let crates: cargo::Crates = exercises
        .iter()
        .map(|e| Side::Solution.krate(course, e))
        .collect();
    let build = cargo::build(
        &course.root,
        Job::Tests,
        &crates,
        settings.build_limits(),
        &Cancel::default(),
    )?;
    if build.exit == Exit::TimedOut || cargo::failed_by_itself(&build) {
        bail!(
            "cargo could not build the solutions' tests:\n{}",
            build.cargo_stderr.trim()
        );
    }
    let mut found = Vec::new();
    for (exercise, dir) in exercises.iter().zip(&crates.dirs) {
        let krate = build.for_crate(dir);
        if krate.has_errors() || krate.tests.is_empty() {
            bail!(
                "the solution of `{}` does not build, so its tests cannot be recorded. Fix it first (`grader check --only {}` shows why).",
                exercise.name,
                exercise.name
            );
        }
        found.push((exercise.name.clone(), krate.tests));
    }
    Ok(found)
}

/// The solution's tests that the exercise's protected files define, and its doc tests.
fn shipped_tests(
    course: &Course,
    exercise: &Exercise,
    record: &ExerciseRecord,
    binaries: &[PathBuf],
    settings: &Settings,
) -> Result<Vec<String>> {
    let subject = Subject::new(course, exercise, Side::Solution, record);
    let limits = settings.run_limits(exercise);
    let mut tests = Vec::new();
    for exe in binaries {
        for listed in grade::list_tests(&subject, exe, limits, &Cancel::default())? {
            let Some(source) = listed.source else {
                bail!(
                    "this toolchain's test harness does not say where tests are defined (libtest `--list --format json`), so the shipped tests cannot be recorded. Use a Rust toolchain of 1.80 or later."
                );
            };
            let file = libtest::normalize(&course.root.join(source));
            let shipped = file
                .strip_prefix(&subject.tests_dir)
                .is_ok_and(|f| record.protects(f));
            if shipped && !listed.ignored {
                tests.push(listed.name);
            }
        }
    }
    if cargo::has_doc_tests(&subject.dir) {
        // The doc tests that pass in the solution (an `ignore`d one never does).
        let run = cargo::doc_tests(
            &course.root,
            &subject.package,
            &subject.features,
            settings.build_limits(),
            &Cancel::default(),
        )?;
        tests.extend(libtest::parse_run(&run.stdout_text()).ok);
    }
    tests.sort();
    tests.dedup();
    if tests.is_empty() {
        bail!(
            "the solution of `{}` runs no test from {}: add tests there before recording.",
            exercise.name,
            exercise
                .exercise_path()
                .join(crate::layout::TESTS_FILE)
                .display()
        );
    }
    Ok(tests)
}
