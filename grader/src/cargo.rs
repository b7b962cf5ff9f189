//! Building through cargo: one invocation, JSON messages parsed with
//! `cargo_metadata`, diagnostics and executables attributed to each crate.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use cargo_metadata::diagnostic::DiagnosticLevel;
use cargo_metadata::{Message, TargetKind};

use crate::layout::BUILD_DIR;
use crate::outcome::Diagnostic;
use crate::spawn::{self, Cancel, Exit, Limits};

mod doc_tests;
mod failures;

pub use doc_tests::{doc_tests, has_doc_tests};
pub use failures::{broken, timed_out};

/// Set when cargo runs the grader as its rustc wrapper (see `replay`).
pub const WRAPPER_ENV: &str = "GRADER_RUSTC_WRAPPER";
/// Set for the wrapper when calls are to be recorded: the folder for them.
pub const RECORD_ENV: &str = "GRADER_RECORD_RUSTC";

/// What to ask cargo for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    /// `cargo build --tests`: the test binaries only (doc tests build the
    /// library they need when `cargo test --doc` runs them).
    Tests,
    /// `cargo build --bins`: the programs.
    Bins,
    /// `cargo clippy --all-targets -- -D warnings`, with these clippy lints
    /// forbidden (`-F`) so that an `#[allow]` in the source cannot silence them.
    Clippy(Vec<String>),
    /// `cargo build --tests --bins`: test binaries and programs at once (for `check`).
    All,
}

/// What one crate got out of a cargo invocation.
#[derive(Debug, Default, Clone)]
pub struct CrateBuild {
    pub diagnostics: Vec<Diagnostic>,
    /// Test binaries (libtest harnesses).
    pub tests: Vec<PathBuf>,
    /// Programs (`src/main.rs`).
    pub programs: Vec<PathBuf>,
}

impl CrateBuild {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.is_error)
    }
}

/// The result of one cargo invocation over one or more crates.
#[derive(Debug)]
pub struct Build {
    /// Keyed by crate folder (absolute).
    pub crates: BTreeMap<PathBuf, CrateBuild>,
    pub exit: Exit,
    /// cargo's own messages (not the compiler's), for when cargo itself fails.
    pub cargo_stderr: String,
    /// When time ran out: what was running (see [`spawn::Finished`]).
    pub running_at_timeout: Vec<String>,
}

impl Build {
    pub fn for_crate(&self, dir: &Path) -> CrateBuild {
        self.crates.get(dir).cloned().unwrap_or_default()
    }
}

/// The crates one cargo invocation builds, each as (package, folder,
/// features) when collected.
#[derive(Debug, Clone, Default)]
pub struct Crates {
    /// Package names (`-p`).
    pub names: Vec<String>,
    /// Features to enable, each `package/feature`.
    pub features: Vec<String>,
    /// The absolute folders messages are attributed to, one per name.
    pub dirs: Vec<PathBuf>,
}

impl Crates {
    /// The crates whose package `keep` accepts, with their features.
    pub fn only(&self, keep: impl Fn(&str) -> bool) -> Crates {
        let of_kept = |f: &&String| keep(f.split_once('/').map_or("", |(p, _)| p));
        let (names, dirs) = self
            .names
            .iter()
            .zip(&self.dirs)
            .filter(|(name, _)| keep(name))
            .map(|(name, dir)| (name.clone(), dir.clone()))
            .unzip();
        let features = self.features.iter().filter(of_kept).cloned().collect();
        Crates {
            names,
            features,
            dirs,
        }
    }
}

impl FromIterator<(String, PathBuf, Vec<String>)> for Crates {
    fn from_iter<I: IntoIterator<Item = (String, PathBuf, Vec<String>)>>(crates: I) -> Self {
        let mut all = Crates::default();
        for (name, dir, features) in crates {
            all.names.push(name);
            all.dirs.push(dir);
            all.features.extend(features);
        }
        all
    }
}

/// Runs one cargo `job` over `crates` in the course at `root`.
pub fn build(
    root: &Path,
    job: Job,
    crates: &Crates,
    limits: Limits,
    cancel: &Cancel,
) -> Result<Build> {
    build_into(&root.join(BUILD_DIR), root, job, crates, limits, cancel)
}

/// [`build`] whose rustc calls are recorded into `calls`, so that later
/// gradings can replay them without cargo (see `replay`).
pub fn build_recording(
    root: &Path,
    job: Job,
    crates: &Crates,
    limits: Limits,
    cancel: &Cancel,
    calls: &Path,
) -> Result<Build> {
    let mut command = command(&root.join(BUILD_DIR), root, &job, crates);
    command.env(RECORD_ENV, calls);
    finish(command, &crates.dirs, limits, cancel)
}

/// [`build`] of the workspace at `root`, with its output in `target` (check's
/// scratch workspaces share the course's, so third-party crates build once).
pub fn build_into(
    target: &Path,
    root: &Path,
    job: Job,
    crates: &Crates,
    limits: Limits,
    cancel: &Cancel,
) -> Result<Build> {
    let command = command(target, root, &job, crates);
    finish(command, &crates.dirs, limits, cancel)
}

/// The cargo command line for `job`. Builds other than clippy's (which has its
/// own wrapper) run through the grader as `RUSTC_WORKSPACE_WRAPPER`, always,
/// so that cargo's fingerprints do not change between recording and not.
fn command(target: &Path, root: &Path, job: &Job, crates: &Crates) -> Command {
    // A cargo left by a grader that died would hold the lock until our limit.
    crate::reaper::free_build_lock(root, &target.join("debug/.cargo-lock"));
    let (packages, features) = (&crates.names, &crates.features);
    let mut command = Command::new(cargo_program());
    command
        .current_dir(root)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_TERM_COLOR", "never");
    let wrapped = std::env::var_os("RUSTC_WORKSPACE_WRAPPER").is_none();
    if let (false, true, Ok(grader)) = (
        matches!(job, Job::Clippy(_)),
        wrapped,
        std::env::current_exe(),
    ) {
        command
            .env("RUSTC_WORKSPACE_WRAPPER", grader)
            .env(WRAPPER_ENV, "1");
    }
    match job {
        Job::Tests => command.args(["build", "--tests"]),
        Job::Bins => command.args(["build", "--bins"]),
        Job::Clippy(_) => command.args(["clippy", "--all-targets"]),
        Job::All => command.args(["build", "--tests", "--bins"]),
    };
    command.arg("--message-format=json-diagnostic-rendered-ansi");
    if packages.len() > 1 {
        // Build every crate asked for even when one does not compile.
        command.arg("--keep-going");
    }
    for package in packages {
        command.args(["-p", package]);
    }
    if !features.is_empty() {
        command.arg("--features").arg(features.join(","));
    }
    if let Job::Clippy(forbidden) = &job {
        command.args(["--", "-D", "warnings"]);
        for lint in forbidden {
            command.arg("-F").arg(format!("clippy::{lint}"));
        }
    }
    command
}

/// Runs a cargo command and attributes its messages to `crate_dirs`.
fn finish(
    command: Command,
    crate_dirs: &[PathBuf],
    limits: Limits,
    cancel: &Cancel,
) -> Result<Build> {
    let finished = spawn::run(command, limits, cancel)
        .context("could not start cargo. Is the Rust toolchain installed (https://rustup.rs)?")?;
    let mut crates: BTreeMap<PathBuf, CrateBuild> = crate_dirs
        .iter()
        .map(|d| (d.clone(), CrateBuild::default()))
        .collect();
    for message in Message::parse_stream(finished.stdout.as_slice()).flatten() {
        record(&mut crates, message);
    }
    let build = Build {
        crates,
        exit: finished.exit,
        cargo_stderr: finished.stderr_text(),
        running_at_timeout: finished.running_at_timeout.clone(),
    };
    if finished.exit == Exit::OutputTooLarge {
        bail!(
            "cargo printed more than {} bytes. Raise the limit or look at `cargo build` yourself.",
            limits.output_cap
        );
    }
    Ok(build)
}

/// True when cargo failed for a reason other than the crates' own errors
/// (a broken manifest, no network for a dependency, …).
pub fn failed_by_itself(build: &Build) -> bool {
    let compiler_errors = build.crates.values().any(CrateBuild::has_errors);
    matches!(build.exit, Exit::Status(s) if !s.success()) && !compiler_errors
}

/// One of rustc's diagnostics as the grader keeps it; `None` for rustc's
/// closing "aborting due to …" line.
pub fn diagnostic(d: cargo_metadata::diagnostic::Diagnostic) -> Option<Diagnostic> {
    if d.message.starts_with("aborting due to") {
        return None;
    }
    let place = d.spans.iter().find(|s| s.is_primary).map(|s| {
        let file = normalize(Path::new(&s.file_name));
        (file, s.line_start)
    });
    Some(Diagnostic {
        is_error: matches!(d.level, DiagnosticLevel::Error | DiagnosticLevel::Ice),
        code: d.code.map(|c| c.code),
        rendered: d.rendered?,
        place,
    })
}

fn record(crates: &mut BTreeMap<PathBuf, CrateBuild>, message: Message) {
    match message {
        Message::CompilerMessage(msg) => {
            let Some(krate) = owner(crates, msg.target.src_path.as_std_path()) else {
                return;
            };
            let Some(diagnostic) = diagnostic(msg.message) else {
                return;
            };
            // The lib and its test build report the same error twice: keep one.
            if !krate
                .diagnostics
                .iter()
                .any(|x| x.rendered == diagnostic.rendered)
            {
                krate.diagnostics.push(diagnostic);
            }
        }
        Message::CompilerArtifact(artifact) => {
            let Some(krate) = owner(crates, artifact.manifest_path.as_std_path()) else {
                return;
            };
            let Some(exe) = artifact.executable else {
                return;
            };
            if artifact.profile.test {
                krate.tests.push(exe.into_std_path_buf());
            } else if artifact.target.kind.contains(&TargetKind::Bin) {
                krate.programs.push(exe.into_std_path_buf());
            }
        }
        _ => {}
    }
}

/// `path` with `a/..` pairs removed, as rustc names a `#[path]` module
/// (`solutions/t/x/src/../../../../exercises/t/x/src/tests.rs`).
fn normalize(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut parts: Vec<Component> = Vec::new();
    for part in path.components() {
        match part {
            Component::ParentDir if matches!(parts.last(), Some(Component::Normal(_))) => {
                parts.pop();
            }
            Component::CurDir => {}
            other => parts.push(other),
        }
    }
    parts.iter().collect()
}

/// The crate whose folder holds `path`.
fn owner<'a>(
    crates: &'a mut BTreeMap<PathBuf, CrateBuild>,
    path: &Path,
) -> Option<&'a mut CrateBuild> {
    crates
        .iter_mut()
        .find(|(dir, _)| path.starts_with(dir))
        .map(|(_, krate)| krate)
}

/// `cargo`, or the one cargo itself named when it runs us (as `cargo run`).
pub fn cargo_program() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

#[cfg(test)]
mod tests;
