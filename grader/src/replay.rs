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
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::cargo::{CrateBuild, TARGET_DIR};
use crate::cmd::{self, Cancel, Exit, Limits};
use crate::outcome::Diagnostic;

/// Set when cargo runs the grader as its rustc wrapper.
pub const WRAPPER_ENV: &str = "GRADER_RUSTC_WRAPPER";
/// Set for the wrapper when calls are to be recorded: the folder for them.
pub const RECORD_ENV: &str = "GRADER_RECORD_RUSTC";
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

// ---------------------------------------------------------------- the wrapper

/// When cargo runs the grader as its rustc wrapper, record the call and run
/// rustc; `None` when this process is not a wrapper.
pub fn wrapper_main() -> Option<std::process::ExitCode> {
    std::env::var_os(WRAPPER_ENV)?;
    let mut args = std::env::args_os().skip(1);
    let program = PathBuf::from(args.next()?);
    let args: Vec<OsString> = args.collect();
    let primary = std::env::var_os("CARGO_PRIMARY_PACKAGE").is_some();
    if let Some(folder) = std::env::var_os(RECORD_ENV) {
        if primary && args.iter().any(|a| a == "--crate-name") {
            // A failed record only costs speed: the grading itself goes on.
            let _ = record(Path::new(&folder), &program, &args);
        }
    }
    let status = Command::new(&program).args(&args).status();
    Some(match status.ok().and_then(|s| s.code()) {
        Some(code) => std::process::ExitCode::from(code.clamp(0, 255) as u8),
        None => std::process::ExitCode::from(101),
    })
}

fn record(folder: &Path, program: &Path, args: &[OsString]) -> Result<()> {
    let env = std::env::vars()
        .filter(|(k, _)| {
            k.starts_with("CARGO") || k == "OUT_DIR" || k.starts_with("RUSTC_BOOTSTRAP")
        })
        .filter(|(k, _)| k != RECORD_ENV && k != WRAPPER_ENV)
        .collect();
    let call = Call {
        program: program.to_path_buf(),
        args: args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect(),
        env,
        cwd: std::env::current_dir()?,
    };
    std::fs::create_dir_all(folder)?;
    let name = format!(
        "{}-{}.json",
        std::process::id(),
        hex(&digest(&call.args.join("\0")))
    );
    let mut file = std::fs::File::create(folder.join(name))?;
    file.write_all(&serde_json::to_vec(&call)?)?;
    Ok(())
}

// ---------------------------------------------------------------- plans

/// Marks a crate's Rust sources as just changed, so that cargo calls rustc
/// for it again (and the call can be recorded). Contents are not touched.
pub fn touch_sources(crate_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(crate_dir.join("src")) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        if let Ok(file) = std::fs::File::options().append(true).open(entry.path()) {
            let _ = file.set_modified(now);
        }
    }
}

/// Where a package's plan and its recordings live.
fn plan_dir(root: &Path, package: &str) -> PathBuf {
    root.join(TARGET_DIR).join("replay").join(package)
}

/// A fresh folder for one cargo build's recordings.
pub fn recording_dir(root: &Path, what: &str) -> PathBuf {
    let dir = root
        .join(TARGET_DIR)
        .join("replay")
        .join(format!("calls-{what}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// One graded target whose plan a recorded build should leave behind.
#[derive(Debug, Clone)]
pub struct Wanted {
    pub package: String,
    pub crate_dir: PathBuf,
    pub target: Target,
}

/// After a cargo build that recorded into `calls`: keep, for each wanted
/// target, the call that built it as its package's plan.
pub fn save_plans(root: &Path, calls: &Path, wanted: &[Wanted]) {
    let recorded = read_calls(calls);
    let _ = std::fs::remove_dir_all(calls);
    for want in wanted {
        let mut calls: Vec<Call> = Vec::new();
        for call in &recorded {
            let src = call.args.iter().find(|a| a.ends_with(".rs"));
            let ours = src.is_some_and(|s| call.cwd.join(s).starts_with(&want.crate_dir));
            let right = match want.target {
                Target::Tests => call.builds_tests(),
                Target::Program => call.builds_program(),
            };
            if ours && right && !calls.iter().any(|c| c.output() == call.output()) {
                calls.push(call.clone());
            }
        }
        if calls.is_empty() {
            // cargo found the target fresh: the call it made last time is the
            // one it would make now, so the plan holds with today's stamp.
            calls = read_plan(root, want).map(|p| p.calls).unwrap_or_default();
        }
        if !calls.is_empty() {
            calls.sort_by_key(Call::output);
            save_plan(root, want, calls);
        }
    }
}

fn read_plan(root: &Path, want: &Wanted) -> Option<Plan> {
    let path = plan_dir(root, &want.package).join(plan_name(want.target));
    let plan: Plan = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    (plan.version == PLAN_VERSION).then_some(plan)
}

fn save_plan(root: &Path, want: &Wanted, calls: Vec<Call>) {
    let Some(stamp) = stamp(root, &want.crate_dir, &calls) else {
        return;
    };
    let plan = Plan {
        version: PLAN_VERSION,
        stamp,
        calls,
    };
    if let Ok(bytes) = serde_json::to_vec_pretty(&plan) {
        let dir = plan_dir(root, &want.package);
        let _ = std::fs::create_dir_all(&dir);
        let _ = crate::fsutil::write_atomically(&dir.join(plan_name(want.target)), &bytes);
    }
}

fn plan_name(target: Target) -> &'static str {
    match target {
        Target::Tests => "tests.json",
        Target::Program => "program.json",
    }
}

fn read_calls(dir: &Path) -> Vec<Call> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| std::fs::read(e.path()).ok())
        .filter_map(|bytes| serde_json::from_slice(&bytes).ok())
        .collect()
}

/// The package's plan for `target`, if one exists and its stamp still holds.
pub fn valid_plan(root: &Path, package: &str, crate_dir: &Path, target: Target) -> Option<Plan> {
    let want = Wanted {
        package: package.to_string(),
        crate_dir: crate_dir.to_path_buf(),
        target,
    };
    let plan = read_plan(root, &want)?;
    let current = stamp(root, crate_dir, &plan.calls)?;
    (plan.stamp == current).then_some(plan)
}

/// Everything cargo would look at before calling rustc the same way again.
/// `None` when something it needs is missing (a deleted artifact).
fn stamp(root: &Path, crate_dir: &Path, calls: &[Call]) -> Option<String> {
    let mut hasher = Sha256::new();
    let mut files = vec![
        crate_dir.join("Cargo.toml"),
        root.join("Cargo.toml"),
        root.join("Cargo.lock"),
        root.join(".cargo/config.toml"),
        root.join(".cargo/config"),
        crate_dir.join("build.rs"),
    ];
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        files.push(Path::new(&home).join("config.toml"));
    }
    for file in &files {
        hasher.update(file.to_string_lossy().as_bytes());
        hasher.update(std::fs::read(file).unwrap_or_else(|_| b"\0absent".to_vec()));
    }
    let mut needed = Vec::new();
    for call in calls {
        // rustc writes there: without it, it would fail for reasons of its own.
        let out_dir = call.arg_after("--out-dir").map(|d| call.cwd.join(d));
        if out_dir.is_some_and(|d| !d.is_dir()) {
            return None;
        }
        needed.extend(call.externs());
        needed.push(call.program.clone());
    }
    for file in needed {
        let meta = std::fs::metadata(&file).ok()?;
        hasher.update(format!(
            "{}|{}|{:?}\n",
            file.display(),
            meta.len(),
            meta.modified().ok()
        ));
    }
    for (key, value) in build_env() {
        hasher.update(format!("{key}={value}\n"));
    }
    hasher.update(format!("{:?}", crate::cargo::cargo_program()));
    Some(hex(&hasher.finalize()))
}

/// The grader's variables that change what cargo would do.
fn build_env() -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = std::env::vars()
        .filter(|(k, _)| {
            matches!(
                k.as_str(),
                "RUSTFLAGS"
                    | "CARGO_ENCODED_RUSTFLAGS"
                    | "RUSTC"
                    | "RUSTC_WRAPPER"
                    | "RUSTC_WORKSPACE_WRAPPER"
                    | "RUSTC_BOOTSTRAP"
                    | "RUSTUP_TOOLCHAIN"
                    | "CARGO_INCREMENTAL"
                    | "CARGO_HOME"
            ) || k.starts_with("CARGO_BUILD_")
                || k.starts_with("CARGO_PROFILE_")
                || (k.starts_with("CARGO_TARGET_") && k != "CARGO_TARGET_DIR")
        })
        .collect();
    env.sort();
    env
}

// ---------------------------------------------------------------- replaying

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
    let finished = cmd::run(command, limits, cancel).context("could not start rustc")?;
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

fn digest(text: &str) -> Vec<u8> {
    Sha256::digest(text.as_bytes()).to_vec()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(args: &[&str]) -> Call {
        Call {
            program: "rustc".into(),
            args: args.iter().map(|a| a.to_string()).collect(),
            env: BTreeMap::new(),
            cwd: "/course".into(),
        }
    }

    #[test]
    fn the_output_is_named_as_cargo_names_it() {
        let c = call(&[
            "--crate-name",
            "moves1",
            "ex/src/lib.rs",
            "--test",
            "-C",
            "metadata=ab",
            "-C",
            "extra-filename=-1234",
            "--out-dir",
            "/course/target/grader/debug/deps",
        ]);
        assert_eq!(
            c.output().unwrap(),
            Path::new("/course/target/grader/debug/deps/moves1-1234")
        );
        assert!(c.builds_tests());
        assert!(!c.builds_program());
    }

    #[test]
    fn externs_are_the_artifacts_it_needs() {
        let c = call(&[
            "--extern",
            "serde=target/libserde-1.rlib",
            "--extern",
            "noprelude:x=/a/b.rlib",
        ]);
        assert_eq!(
            c.externs(),
            [
                PathBuf::from("/course/target/libserde-1.rlib"),
                PathBuf::from("/a/b.rlib")
            ]
        );
    }

    /// A course folder with a manifest, a lock file, a fake toolchain and one
    /// dependency artifact; a call that links it.
    fn course() -> (tempfile::TempDir, Call) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for (file, text) in [
            ("Cargo.toml", "[workspace]\n"),
            ("Cargo.lock", "version = 4\n"),
            ("ex/Cargo.toml", "[package]\nname = \"ex\"\n"),
            ("bin/rustc", "#!/bin/sh\n"),
            ("target/libdep.rlib", "rlib"),
        ] {
            std::fs::create_dir_all(root.join(file).parent().unwrap()).unwrap();
            std::fs::write(root.join(file), text).unwrap();
        }
        let mut call = call(&["--crate-name", "ex", "ex/src/lib.rs", "--test"]);
        call.args
            .extend(["--extern".into(), "dep=target/libdep.rlib".into()]);
        call.program = root.join("bin/rustc");
        call.cwd = root.to_path_buf();
        (dir, call)
    }

    #[test]
    fn the_stamp_holds_while_nothing_changes() {
        let (dir, call) = course();
        let crate_dir = dir.path().join("ex");
        assert_eq!(
            stamp(dir.path(), &crate_dir, std::slice::from_ref(&call)),
            stamp(dir.path(), &crate_dir, std::slice::from_ref(&call))
        );
    }

    #[test]
    fn the_stamp_changes_with_every_input_cargo_reads() {
        let edits = [
            "ex/Cargo.toml",
            "Cargo.toml",
            "Cargo.lock",
            ".cargo/config.toml",
            "ex/build.rs",
            "bin/rustc",
            "target/libdep.rlib",
        ];
        for edited in edits {
            let (dir, call) = course();
            let crate_dir = dir.path().join("ex");
            let before = stamp(dir.path(), &crate_dir, std::slice::from_ref(&call));
            let path = dir.path().join(edited);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, "changed, and longer than before").unwrap();
            assert_ne!(
                before,
                stamp(dir.path(), &crate_dir, std::slice::from_ref(&call)),
                "{edited}"
            );
        }
    }

    #[test]
    fn a_deleted_artifact_or_toolchain_voids_the_plan() {
        for deleted in ["target/libdep.rlib", "bin/rustc"] {
            let (dir, call) = course();
            std::fs::remove_file(dir.path().join(deleted)).unwrap();
            assert_eq!(
                stamp(
                    dir.path(),
                    &dir.path().join("ex"),
                    std::slice::from_ref(&call)
                ),
                None
            );
        }
    }

    #[test]
    fn rustc_json_lines_become_diagnostics() {
        let line = r#"{"$message_type":"diagnostic","message":"use of moved value: `s`","code":{"code":"E0382","explanation":null},"level":"error","spans":[],"children":[],"rendered":"error[E0382]: use of moved value\n"}"#;
        let d = diagnostic(line).unwrap();
        assert!(d.is_error);
        assert_eq!(d.error_code(), Some("E0382"));
        let summary = r#"{"$message_type":"diagnostic","message":"aborting due to 1 previous error","code":null,"level":"error","spans":[],"children":[],"rendered":"error: aborting\n"}"#;
        assert!(diagnostic(summary).is_none());
        assert!(diagnostic(r#"{"artifact":"/x.d","emit":"dep-info"}"#).is_none());
    }
}
