//! Plans: the recorded rustc call that built a graded target, kept with a
//! stamp of everything cargo would look at before calling rustc again.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{Call, PLAN_VERSION, Plan, Target};
use crate::layout::BUILD_DIR;
use crate::shipped::hex;

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
    root.join(BUILD_DIR).join("replay").join(package)
}

/// A fresh folder for one cargo build's recordings.
pub fn recording_dir(root: &Path, what: &str) -> PathBuf {
    let dir = root
        .join(BUILD_DIR)
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
pub(super) fn stamp(root: &Path, crate_dir: &Path, calls: &[Call]) -> Option<String> {
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
