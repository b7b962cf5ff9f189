//! The shared cargo calls of `check`: one build of every crate (recording
//! rustc's calls for the fast path), one clippy run, one rustfmt run.

use std::collections::BTreeSet;
use std::path::PathBuf;

use anyhow::{Result, bail};

use super::{rules, status_line};
use crate::cargo::{self, Build, Job};
use crate::course::Course;
use crate::grade::{self, Settings, Side};
use crate::info::{Exercise, Mode};
use crate::outcome::Outcome;
use crate::replay::{self, Target};
use crate::spawn::{Cancel, Exit};

/// Everything the shared cargo calls found.
pub struct Builds {
    pub all: Build,
    pub clippy: Build,
    pub unformatted: BTreeSet<PathBuf>,
}

/// The crates of both sides of `exercises`.
fn both_sides(course: &Course, exercises: &[&Exercise]) -> cargo::Crates {
    let sides = [Side::Exercise, Side::Solution];
    exercises
        .iter()
        .flat_map(|e| sides.map(|side| side.krate(course, e)))
        .collect()
}

pub fn build_all(course: &Course, exercises: &[&Exercise], settings: &Settings) -> Result<Builds> {
    let sides = both_sides(course, exercises);
    let all = build_recording(course, exercises, &sides, settings)?;
    let clippy = lint(course, exercises, &sides, settings)?;
    let solutions: Vec<String> = exercises.iter().map(|e| e.solution_package()).collect();
    let unformatted = rules::unformatted(course, &solutions)?;
    Ok(Builds {
        all,
        clippy,
        unformatted,
    })
}

/// One cargo build of every crate, recording rustc's calls for the fast path.
fn build_recording(
    course: &Course,
    exercises: &[&Exercise],
    sides: &cargo::Crates,
    settings: &Settings,
) -> Result<Build> {
    status_line::say(&format!(
        "Building {} crates (one cargo build) …",
        sides.names.len()
    ));
    let calls = replay::recording_dir(&course.root, "check");
    let all = cargo::build_recording(
        &course.root,
        Job::All,
        sides,
        settings.build_limits(),
        &Cancel::default(),
        &calls,
    )?;
    ensure_built(course, &all, "cargo build", settings)?;
    let wanted: Vec<replay::Wanted> = exercises
        .iter()
        .flat_map(|e| [Side::Exercise, Side::Solution].map(|side| (e, side)))
        .map(|(e, side)| replay::Wanted {
            package: side.package(e),
            crate_dir: side.dir(course, e),
            target: if e.mode == Mode::Run {
                Target::Program
            } else {
                Target::Tests
            },
        })
        .collect();
    replay::save_plans(&course.root, &calls, &wanted);
    record_missing_plans(course, &wanted, sides, settings)?;
    Ok(all)
}

/// One clippy run over the solutions and the clippy-mode exercises, the
/// lints the course teaches forbidden.
fn lint(
    course: &Course,
    exercises: &[&Exercise],
    sides: &cargo::Crates,
    settings: &Settings,
) -> Result<Build> {
    let linted: Vec<String> = exercises
        .iter()
        .flat_map(|e| {
            [
                Some(e.solution_package()),
                (e.mode == Mode::Clippy).then(|| e.package().to_string()),
            ]
        })
        .flatten()
        .collect();
    status_line::say("Running clippy on the solutions …");
    let mut taught: Vec<String> = exercises.iter().flat_map(|e| e.taught_lints()).collect();
    taught.sort();
    taught.dedup();
    let linted_crates = sides.only(|package| linted.iter().any(|l| l == package));
    let clippy = cargo::build(
        &course.root,
        Job::Clippy(taught),
        &linted_crates,
        settings.build_limits(),
        &Cancel::default(),
    )?;
    ensure_built(course, &clippy, "cargo clippy", settings)?;
    Ok(clippy)
}

/// cargo calls rustc only for crates that changed, so a crate built before the
/// grader recorded anything has no plan: touch its sources and build it again,
/// recording, so that every crate is graded through the fast path.
fn record_missing_plans(
    course: &Course,
    wanted: &[replay::Wanted],
    sides: &cargo::Crates,
    settings: &Settings,
) -> Result<()> {
    let missing: Vec<&replay::Wanted> = wanted
        .iter()
        .filter(|w| grade::replay_allowed(&w.crate_dir))
        .filter(|w| replay::valid_plan(&course.root, &w.package, &w.crate_dir, w.target).is_none())
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    status_line::say(&format!(
        "Recording rustc's calls for {} crates …",
        missing.len()
    ));
    for want in &missing {
        replay::touch_sources(&want.crate_dir);
    }
    let calls = replay::recording_dir(&course.root, "check-missing");
    let crates = sides.only(|package| missing.iter().any(|w| w.package == package));
    let build = cargo::build_recording(
        &course.root,
        Job::All,
        &crates,
        settings.build_limits(),
        &Cancel::default(),
        &calls,
    )?;
    ensure_built(course, &build, "cargo build", settings)?;
    let missing: Vec<replay::Wanted> = missing.into_iter().cloned().collect();
    replay::save_plans(&course.root, &calls, &missing);
    Ok(())
}

fn ensure_built(course: &Course, build: &Build, what: &str, settings: &Settings) -> Result<()> {
    if build.exit == Exit::TimedOut {
        bail!(
            "{what} took longer than {}s. Raise --build-timeout.",
            settings.build_time.as_secs()
        );
    }
    if cargo::failed_by_itself(build) {
        if let Ok(Outcome::Broken { exercise, message }) = cargo::broken(course, build) {
            bail!(
                "{what} cannot start while the crate of {exercise} is broken:\n{message}\nFix it (or `grader reset {exercise}`), then check again."
            );
        }
        bail!(
            "{what} failed before compiling the course:\n{}",
            build.cargo_stderr.trim()
        );
    }
    Ok(())
}
