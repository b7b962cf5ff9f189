//! The verdict on one exercise: what grading it gave against what info.toml
//! promises, with the defects found without building.

use std::collections::BTreeSet;
use std::path::Path;

use super::builds::Builds;
use super::defect::{Defect, GradeDefect};
use super::verdict::Verdict;
use super::{evidence, rules};
use crate::course::Course;
use crate::expect::Expect;
use crate::grade::{self, Side};
use crate::info::{Exercise, Mode};
use crate::outcome::Outcome;

/// What running one side of an exercise gave.
pub struct Ran {
    pub outcome: Outcome,
    pub ms: u64,
    /// How the fast path (replaying rustc) disagreed with cargo, if it did.
    pub disagreement: Option<GradeDefect>,
}

/// Compares what happened with what info.toml promises.
pub fn judge(
    course: &Course,
    exercise: &Exercise,
    builds: &Builds,
    shipped: Ran,
    solved: Ran,
) -> Verdict {
    let mut defects = rules::exercise_defects(course, exercise);
    let disagreements = [&shipped.disagreement, &solved.disagreement];
    defects.extend(
        disagreements
            .into_iter()
            .flatten()
            .cloned()
            .map(Defect::from),
    );
    let mut graded = solution_defects(course, exercise, builds, &solved.outcome);
    let observed = observed(course, exercise, builds, &shipped.outcome);
    let expected: BTreeSet<Expect> = exercise.expect.iter().cloned().collect();
    if observed != expected {
        graded.push(GradeDefect::WrongFailure {
            expected: expected.clone(),
            observed: observed.clone(),
            gave: evidence::describe(&shipped.outcome, &observed),
            evidence: evidence::details(&shipped.outcome),
        });
    }
    defects.extend(graded.into_iter().map(Defect::from));
    Verdict {
        name: exercise.name.clone(),
        sound: defects.is_empty(),
        expected: expected.into_iter().collect(),
        observed: observed.into_iter().collect(),
        defects,
        exercise_ms: shipped.ms,
        solution_ms: solved.ms,
        cached: false,
    }
}

/// The solution must pass, be clippy clean and rustfmt clean.
fn solution_defects(
    course: &Course,
    exercise: &Exercise,
    builds: &Builds,
    solved: &Outcome,
) -> Vec<GradeDefect> {
    let mut defects = Vec::new();
    if !solved.passed() {
        defects.push(GradeDefect::SolutionFails {
            outcome: solved.summary(),
            evidence: evidence::details(solved),
        });
    }
    let solution_dir = Side::Solution.dir(course, exercise);
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
        let file = file
            .strip_prefix(&course.root)
            .unwrap_or(file)
            .to_path_buf();
        defects.push(GradeDefect::Unformatted { file });
    }
    defects
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
