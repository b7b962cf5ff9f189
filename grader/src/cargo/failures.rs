//! What a failed build means: a lock held by another cargo, a build that
//! ran out of time, or a crate of the course cargo could not read.

use std::path::Path;
use std::time::Duration;

use anyhow::{Result, bail};

use super::Build;
use crate::course::Course;
use crate::layout::BUILD_DIR;
use crate::outcome::{Limit, Outcome};

/// What cargo printed when it waited for another cargo's lock.
const LOCK_WAIT: &str = "Blocking waiting for file lock";

/// A build that ran out of time. Still waiting for another cargo's lock at
/// the end is the machine's problem (an error naming who holds it); anything
/// else is the learner's (a build script or macro that loops): an outcome.
pub fn timed_out(root: &Path, build: &Build, limit: Duration) -> Result<Outcome> {
    let secs = limit.as_secs();
    let build_script = build
        .running_at_timeout
        .iter()
        .any(|c| c.starts_with("build-script") || c.starts_with("build_script"));
    if let Some(line) = still_waiting(&build.cargo_stderr).filter(|_| !build_script) {
        bail!("{}", lock_message(root, line, secs));
    }
    let tail: Vec<&str> = build.cargo_stderr.lines().rev().take(5).collect();
    let output = tail.into_iter().rev().collect::<Vec<_>>().join("\n");
    Ok(Outcome::ResourceLimit {
        limit: Limit::BuildTime { secs, build_script },
        output,
    })
}

/// cargo's last words, if they are that it waits for a lock.
pub(super) fn still_waiting(stderr: &str) -> Option<&str> {
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    lines
        .last()
        .filter(|l| l.contains(LOCK_WAIT))
        .map(|l| l.trim())
}

/// What to say when cargo waited for a lock all the time it had.
pub(super) fn lock_message(root: &Path, line: &str, secs: u64) -> String {
    if line.contains("package cache") {
        return format!(
            "cargo waited {secs}s for the lock on its package cache (cargo said: `{line}`): another cargo on this machine is downloading or updating crates. Let it finish, then run the grader again (or raise --build-timeout)."
        );
    }
    let others = crate::reaper::others_building(root);
    let who = if others.is_empty() {
        format!(
            "Another cargo holds it (a second grader, or a `cargo` you started with CARGO_TARGET_DIR={BUILD_DIR})."
        )
    } else {
        let pids: Vec<String> = others.iter().map(|p| p.pid.to_string()).collect();
        format!(
            "Another grader's cargo holds it: pid {}. If no other grader is running, stop it with `kill {}` and try again.",
            pids.join(", "),
            pids.join(" ")
        )
    };
    format!(
        "cargo waited {secs}s for a lock on {BUILD_DIR} and built nothing (cargo said: `{line}`). {who}"
    )
}

/// cargo failed before compiling anything. When a crate of the course is
/// broken (its Cargo.toml does not parse, say), that is an outcome naming the
/// exercise and how to restore it; else an error with cargo's words.
pub fn broken(course: &Course, build: &Build) -> Result<Outcome> {
    let message = build.cargo_stderr.trim();
    // cargo names a crate as `PATH` or by its manifest, PATH/Cargo.toml.
    let names = |path: &Path| {
        let path = course.root.join(path).to_string_lossy().into_owned();
        message.contains(&format!("{path}`")) || message.contains(&format!("{path}/"))
    };
    let culprit = course
        .info
        .exercises
        .iter()
        .find(|e| names(&e.exercise_path()) || names(&e.solution_path()));
    match culprit {
        Some(exercise) => Ok(Outcome::Broken {
            exercise: exercise.name.clone(),
            message: message.to_string(),
        }),
        None => bail!("cargo could not start building:\n{message}"),
    }
}
