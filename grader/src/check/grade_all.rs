//! Grading many exercises at once: one build, one clippy, one rustfmt, then
//! every test binary and program in parallel, then the generic cheats.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use anyhow::Result;

use super::cheats::{self, Trial};
use super::defect::{Defect, GradeDefect};
use super::judge::{Ran, judge};
use super::verdict::Verdict;
use super::{builds, fast_path, pool, quiet, status_line};
use crate::cargo::Build;
use crate::course::Course;
use crate::expect::Expect;
use crate::grade::{self, Settings, Side, Subject};
use crate::info::Exercise;
use crate::outcome::Outcome;
use crate::spawn::Cancel;

/// One side of the exercise at an index.
type Run = (usize, Side);

/// The verdict on every exercise, by name.
pub fn grade_all(
    course: &Course,
    exercises: &[&Exercise],
    settings: &Settings,
) -> Result<BTreeMap<String, Verdict>> {
    if exercises.is_empty() {
        return Ok(BTreeMap::new());
    }
    let builds = builds::build_all(course, exercises, settings)?;
    let ran = run_all(course, exercises, &builds.all, settings)?;
    status_line::say("Trying the generic cheats on every exercise …");
    let uncompiled: BTreeSet<String> = exercises
        .iter()
        .zip(&ran)
        .filter(|(_, [shipped, _])| matches!(shipped.outcome, Outcome::CompileError { .. }))
        .map(|(e, _)| e.name.clone())
        .collect();
    let cheated = cheats::try_all(course, exercises, &uncompiled, settings)?;
    status_line::say("");
    let mut verdicts = BTreeMap::new();
    for (exercise, [shipped, solved]) in exercises.iter().zip(ran) {
        let mut verdict = judge(course, exercise, &builds, shipped, solved);
        for &(cheat, trial) in cheated.get(&exercise.name).into_iter().flatten() {
            let defect = match trial {
                Trial::Untried => GradeDefect::CheatUntried { cheat },
                _ => GradeDefect::CheatPassed { cheat },
            };
            verdict.defects.push(Defect::from(defect));
            verdict.sound = false;
        }
        verdicts.insert(exercise.name.clone(), verdict);
    }
    Ok(verdicts)
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
    let mut results = run_parallel(
        course,
        exercises,
        &parallel,
        all,
        settings,
        pool::default_workers(),
    );
    let timed_out = results
        .iter()
        .filter(|(_, ran)| is_timeout(ran))
        .map(|(&run, _)| run);
    let again: Vec<Run> = apart.iter().copied().chain(timed_out).collect();
    results.extend(run_apart(course, exercises, &again, all, settings));
    status_line::say("");
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
    let run = |&(i, side): &Run| run_one(course, exercises[i], side, all, settings);
    let progress = |done| status_line::progress(done, jobs.len());
    let ran = pool::map(jobs, workers, run, progress);
    jobs.iter().copied().zip(ran).collect()
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
    status_line::say(&format!(
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
        status_line::say(&format!(
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
    let by_cargo = all.for_crate(&subject.dir);
    let (krate, disagreement) =
        fast_path::build_to_grade(course, exercise, &subject, by_cargo, settings)?;
    let outcome = grade::execute(&subject, &krate, settings, &Cancel::default())?;
    Ok(Ran {
        outcome,
        ms: started.elapsed().as_millis() as u64,
        disagreement,
    })
}
