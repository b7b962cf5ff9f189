//! `grader check`: proves the course is sound. Every solution passes its mode
//! with the learner's very tests, is clippy and rustfmt clean, and every shipped
//! exercise fails exactly as `expect` says.
//!
//! Speed: one cargo build for every crate, one clippy run, one rustfmt run,
//! then the test binaries and programs run in parallel under the usual limits.
//! Sound verdicts are remembered by the content of their inputs (see `cache`).

mod builds;
mod cache;
mod cheats;
mod course_defect;
mod defect;
mod evidence;
mod fast_path;
mod go_notes;
mod grade_all;
mod judge;
mod options;
mod pool;
mod quiet;
mod report;
mod rules;
mod status_line;
mod update_hashes;
mod verdict;

use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::course::Course;
use crate::grade::Settings;
use crate::info::Exercise;
use crate::spawn;
use crate::status::Status;

pub use defect::PLACEHOLDER;
pub use options::{Options, Shard};
use verdict::Verdict;

/// `grader check`
pub fn run(course: &Course, options: &Options, settings: &Settings) -> Result<Status> {
    if options.update_hashes {
        if course.shipped_error.is_some() && (!options.only.is_empty() || options.shard.is_some()) {
            bail!(
                "{} cannot be read, so it must be recorded whole: run `grader check --update-hashes` without --only or --shard.",
                crate::shipped::SHIPPED_FILE
            );
        }
        // A broken crate cannot be built to record it: `check` reports it.
        let (buildable, _) = split_broken(course, select(course, options)?);
        update_hashes::update(course, &buildable, settings)?;
        let reloaded = Course::open(Some(&course.root))?;
        return check(&reloaded, options, settings);
    }
    check(course, options, settings)
}

fn check(course: &Course, options: &Options, settings: &Settings) -> Result<Status> {
    let empty = course.info.exercises.is_empty() && options.only.is_empty();
    if empty && crate::workspace::globs_match_nothing(&course.root) {
        println!(
            "The course has no exercise yet: nothing to check.\n\
             `grader new NAME --dir 01_topic` scaffolds the first one (see CONTRIBUTING.md)."
        );
        return Ok(Status::Success);
    }
    let selected = select(course, options)?;
    // A broken crate is that exercise's defect; it has no record to check.
    ensure_recorded(course, &split_broken(course, selected.clone()).0)?;
    // The course-wide checks run once: without --only, and in the first shard.
    let first_shard = options.shard.is_none_or(Shard::is_first);
    let course_defects = if options.only.is_empty() && first_shard {
        rules::course_defects(course)?
    } else {
        Vec::new()
    };
    let verdicts = verdicts(course, &selected, options, settings)?;
    report::write(&verdicts, &course_defects, options)?;
    let sound = course_defects.is_empty() && verdicts.iter().all(|r| r.sound);
    Ok(if sound {
        Status::Success
    } else {
        Status::NotPassing
    })
}

/// The verdict on every selected exercise, in order: remembered when its
/// inputs are unchanged since a sound one (unless forced), graded otherwise.
fn verdicts(
    course: &Course,
    selected: &[&Exercise],
    options: &Options,
    settings: &Settings,
) -> Result<Vec<Verdict>> {
    let shared = cache::shared_inputs(course, &rustc_version()?, settings);
    let mut cache = cache::Cache::load(&course.root);
    let keys: Vec<String> = selected
        .iter()
        .map(|e| cache::key(course, e, &shared))
        .collect();
    let fresh: Vec<&Exercise> = selected
        .iter()
        .zip(&keys)
        .filter(|(e, key)| options.force || !cache.is_sound(&e.name, key))
        .map(|(e, _)| *e)
        .collect();

    // A missing or misnamed crate is that exercise's defect; cargo is not asked about it.
    let (fresh, broken) = split_broken(course, fresh);
    let mut graded = grade_all::grade_all(course, &fresh, settings)?;
    for exercise in broken {
        graded.insert(exercise.name.clone(), Verdict::broken(course, exercise));
    }
    let mut verdicts = Vec::new();
    for (exercise, key) in selected.iter().zip(keys) {
        let verdict = match graded.remove(&exercise.name) {
            Some(verdict) => {
                cache.record(&exercise.name, verdict.sound.then_some(key));
                verdict
            }
            None => Verdict::remembered(exercise),
        };
        verdicts.push(verdict);
    }
    cache.save();
    Ok(verdicts)
}

/// Grading needs the course's record of every selected exercise: without it
/// no pass can be trusted, so a gap is the course's error (exit 2).
fn ensure_recorded(course: &Course, selected: &[&Exercise]) -> Result<()> {
    if let Some(error) = &course.shipped_error {
        bail!("{error}");
    }
    let info_text =
        std::fs::read_to_string(course.root.join(crate::info::INFO_FILE)).unwrap_or_default();
    let problems: Vec<String> = course
        .shipped
        .problems(&course.info, &info_text)
        .into_iter()
        .filter(|p| {
            selected
                .iter()
                .any(|e| p.contains(&format!("`{}`", e.name)))
        })
        .collect();
    if problems.is_empty() {
        return Ok(());
    }
    bail!(
        "the course's record of its shipped tests is incomplete:\n  {}",
        problems.join("\n  ")
    )
}

/// The exercises whose crates cargo can build, and those it cannot (missing,
/// misnamed, or naming features their manifests do not declare).
fn split_broken<'a>(
    course: &Course,
    exercises: Vec<&'a Exercise>,
) -> (Vec<&'a Exercise>, Vec<&'a Exercise>) {
    exercises
        .into_iter()
        .partition(|e| course.crate_problems(e).is_empty())
}

/// The exercises `--only` and `--shard` ask for, in course order.
fn select<'a>(course: &'a Course, options: &Options) -> Result<Vec<&'a Exercise>> {
    for name in &options.only {
        course.exercise(name)?;
    }
    let chosen = course
        .info
        .exercises
        .iter()
        .filter(|e| options.only.is_empty() || options.only.contains(&e.name));
    let Some(shard) = options.shard else {
        return Ok(chosen.collect());
    };
    Ok(chosen
        .enumerate()
        .filter(|(i, _)| shard.holds(*i))
        .map(|(_, e)| e)
        .collect())
}

/// `rustc -vV`: a new compiler may judge the course differently.
fn rustc_version() -> Result<String> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let mut command = Command::new(rustc);
    command.arg("-vV");
    let finished = spawn::run_tool(command)
        .context("could not start rustc. Is the Rust toolchain installed?")?;
    Ok(finished.stdout_text())
}
