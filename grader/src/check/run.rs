//! Grading many exercises at once: one build, one clippy, one rustfmt, then
//! every test binary and program in parallel.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use anyhow::{Result, bail};

use super::{Record, names, statics};
use crate::cargo::{self, Build, Job};
use crate::cmd::{Cancel, Exit};
use crate::course::Course;
use crate::expect::Expect;
use crate::grade::{self, Settings, Side};
use crate::hashes::TestHashes;
use crate::info::{Exercise, Mode};
use crate::outcome::Outcome;

/// What running one side of an exercise gave.
struct Ran {
    outcome: Outcome,
    ms: u64,
}

/// Everything the shared cargo calls found.
struct Builds {
    all: Build,
    clippy: Build,
    unformatted: BTreeSet<PathBuf>,
}

pub fn grade_all(
    course: &Course,
    exercises: &[&Exercise],
    settings: &Settings,
    now: &TestHashes,
) -> Result<BTreeMap<String, Record>> {
    if exercises.is_empty() {
        return Ok(BTreeMap::new());
    }
    let builds = build_all(course, exercises, settings)?;
    let ran = run_all(course, exercises, &builds.all, settings)?;
    let mut records = BTreeMap::new();
    for (exercise, [shipped, solved]) in exercises.iter().zip(ran) {
        let record = judge(course, exercise, &builds, shipped, solved, now);
        records.insert(exercise.name.clone(), record);
    }
    Ok(records)
}

fn build_all(course: &Course, exercises: &[&Exercise], settings: &Settings) -> Result<Builds> {
    let sides = [Side::Exercise, Side::Solution];
    let packages: Vec<String> = exercises
        .iter()
        .flat_map(|e| sides.map(|s| s.package(e)))
        .collect();
    let dirs: Vec<PathBuf> = exercises
        .iter()
        .flat_map(|e| sides.map(|s| s.dir(course, e)))
        .collect();
    status(&format!(
        "Building {} crates (one cargo build) …",
        packages.len()
    ));
    let all = cargo::build(
        &course.root,
        Job::All,
        &packages,
        &dirs,
        settings.build_limits(),
        &Cancel::default(),
    )?;
    ensure_built(course, &all, "cargo build", settings)?;

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
    status("Running clippy on the solutions …");
    let mut taught: Vec<String> = exercises.iter().flat_map(|e| e.taught_lints()).collect();
    taught.sort();
    taught.dedup();
    let clippy = cargo::build(
        &course.root,
        Job::Clippy(taught),
        &linted,
        &dirs,
        settings.build_limits(),
        &Cancel::default(),
    )?;
    ensure_built(course, &clippy, "cargo clippy", settings)?;

    let solutions: Vec<String> = exercises.iter().map(|e| e.solution_package()).collect();
    let unformatted = statics::unformatted(course, &solutions)?;
    Ok(Builds {
        all,
        clippy,
        unformatted,
    })
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

/// Runs both sides of every exercise on as many threads as there are cores.
fn run_all(
    course: &Course,
    exercises: &[&Exercise],
    all: &Build,
    settings: &Settings,
) -> Result<Vec<[Ran; 2]>> {
    let mut jobs: Vec<(usize, Side)> = (0..exercises.len())
        .flat_map(|i| [(i, Side::Exercise), (i, Side::Solution)])
        .collect();
    // Runs that must hang until their limit use no CPU: each gets a worker of
    // its own and starts first, while twice as many workers as cores do the rest.
    let hangs = |&(i, side): &(usize, Side)| {
        side == Side::Exercise && exercises[i].expect.contains(&Expect::Timeout)
    };
    jobs.sort_by_key(|job| !hangs(job));
    let hanging = jobs.iter().filter(|job| hangs(job)).count();
    let workers = 2 * std::thread::available_parallelism().map_or(2, |n| n.get()) + hanging.min(64);
    let next = Mutex::new(0usize);
    let results: Mutex<BTreeMap<(usize, usize), Result<Ran>>> = Mutex::new(BTreeMap::new());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let job = {
                        let mut next = next.lock().unwrap_or_else(|e| e.into_inner());
                        let job = jobs.get(*next).copied();
                        *next += 1;
                        job
                    };
                    let Some((i, side)) = job else { break };
                    let ran = run_one(course, exercises[i], side, all, settings);
                    let mut results = results.lock().unwrap_or_else(|e| e.into_inner());
                    results.insert((i, side as usize), ran);
                    progress(results.len(), jobs.len());
                }
            });
        }
    });
    status("");
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut ran = Vec::new();
    for i in 0..exercises.len() {
        let shipped = results
            .remove(&(i, Side::Exercise as usize))
            .expect("every job ran")?;
        let solved = results
            .remove(&(i, Side::Solution as usize))
            .expect("every job ran")?;
        ran.push([shipped, solved]);
    }
    Ok(ran)
}

fn run_one(
    course: &Course,
    exercise: &Exercise,
    side: Side,
    all: &Build,
    settings: &Settings,
) -> Result<Ran> {
    let started = Instant::now();
    let (dir, package) = (side.dir(course, exercise), side.package(exercise));
    let krate = all.for_crate(&dir);
    let outcome = grade::execute(
        &course.root,
        exercise,
        &package,
        &dir,
        &krate,
        settings,
        &Cancel::default(),
    )?;
    Ok(Ran {
        outcome,
        ms: started.elapsed().as_millis() as u64,
    })
}

/// Compares what happened with what info.toml promises.
fn judge(
    course: &Course,
    exercise: &Exercise,
    builds: &Builds,
    shipped: Ran,
    solved: Ran,
    now: &TestHashes,
) -> Record {
    let mut defects = statics::exercise_defects(course, exercise, now);
    let solution_dir = Side::Solution.dir(course, exercise);
    if !solved.outcome.passed() {
        defects.push(format!(
            "the solution does not pass: {}{}",
            solved.outcome.summary(),
            details(&solved.outcome)
        ));
    }
    if let Some(Outcome::ClippyFindings { lints, .. }) =
        grade::clippy_outcome(&builds.clippy.for_crate(&solution_dir))
    {
        defects.push(format!(
            "the solution is not clippy clean: {}",
            lints.iter().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    for file in builds
        .unformatted
        .iter()
        .filter(|f| belongs(f, course, exercise))
    {
        defects.push(format!(
            "rustfmt would change {}: run `cargo fmt`",
            file.strip_prefix(&course.root).unwrap_or(file).display()
        ));
    }
    let observed = observed(course, exercise, builds, &shipped.outcome);
    let expected: BTreeSet<Expect> = exercise.expect.iter().cloned().collect();
    if observed != expected {
        defects.push(format!(
            "the shipped exercise should fail with {}, but it gave {}{}",
            crate::expect::list(&expected),
            describe(&shipped.outcome, &observed),
            details(&shipped.outcome)
        ));
    }
    Record {
        name: exercise.name.clone(),
        sound: defects.is_empty(),
        expected: names(&expected),
        observed: names(&observed),
        defects,
        exercise_ms: shipped.ms,
        solution_ms: solved.ms,
        cached: false,
    }
}

/// How the shipped exercise failed, as `expect` would say it. For a clippy
/// exercise whose tests pass, that is clippy's findings.
fn observed(
    course: &Course,
    exercise: &Exercise,
    builds: &Builds,
    outcome: &Outcome,
) -> BTreeSet<Expect> {
    if exercise.mode != Mode::Clippy || !outcome.passed() {
        return outcome.observed();
    }
    let dir = Side::Exercise.dir(course, exercise);
    grade::clippy_outcome(&builds.clippy.for_crate(&dir))
        .map_or_else(BTreeSet::new, |o| o.observed())
}

fn describe(outcome: &Outcome, observed: &BTreeSet<Expect>) -> String {
    if observed.is_empty() {
        outcome.summary()
    } else {
        crate::expect::list(observed)
    }
}

/// A few lines of evidence for a defect: failing tests, or the output's end.
fn details(outcome: &Outcome) -> String {
    match outcome {
        Outcome::TestFailure { failed, .. } if !failed.is_empty() => {
            format!(" (failing: {})", failed.join(", "))
        }
        Outcome::TestFailure { output, .. }
        | Outcome::RunFailure { output, .. }
        | Outcome::TimedOut { output, .. } => {
            let plain = crate::render::strip_ansi(output);
            let lines: Vec<&str> = plain.lines().collect();
            let tail = &lines[lines.len().saturating_sub(6)..];
            format!("\n      {}", tail.join("\n      "))
        }
        _ => String::new(),
    }
}

/// True for files of the exercise's solution or of its shared tests.
fn belongs(file: &Path, course: &Course, exercise: &Exercise) -> bool {
    let solution = course.root.join(exercise.solution_path());
    let exercise_dir = course.root.join(exercise.exercise_path());
    file.starts_with(solution) || file.starts_with(exercise_dir)
}

fn status(text: &str) {
    if std::io::stderr().is_terminal() {
        eprint!("\r\x1b[2K{text}");
    }
}

fn progress(done: usize, total: usize) {
    if std::io::stderr().is_terminal() {
        let width = 30;
        let filled = done * width / total.max(1);
        eprint!(
            "\r\x1b[2K[{}{}] {done}/{total} runs",
            "#".repeat(filled),
            "-".repeat(width - filled)
        );
        let _ = std::io::stderr().flush();
    }
}
