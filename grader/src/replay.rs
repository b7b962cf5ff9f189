//! Grading without paying for cargo on every save: cargo's own rustc call for
//! the graded target, recorded once and replayed while nothing it depends on
//! has changed.
//!
//! While cargo builds an exercise, the grader is cargo's
//! `RUSTC_WORKSPACE_WRAPPER`: for each rustc call on a workspace member it
//! writes the call (program, arguments, the variables cargo set, the working
//! folder) to a file, then becomes rustc. The call that builds the graded
//! target (the test harness, or the program) is kept as the exercise's *plan*,
//! with a stamp of everything cargo would look at before calling rustc again:
//! the manifests, Cargo.lock, cargo config files, the toolchain, the variables
//! that change a build, and every dependency artifact. A later grading whose
//! stamp matches runs that rustc call directly; any doubt falls back to cargo.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::cargo::CrateBuild;
use crate::outcome::Diagnostic;
use crate::spawn::{self, Cancel, Exit, Limits};

/// Bumped when the plan's meaning changes, so old plans are never trusted.
const PLAN_VERSION: u32 = 2;

/// One rustc call as cargo made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Call {
    pub program: PathBuf,
    pub args: Vec<String>,
    /// The variables cargo set for rustc (`CARGO_*`, `OUT_DIR`, …).
    pub env: BTreeMap<String, String>,
    pub cwd: PathBuf,
}

impl Call {
    fn arg_after(&self, flag: &str) -> Option<&str> {
        let at = self.args.iter().position(|a| a == flag)?;
        self.args.get(at + 1).map(String::as_str)
    }

    /// `-C name=value`'s value.
    fn codegen(&self, name: &str) -> Option<&str> {
        let prefix = format!("{name}=");
        self.args
            .windows(2)
            .find(|w| w[0] == "-C" && w[1].starts_with(&prefix))
            .map(|w| &w[1][prefix.len()..])
    }

    /// The file rustc links: `<out-dir>/<crate-name><extra-filename>`.
    fn output(&self) -> Option<PathBuf> {
        let dir = self.arg_after("--out-dir")?;
        let name = self.arg_after("--crate-name")?;
        let extra = self.codegen("extra-filename").unwrap_or("");
        Some(self.cwd.join(dir).join(format!("{name}{extra}")))
    }

    /// The dependency artifacts it links (`--extern name=path`).
    fn externs(&self) -> Vec<PathBuf> {
        self.args
            .windows(2)
            .filter(|w| w[0] == "--extern")
            .filter_map(|w| w[1].split_once('='))
            .map(|(_, path)| self.cwd.join(path))
            .collect()
    }

    fn builds_tests(&self) -> bool {
        self.args.iter().any(|a| a == "--test")
    }

    fn builds_program(&self) -> bool {
        self.arg_after("--crate-type") == Some("bin")
    }
}

/// What a replay needs: the calls that build the target (a crate with a
/// library and a program has a test harness for each) and the stamp they are
/// valid for.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Plan {
    version: u32,
    stamp: String,
    calls: Vec<Call>,
}

/// The target a grading builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Tests,
    Program,
}

mod plans;
mod wrapper;

pub use plans::{Wanted, recording_dir, save_plans, touch_sources, valid_plan};
pub use wrapper::wrapper_main;

/// What replaying a plan gave.
#[derive(Debug)]
pub enum Replayed {
    Built(CrateBuild),
    Cancelled,
    /// rustc failed without saying why: ask cargo instead.
    InDoubt,
}

/// Runs the plan's rustc calls, one after the other.
pub fn replay(plan: &Plan, limits: Limits, cancel: &Cancel) -> Result<Replayed> {
    let mut krate = CrateBuild::default();
    for call in &plan.calls {
        match replay_call(call, &mut krate, limits, cancel)? {
            Replayed::Built(_) => {}
            other => return Ok(other),
        }
    }
    Ok(Replayed::Built(krate))
}

/// One rustc call: its diagnostics and its output go into `krate`.
fn replay_call(
    call: &Call,
    krate: &mut CrateBuild,
    limits: Limits,
    cancel: &Cancel,
) -> Result<Replayed> {
    let mut command = Command::new(&call.program);
    command
        .args(&call.args)
        .envs(&call.env)
        .current_dir(&call.cwd);
    let finished = spawn::run(command, limits, cancel).context("could not start rustc")?;
    let mut errors = false;
    for line in finished.stderr_text().lines() {
        if let Some(diagnostic) = diagnostic(line) {
            errors |= diagnostic.is_error;
            if !krate
                .diagnostics
                .iter()
                .any(|d| d.rendered == diagnostic.rendered)
            {
                krate.diagnostics.push(diagnostic);
            }
        }
    }
    match finished.exit {
        Exit::Status(status) if status.success() => {}
        Exit::Status(_) if errors => return Ok(Replayed::Built(CrateBuild::default())),
        Exit::Cancelled => return Ok(Replayed::Cancelled),
        _ => return Ok(Replayed::InDoubt),
    }
    let Some(output) = call.output().filter(|o| o.exists()) else {
        return Ok(Replayed::InDoubt);
    };
    if call.builds_tests() {
        krate.tests.push(output);
    } else {
        krate.programs.push(output);
    }
    Ok(Replayed::Built(CrateBuild::default()))
}

/// One of rustc's JSON diagnostics (a line of its standard error), as cargo
/// would report it.
fn diagnostic(line: &str) -> Option<Diagnostic> {
    crate::cargo::diagnostic(serde_json::from_str(line).ok()?)
}

#[cfg(test)]
mod tests;
