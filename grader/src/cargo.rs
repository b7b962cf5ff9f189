//! Building through cargo: one invocation, JSON messages parsed with
//! `cargo_metadata`, diagnostics and executables attributed to each crate.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use cargo_metadata::diagnostic::DiagnosticLevel;
use cargo_metadata::{Message, TargetKind};

use crate::course::Course;
use crate::layout::BUILD_DIR;
use crate::outcome::{Diagnostic, Limit, Outcome};
use crate::spawn::{self, Cancel, Exit, Limits};

/// The grader's own target directory, relative to the course root: rust-analyzer's
/// `cargo check` on `target/` never holds the lock a grading waits on.
/// Kept for `check/cheats.rs` until it asks `course.layout.build_dir()`.
pub use crate::layout::BUILD_DIR as TARGET_DIR;

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

/// The crates one cargo invocation builds.
#[derive(Debug, Clone, Copy)]
pub struct Crates<'a> {
    /// Package names (`-p`).
    pub names: &'a [String],
    /// Features to enable, each `package/feature`.
    pub features: &'a [String],
    /// The absolute folders messages are attributed to.
    pub dirs: &'a [PathBuf],
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
    command.env(crate::replay::RECORD_ENV, calls);
    finish(command, crates.dirs, limits, cancel)
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
    finish(command, crates.dirs, limits, cancel)
}

/// The cargo command line for `job`. Builds other than clippy's (which has its
/// own wrapper) run through the grader as `RUSTC_WORKSPACE_WRAPPER`, always,
/// so that cargo's fingerprints do not change between recording and not.
fn command(target: &Path, root: &Path, job: &Job, crates: &Crates) -> Command {
    // A cargo left by a grader that died would hold the lock until our limit.
    crate::reaper::free_build_lock(root, &target.join("debug/.cargo-lock"));
    let (packages, features) = (crates.names, crates.features);
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
            .env(crate::replay::WRAPPER_ENV, "1");
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
fn still_waiting(stderr: &str) -> Option<&str> {
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    lines
        .last()
        .filter(|l| l.contains(LOCK_WAIT))
        .map(|l| l.trim())
}

/// What to say when cargo waited for a lock all the time it had.
fn lock_message(root: &Path, line: &str, secs: u64) -> String {
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

/// Runs `cargo test --doc` for one package (with `features`, each
/// `package/feature`): the only way to run doc tests.
pub fn doc_tests(
    root: &Path,
    package: &str,
    features: &[String],
    limits: Limits,
    cancel: &Cancel,
) -> Result<spawn::Finished> {
    let mut command = Command::new(cargo_program());
    command
        .current_dir(root)
        .env("CARGO_TARGET_DIR", root.join(BUILD_DIR))
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .args(["test", "--doc", "-p", package]);
    if !features.is_empty() {
        command.arg("--features").arg(features.join(","));
    }
    spawn::run(command, limits, cancel).context("could not start cargo test --doc")
}

/// True when the crate's sources hold a doc-comment code block that rustdoc
/// tests (a ```` ```text ```` block is not one).
pub fn has_doc_tests(crate_dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(crate_dir.join("src")) else {
        return false;
    };
    entries.flatten().any(|entry| {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        let mut open = false;
        text.lines().any(|line| {
            let line = line.trim_start();
            let doc = line
                .strip_prefix("///")
                .or_else(|| line.strip_prefix("//!"));
            let Some(fence) = doc.and_then(|d| d.trim_start().strip_prefix("```")) else {
                return false;
            };
            open = !open;
            open && is_rust_block(fence)
        })
    })
}

/// True when a code block's info string (what follows ```` ``` ````) leaves it
/// Rust, as rustdoc reads it: empty, or only rustdoc's own attributes.
fn is_rust_block(info: &str) -> bool {
    const ATTRIBUTES: [&str; 6] = [
        "rust",
        "should_panic",
        "no_run",
        "compile_fail",
        "test_harness",
        "standalone_crate",
    ];
    info.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|word| !word.is_empty())
        .all(|word| {
            ATTRIBUTES.contains(&word)
                || word.starts_with("ignore")
                || word.starts_with("edition")
                || word.starts_with('{')
                || (word.len() == 5 && word.starts_with('E'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_rust_code_blocks_are_doc_tests() {
        for info in [
            "",
            "rust",
            "no_run",
            "should_panic",
            "ignore",
            "compile_fail,E0382",
            "edition2021",
        ] {
            assert!(is_rust_block(info), "{info}");
        }
        for info in ["text", "sh", "toml", "rust text"] {
            assert!(!is_rust_block(info), "{info}");
        }
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("src")).unwrap();
        let lib = dir.path().join("src/lib.rs");
        std::fs::write(
            &lib,
            "/// ```text\n/// GET / HTTP/1.1\n/// ```\npub fn f() {}\n",
        )
        .unwrap();
        assert!(!has_doc_tests(dir.path()));
        std::fs::write(
            &lib,
            "/// ```text\n/// x\n/// ```\n///\n/// ```\n/// f();\n/// ```\npub fn f() {}\n",
        )
        .unwrap();
        assert!(has_doc_tests(dir.path()));
    }

    #[test]
    fn module_paths_are_normalized() {
        let path = Path::new("solutions/t/x/src/../../../../exercises/t/x/src/tests.rs");
        assert_eq!(normalize(path), Path::new("exercises/t/x/src/tests.rs"));
        assert_eq!(normalize(Path::new("../a/./b")), Path::new("../a/b"));
    }

    #[test]
    fn a_lock_counts_only_while_cargo_still_waits() {
        let waited =
            "   Blocking waiting for file lock on build directory\n   Compiling wrong v0.1.0\n";
        assert_eq!(still_waiting(waited), None);
        let waiting =
            "   Compiling a v0.1.0\n    Blocking waiting for file lock on package cache\n\n";
        assert_eq!(
            still_waiting(waiting),
            Some("Blocking waiting for file lock on package cache")
        );
        let message = lock_message(Path::new("/c"), still_waiting(waiting).unwrap(), 20);
        assert!(message.contains("package cache") && !message.contains("target/grader"));
    }
}
