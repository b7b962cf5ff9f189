//! `check` grades through the fast path (replaying rustc's recorded calls)
//! as `grader run` does, and proves it agrees with cargo.

use anyhow::Result;

use super::defect::{FastPathVerdict, GradeDefect};
use crate::cargo::CrateBuild;
use crate::course::Course;
use crate::grade::{self, Settings, Subject};
use crate::info::{Exercise, Mode};
use crate::replay::{self, Replayed, Target};
use crate::spawn::Cancel;

/// The build to grade `subject` with: the fast path's when it agrees with
/// cargo's (the same compile errors, and a built target when cargo built
/// one), cargo's otherwise, with the disagreement as a defect.
pub fn build_to_grade(
    course: &Course,
    exercise: &Exercise,
    subject: &Subject,
    by_cargo: CrateBuild,
    settings: &Settings,
) -> Result<(CrateBuild, Option<GradeDefect>)> {
    if !grade::replay_allowed(&subject.dir) {
        return Ok((by_cargo, None));
    }
    let target = if exercise.mode == Mode::Run {
        Target::Program
    } else {
        Target::Tests
    };
    let package = subject.package.clone();
    let plan = replay::valid_plan(&course.root, &subject.package, &subject.dir, target);
    let Some(plan) = plan else {
        return Ok((by_cargo, Some(GradeDefect::FastPathUnrecorded { package })));
    };
    let replayed = match replay::replay(&plan, settings.build_limits(), &Cancel::default())? {
        Replayed::Built(krate) => krate,
        _ => {
            let failed = GradeDefect::FastPathReplayFailed { package };
            return Ok((by_cargo, Some(failed)));
        }
    };
    let (cargo, replay) = (verdict(&by_cargo, target), verdict(&replayed, target));
    if cargo == replay {
        return Ok((replayed, None));
    }
    let disagrees = GradeDefect::FastPathDisagrees {
        package,
        cargo,
        replay,
    };
    Ok((by_cargo, Some(disagrees)))
}

/// What a build says of a crate: its compile errors, and whether the
/// target graded was built.
fn verdict(krate: &CrateBuild, target: Target) -> FastPathVerdict {
    let codes = grade::compile_outcome(krate).map(|o| o.observed());
    let built = match target {
        Target::Tests => !krate.tests.is_empty(),
        Target::Program => !krate.programs.is_empty(),
    };
    FastPathVerdict { codes, built }
}
