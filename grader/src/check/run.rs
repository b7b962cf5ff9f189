//! Grading many exercises at once: one build, one clippy, one rustfmt, then
//! every test binary and program in parallel.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use anyhow::{Result, bail};

use super::cheats::{self, Trial};
use super::{Record, evidence, names, quiet, statics};
use crate::cargo::{self, Build, Job};
use crate::course::Course;
use crate::expect::Expect;
use crate::grade::{self, Settings, Side, Subject};
use crate::info::{Exercise, Mode};
use crate::outcome::Outcome;
use crate::replay::{self, Replayed, Target};
use crate::spawn::{Cancel, Exit};

/// What running one side of an exercise gave.
struct Ran {
    outcome: Outcome,
    ms: u64,
    /// How the fast path (replaying rustc) disagreed with cargo, if it did.
    disagreement: Option<String>,
}

/// One side of the exercise at an index.
type Run = (usize, Side);

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
) -> Result<BTreeMap<String, Record>> {
    if exercises.is_empty() {
        return Ok(BTreeMap::new());
    }
    let builds = build_all(course, exercises, settings)?;
    let ran = run_all(course, exercises, &builds.all, settings)?;
    status("Trying the generic cheats on every exercise …");
    let uncompiled: BTreeSet<String> = exercises
        .iter()
        .zip(&ran)
        .filter(|(_, [shipped, _])| matches!(shipped.outcome, Outcome::CompileError { .. }))
        .map(|(e, _)| e.name.clone())
        .collect();
    let cheated = cheats::try_all(course, exercises, &uncompiled, settings)?;
    status("");
    let mut records = BTreeMap::new();
    for (exercise, [shipped, solved]) in exercises.iter().zip(ran) {
        let mut record = judge(course, exercise, &builds, shipped, solved);
        for (cheat, trial) in cheated.get(&exercise.name).into_iter().flatten() {
            record.defects.push(match trial {
                Trial::Untried => format!(
                    "the cheat of {} could not be tried: cargo built no test binary of its copy and reported no error",
                    cheat.describe()
                ),
                _ => format!(
                    "the shipped exercise passes with {}: the grader must refuse it",
                    cheat.describe()
                ),
            });
            record.sound = false;
        }
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
    let features: Vec<String> = exercises
        .iter()
        .flat_map(|e| sides.map(|s| s.features(e)))
        .flatten()
        .collect();
    status(&format!(
        "Building {} crates (one cargo build) …",
        packages.len()
    ));
    let calls = replay::recording_dir(&course.root, "check");
    let crates = cargo::Crates {
        names: &packages,
        features: &features,
        dirs: &dirs,
    };
    let limits = settings.build_limits();
    let all = cargo::build_recording(
        &course.root,
        Job::All,
        &crates,
        limits,
        &Cancel::default(),
        &calls,
    )?;
    ensure_built(course, &all, "cargo build", settings)?;
    let wanted: Vec<replay::Wanted> = exercises
        .iter()
        .flat_map(|e| sides.map(|side| (e, side)))
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
    record_missing_plans(course, &wanted, &features, settings)?;

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
    let clippy_features = of_packages(&features, &linted);
    let linted_crates = cargo::Crates {
        names: &linted,
        features: &clippy_features,
        dirs: &dirs,
    };
    let clippy = cargo::build(
        &course.root,
        Job::Clippy(taught),
        &linted_crates,
        limits,
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

/// cargo calls rustc only for crates that changed, so a crate built before the
/// grader recorded anything has no plan: touch its sources and build it again,
/// recording, so that every crate is graded through the fast path.
fn record_missing_plans(
    course: &Course,
    wanted: &[replay::Wanted],
    features: &[String],
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
    status(&format!(
        "Recording rustc's calls for {} crates …",
        missing.len()
    ));
    for want in &missing {
        replay::touch_sources(&want.crate_dir);
    }
    let packages: Vec<String> = missing.iter().map(|w| w.package.clone()).collect();
    let dirs: Vec<PathBuf> = missing.iter().map(|w| w.crate_dir.clone()).collect();
    let calls = replay::recording_dir(&course.root, "check-missing");
    let features = of_packages(features, &packages);
    let crates = cargo::Crates {
        names: &packages,
        features: &features,
        dirs: &dirs,
    };
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

/// The `package/feature` items of `features` that belong to `packages`.
fn of_packages(features: &[String], packages: &[String]) -> Vec<String> {
    let selected = |f: &&String| {
        let package = f.split_once('/').map_or("", |(p, _)| p);
        packages.iter().any(|p| p == package)
    };
    features.iter().filter(selected).cloned().collect()
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

/// Runs both sides of every exercise: first in parallel, then apart.
///
/// A time limit must mean in `check` what it means to a learner grading one
/// exercise on an idle machine, whose test binary has every core. So a run
/// that times out among the parallel ones is run again apart from them
/// before it is believed, and the shipped side of an exercise that `expect`s
/// a timeout only ever runs apart: its timeout is then no luck of a loaded
/// machine (see `run_apart`).
fn run_all(
    course: &Course,
    exercises: &[&Exercise],
    all: &Build,
    settings: &Settings,
) -> Result<Vec<[Ran; 2]>> {
    let expects_timeout =
        |&(i, side): &Run| side == Side::Exercise && exercises[i].expect.contains(&Expect::Timeout);
    let (apart, parallel): (Vec<Run>, Vec<Run>) = (0..exercises.len())
        .flat_map(|i| [(i, Side::Exercise), (i, Side::Solution)])
        .partition(expects_timeout);
    let workers = 2 * std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut results = run_parallel(course, exercises, &parallel, all, settings, workers);
    let timed_out = results
        .iter()
        .filter(|(_, ran)| is_timeout(ran))
        .map(|(&run, _)| run);
    let again: Vec<Run> = apart.iter().copied().chain(timed_out).collect();
    results.extend(run_apart(course, exercises, &again, all, settings));
    status("");
    let mut ran = Vec::new();
    for i in 0..exercises.len() {
        let mut take = |side| results.remove(&(i, side)).expect("every job ran");
        let shipped = take(Side::Exercise)?;
        let solved = take(Side::Solution)?;
        ran.push([shipped, solved]);
    }
    Ok(ran)
}

/// Runs `jobs` on twice as many threads as there are cores. Each test binary
/// keeps libtest's default of one thread per core, as for a learner: fewer
/// (`--test-threads`) would make a binary of several slow tests slower here
/// than alone, while the load only ever makes a run slower, and a run slowed
/// past its limit is run again alone.
fn run_parallel(
    course: &Course,
    exercises: &[&Exercise],
    jobs: &[Run],
    all: &Build,
    settings: &Settings,
    workers: usize,
) -> BTreeMap<Run, Result<Ran>> {
    let next = Mutex::new(0usize);
    let results = Mutex::new(BTreeMap::new());
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
                    results.insert((i, side), ran);
                    progress(results.len(), jobs.len());
                }
            });
        }
    });
    results.into_inner().unwrap_or_else(|e| e.into_inner())
}

/// Runs `jobs` apart from every other run: all together first, as the runs
/// that hang do so without using the processor (a deadlock, a receive that
/// never ends). When the machine stayed quiet meanwhile, no run slowed
/// another and the results stand; otherwise each run that timed out is run
/// again, alone.
fn run_apart(
    course: &Course,
    exercises: &[&Exercise],
    jobs: &[Run],
    all: &Build,
    settings: &Settings,
) -> BTreeMap<Run, Result<Ran>> {
    if jobs.is_empty() {
        return BTreeMap::new();
    }
    status(&format!(
        "Running {} apart from the others: a time limit is judged without other load …",
        jobs.len()
    ));
    let (busy_before, started) = (quiet::busy_time(), Instant::now());
    let workers = jobs.len().min(MAX_APART);
    let mut results = run_parallel(course, exercises, jobs, all, settings, workers);
    let quiet = match (busy_before, quiet::busy_time()) {
        (Some(before), Some(after)) => {
            quiet::was_quiet(after.saturating_sub(before), started.elapsed())
        }
        _ => false,
    };
    if quiet || jobs.len() == 1 {
        return results;
    }
    let timed_out: Vec<Run> = results
        .iter()
        .filter(|(_, ran)| is_timeout(ran))
        .map(|(&run, _)| run)
        .collect();
    for (n, &(i, side)) in timed_out.iter().enumerate() {
        status(&format!(
            "Running {} alone ({}/{}): the machine was busy …",
            side.package(exercises[i]),
            n + 1,
            timed_out.len()
        ));
        let ran = run_one(course, exercises[i], side, all, settings);
        results.insert((i, side), ran);
    }
    results
}

/// At most this many runs apart at once.
const MAX_APART: usize = 16;

fn is_timeout(ran: &Result<Ran>) -> bool {
    matches!(
        ran,
        Ok(Ran {
            outcome: Outcome::TimedOut { .. },
            ..
        })
    )
}

fn run_one(
    course: &Course,
    exercise: &Exercise,
    side: Side,
    all: &Build,
    settings: &Settings,
) -> Result<Ran> {
    let started = Instant::now();
    let record = course.record(exercise)?;
    let subject = Subject::new(course, exercise, side, record);
    let (krate, disagreement) = fast_path(
        course,
        exercise,
        &subject,
        all.for_crate(&subject.dir),
        settings,
    )?;
    let outcome = grade::execute(&subject, &krate, settings, &Cancel::default())?;
    Ok(Ran {
        outcome,
        ms: started.elapsed().as_millis() as u64,
        disagreement,
    })
}

/// Grades through the fast path as `grader run` does, and proves it agrees
/// with cargo: the same compile errors, and a built target when cargo built one.
fn fast_path(
    course: &Course,
    exercise: &Exercise,
    subject: &Subject,
    by_cargo: cargo::CrateBuild,
    settings: &Settings,
) -> Result<(cargo::CrateBuild, Option<String>)> {
    if !grade::replay_allowed(&subject.dir) {
        return Ok((by_cargo, None));
    }
    let target = if exercise.mode == Mode::Run {
        Target::Program
    } else {
        Target::Tests
    };
    let plan = replay::valid_plan(&course.root, &subject.package, &subject.dir, target);
    let Some(plan) = plan else {
        let why = "no fast-path plan was recorded by the check's cargo build".to_string();
        return Ok((by_cargo, Some(why)));
    };
    let replayed = match replay::replay(&plan, settings.build_limits(), &Cancel::default())? {
        Replayed::Built(krate) => krate,
        _ => {
            return Ok((
                by_cargo,
                Some("replaying rustc failed where cargo did not".into()),
            ));
        }
    };
    let verdict = |k: &cargo::CrateBuild| {
        let codes = grade::compile_outcome(k).map(|o| o.observed());
        let built = match target {
            Target::Tests => !k.tests.is_empty(),
            Target::Program => !k.programs.is_empty(),
        };
        (codes, built)
    };
    let (cargo_says, replay_says) = (verdict(&by_cargo), verdict(&replayed));
    if cargo_says == replay_says {
        return Ok((replayed, None));
    }
    let why = format!(
        "the fast path disagrees with cargo on {}: cargo gave {cargo_says:?}, replaying rustc {replay_says:?}",
        subject.package
    );
    Ok((by_cargo, Some(why)))
}

/// Compares what happened with what info.toml promises.
fn judge(
    course: &Course,
    exercise: &Exercise,
    builds: &Builds,
    shipped: Ran,
    solved: Ran,
) -> Record {
    let mut defects = statics::exercise_defects(course, exercise);
    defects.extend(shipped.disagreement.clone());
    defects.extend(solved.disagreement.clone());
    let solution_dir = Side::Solution.dir(course, exercise);
    if !solved.outcome.passed() {
        defects.push(format!(
            "the solution does not pass: {}{}",
            solved.outcome.summary(),
            evidence::details(&solved.outcome)
        ));
    }
    if let Some(Outcome::ClippyFindings { diagnostics, .. }) =
        grade::clippy_outcome(&builds.clippy.for_crate(&solution_dir))
    {
        defects.extend(evidence::clippy_defects(exercise, &diagnostics));
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
            evidence::describe(&shipped.outcome, &observed),
            evidence::details(&shipped.outcome)
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
