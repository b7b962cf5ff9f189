//! The verdict on one exercise, as the reports show it.

use serde::Serialize;

use super::defect::{Defect, FileDefect};
use crate::course::Course;
use crate::expect::Expect;
use crate::info::Exercise;

/// The verdict on one exercise.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    pub name: String,
    pub sound: bool,
    /// How the shipped exercise must fail (its `expect`), in order.
    pub expected: Vec<Expect>,
    /// How it failed, as `expect` would say it.
    pub observed: Vec<Expect>,
    pub defects: Vec<Defect>,
    /// Run time of the shipped exercise's tests or program, in milliseconds.
    pub exercise_ms: u64,
    /// Run time of the solution's tests or program, in milliseconds.
    pub solution_ms: u64,
    /// True when the verdict was remembered from an earlier check.
    pub cached: bool,
}

impl Verdict {
    /// A sound verdict from an earlier run, its inputs unchanged.
    pub fn remembered(exercise: &Exercise) -> Verdict {
        let mut expected = exercise.expect.clone();
        expected.sort();
        expected.dedup();
        Verdict {
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

    /// The verdict on an exercise whose crates are missing or misnamed.
    pub fn broken(course: &Course, exercise: &Exercise) -> Verdict {
        let mut verdict = Verdict::remembered(exercise);
        verdict.sound = false;
        verdict.observed = Vec::new();
        verdict.cached = false;
        verdict.defects = course
            .crate_problems(exercise)
            .into_iter()
            .map(|problem| FileDefect::BrokenCrate { problem }.into())
            .collect();
        verdict
    }
}
