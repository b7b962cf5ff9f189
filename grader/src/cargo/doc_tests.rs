//! Doc tests: whether a crate has any, and running them through cargo.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

use super::cargo_program;
use crate::layout::BUILD_DIR;
use crate::spawn::{self, Cancel, Limits};

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
pub(super) fn is_rust_block(info: &str) -> bool {
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
