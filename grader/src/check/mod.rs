//! `grader check`: proves the course is sound. Every solution passes its mode
//! with the learner's very tests, is clippy and rustfmt clean, and every shipped
//! exercise fails exactly as `expect` says.
//!
//! Speed: one cargo build for every crate, one clippy run, one rustfmt run,
//! then the test binaries and programs run in parallel under the usual limits.
//! Sound verdicts are remembered by the content of their inputs (see `cache`).

mod cache;
mod cheats;
mod evidence;
mod go_notes;
mod quiet;
mod record;
mod report;
mod run;
mod statics;

use std::collections::BTreeSet;
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::cli::CheckArgs;
use crate::course::Course;
use crate::expect::Expect;
use crate::grade::Settings;
use crate::info::Exercise;
use crate::spawn;
use crate::status::Status;

pub use statics::PLACEHOLDER;

/// The verdict on one exercise.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Record {
    pub name: String,
    pub sound: bool,
    pub expected: Vec<String>,
    pub observed: Vec<String>,
    pub defects: Vec<String>,
    /// Run time of the shipped exercise's tests or program, in milliseconds.
    pub exercise_ms: u64,
    /// Run time of the solution's tests or program, in milliseconds.
    pub solution_ms: u64,
    /// True when the verdict was remembered from an earlier check.
    pub cached: bool,
}

/// `grader check`
pub fn run(course: &Course, args: &CheckArgs, settings: &Settings) -> Result<Status> {
    if args.update_hashes {
        if course.shipped_error.is_some() && (!args.only.is_empty() || args.shard.is_some()) {
            bail!(
                "{} cannot be read, so it must be recorded whole: run `grader check --update-hashes` without --only or --shard.",
                crate::shipped::SHIPPED_FILE
            );
        }
        // A broken crate cannot be built to record it: `check` reports it.
        let (buildable, _) = split_broken(course, select(course, args)?);
        record::update(course, &buildable, settings)?;
        let reloaded = Course::open(Some(&course.root))?;
        return check(&reloaded, args, settings);
    }
    check(course, args, settings)
}

fn check(course: &Course, args: &CheckArgs, settings: &Settings) -> Result<Status> {
    let empty = course.info.exercises.is_empty() && args.only.is_empty();
    if empty && crate::workspace::globs_match_nothing(&course.root) {
        println!(
            "The course has no exercise yet: nothing to check.\n\
             `grader new NAME --dir 01_topic` scaffolds the first one (see CONTRIBUTING.md)."
        );
        return Ok(Status::Success);
    }
    let selected = select(course, args)?;
    // A broken crate is that exercise's defect; it has no record to check.
    ensure_recorded(course, &split_broken(course, selected.clone()).0)?;
    // The course-wide checks run once: without --only, and in the first shard.
    let first_shard = match &args.shard {
        Some(shard) => parse_shard(shard)?.0 == 1,
        None => true,
    };
    let whole_course = args.only.is_empty() && first_shard;
    let course_defects = if whole_course {
        statics::course_defects(course)?
    } else {
        Vec::new()
    };

    let shared = cache::shared_inputs(course, &rustc_version()?, settings);
    let mut cache = cache::Cache::load(&course.root);
    let keys: Vec<String> = selected
        .iter()
        .map(|e| cache::key(course, e, &shared))
        .collect();
    let fresh: Vec<&Exercise> = selected
        .iter()
        .zip(&keys)
        .filter(|(e, key)| args.force || !cache.is_sound(&e.name, key))
        .map(|(e, _)| *e)
        .collect();

    // A missing or misnamed crate is that exercise's defect; cargo is not asked about it.
    let (fresh, broken) = split_broken(course, fresh);
    let mut graded = run::grade_all(course, &fresh, settings)?;
    for exercise in broken {
        graded.insert(exercise.name.clone(), broken_record(course, exercise));
    }
    let mut records = Vec::new();
    for (exercise, key) in selected.iter().zip(keys) {
        let record = match graded.remove(&exercise.name) {
            Some(record) => {
                cache.record(&exercise.name, record.sound.then_some(key));
                record
            }
            None => remembered(exercise),
        };
        records.push(record);
    }
    cache.save();

    report::write(&records, &course_defects, args)?;
    let sound = course_defects.is_empty() && records.iter().all(|r| r.sound);
    Ok(if sound {
        Status::Success
    } else {
        Status::NotPassing
    })
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

/// The verdict on an exercise whose crates are missing or misnamed.
fn broken_record(course: &Course, exercise: &Exercise) -> Record {
    let mut record = remembered(exercise);
    record.sound = false;
    record.observed = Vec::new();
    record.cached = false;
    record.defects = course.crate_problems(exercise);
    record
}

/// A sound verdict from an earlier run, its inputs unchanged.
fn remembered(exercise: &Exercise) -> Record {
    let expected = names(&exercise.expect.iter().cloned().collect());
    Record {
        name: exercise.name.clone(),
        sound: true,
        observed: expected.clone(),
        expected,
        defects: Vec::new(),
        exercise_ms: 0,
        solution_ms: 0,
        cached: true,
    }
}

pub fn names(set: &BTreeSet<Expect>) -> Vec<String> {
    set.iter().map(ToString::to_string).collect()
}

/// The exercises `--only` and `--shard` ask for, in course order.
fn select<'a>(course: &'a Course, args: &CheckArgs) -> Result<Vec<&'a Exercise>> {
    for name in &args.only {
        course.exercise(name)?;
    }
    let chosen = course
        .info
        .exercises
        .iter()
        .filter(|e| args.only.is_empty() || args.only.contains(&e.name));
    let Some(shard) = &args.shard else {
        return Ok(chosen.collect());
    };
    let (k, n) = parse_shard(shard)?;
    Ok(chosen
        .enumerate()
        .filter(|(i, _)| i % n == k - 1)
        .map(|(_, e)| e)
        .collect())
}

fn parse_shard(text: &str) -> Result<(usize, usize)> {
    let parsed = text
        .split_once('/')
        .and_then(|(k, n)| Some((k.trim().parse().ok()?, n.trim().parse().ok()?)));
    match parsed {
        Some((k, n)) if n >= 1 && (1..=n).contains(&k) => Ok((k, n)),
        _ => bail!("--shard takes K/N with 1 ≤ K ≤ N, e.g. --shard 2/4; got `{text}`"),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_are_checked() {
        assert_eq!(parse_shard("2/4").unwrap(), (2, 4));
        assert!(parse_shard("0/4").is_err());
        assert!(parse_shard("5/4").is_err());
        assert!(parse_shard("two").is_err());
    }
}
