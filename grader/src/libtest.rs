//! Reading what the test harness (libtest) says: which tests a binary holds
//! and where each is defined (`--list`), and which reported `ok` in a run.
//!
//! A pass is counted test by test from the harness's own lines, never from an
//! exit status: a test process that calls `process::exit(0)` ends before its
//! summary, and a tests module that is not compiled reports nothing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// What one run of a test harness reported.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Tests that reported `ok`.
    pub ok: BTreeSet<String>,
    /// Tests that reported `FAILED`.
    pub failed: Vec<String>,
    /// The harness printed its closing `test result: …` line.
    pub summary: bool,
}

impl Report {
    /// Adds another harness's report (a crate has several test binaries).
    pub fn merge(&mut self, other: Report) {
        self.ok.extend(other.ok);
        self.failed.extend(other.failed);
        self.summary &= other.summary;
    }
}

/// Reads libtest's pretty output (colour on or off, any `--test-threads`).
///
/// Only result lines count, and only before the harness's `failures:` section:
/// a panic message or a test's own output that contains `test x ... ok` is
/// printed in that section and proves nothing.
pub fn parse_run(output: &str) -> Report {
    let plain = crate::ansi::strip_ansi(output);
    let mut report = Report::default();
    let mut in_failures = false;
    for line in plain.lines() {
        let line = line.trim_end();
        if line == "failures:" {
            in_failures = true;
        } else if line.starts_with("test result: ") {
            report.summary = true;
            in_failures = false;
        } else if line.starts_with("running ")
            && (line.ends_with(" tests") || line.ends_with(" test"))
        {
            in_failures = false;
        } else if in_failures {
            continue;
        } else if let Some((name, result)) = result_line(line) {
            match result {
                "ok" => {
                    report.ok.insert(doc_test_key(name));
                }
                r if r.starts_with("FAILED") => report.failed.push(name.to_string()),
                _ => {}
            }
        }
    }
    report
}

/// The listed tests that `output` gives no result for: libtest prints
/// `test NAME ... ok` only when a test ends, so after a timeout these are the
/// ones that hung (or never got a thread because others hung).
pub fn unreported(listed: &[Listed], output: &str) -> Vec<String> {
    let plain = crate::ansi::strip_ansi(output);
    let reported: BTreeSet<&str> = plain
        .lines()
        .filter_map(|line| line.strip_prefix("test ")?.split_once(" ... "))
        .map(|(name, _)| name)
        .collect();
    listed
        .iter()
        .filter(|test| !reported.contains(test.name.as_str()))
        .map(|test| test.name.clone())
        .collect()
}

/// `test NAME ... RESULT` split into its name and result (a `#[should_panic]`
/// test is printed as `NAME - should panic`).
fn result_line(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("test ")?;
    let (name, result) = rest.rsplit_once(" ... ")?;
    let name = name.strip_suffix(" - should panic").unwrap_or(name);
    Some((name, result))
}

/// A doc test's name without its line number, which moves as the file is
/// edited: `src/lib.rs - parse (line 12)` → `doc: src/lib.rs - parse`.
/// Other names are kept as they are.
/// The path is made crate-relative (cargo names it from the workspace root).
pub fn doc_test_key(name: &str) -> String {
    let Some((item, rest)) = name.rsplit_once(" (line ") else {
        return name.to_string();
    };
    let Some((path, item)) = item.split_once(" - ").filter(|_| rest.ends_with(')')) else {
        return name.to_string();
    };
    let crate_relative = path.rfind("/src/").map_or(path, |at| &path[at + 1..]);
    format!("doc: {crate_relative} - {item}")
}

/// One test of a binary, from `--list --format json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub name: String,
    /// Marked `#[ignore]`: it never reports `ok`.
    pub ignored: bool,
    /// The file that defines it, as rustc saw it (may hold `..`).
    pub source: Option<PathBuf>,
}

#[derive(Deserialize)]
struct Event {
    #[serde(rename = "type")]
    kind: String,
    event: String,
    name: Option<String>,
    #[serde(default)]
    ignore: bool,
    source_path: Option<String>,
}

/// Reads `--list --format json` (libtest's JSON listing, whose events name each
/// test's source file), or plain `--list` lines when JSON is not available.
pub fn parse_list(output: &str) -> Vec<Listed> {
    let mut listed = Vec::new();
    for line in output.lines() {
        if let Ok(event) = serde_json::from_str::<Event>(line) {
            if event.kind == "test" && event.event == "discovered" {
                if let Some(name) = event.name {
                    let source = event.source_path.map(PathBuf::from);
                    listed.push(Listed {
                        name,
                        ignored: event.ignore,
                        source,
                    });
                }
            }
        } else if let Some(name) = line.strip_suffix(": test") {
            listed.push(Listed {
                name: name.to_string(),
                ignored: false,
                source: None,
            });
        }
    }
    listed
}

/// `a/b/../c` → `a/c`, without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn tests_without_a_result_are_the_hung_ones() {
        let listing = "tests::a: test\ntests::b: test\ntests::c: test\n\n3 tests, 0 benchmarks\n";
        let listed = parse_list(listing);
        let output = "running 3 tests\ntest tests::a ... ok\ntest tests::c ... FAILED\n";
        assert_eq!(unreported(&listed, output), ["tests::b"]);
    }

    use super::*;

    const PLAIN: &str = "\nrunning 3 tests\ntest tests::a ... ok\ntest tests::b ... FAILED\ntest tests::c ... ignored\n\nfailures:\n\n---- tests::b stdout ----\nthread 'tests::b' panicked at src/tests.rs:9:5:\ntest tests::c ... ok\n\nfailures:\n    tests::b\n\ntest result: FAILED. 1 passed; 1 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s\n\n";

    #[test]
    fn reads_results_and_summary() {
        let report = parse_run(PLAIN);
        assert_eq!(report.ok, ["tests::a".to_string()].into());
        assert_eq!(report.failed, ["tests::b"]);
        assert!(report.summary);
    }

    #[test]
    fn a_panic_message_that_looks_like_a_result_proves_nothing() {
        // `test tests::c ... ok` appears only inside the failures section.
        assert!(!parse_run(PLAIN).ok.contains("tests::c"));
    }

    #[test]
    fn colour_codes_are_ignored() {
        let coloured = "running 1 test\ntest tests::a ... \x1b[32mok\x1b[0m\n\ntest result: \x1b[32mok\x1b[0m. 1 passed; 0 failed\n";
        let report = parse_run(coloured);
        assert!(report.ok.contains("tests::a"));
        assert!(report.summary);
    }

    #[test]
    fn a_process_that_ended_early_has_no_summary() {
        let report = parse_run("running 2 tests\ntest tests::a ... ok\n");
        assert!(!report.summary);
        assert_eq!(report.ok.len(), 1);
    }

    #[test]
    fn results_of_many_threads_interleave_in_any_order() {
        let out = "running 3 tests\ntest tests::c ... ok\ntest tests::a ... ok\ntest tests::b has been running for over 60 seconds\ntest tests::b ... ok\n\ntest result: ok. 3 passed; 0 failed\n";
        assert_eq!(parse_run(out).ok.len(), 3);
    }

    #[test]
    fn should_panic_tests_are_named_as_listed() {
        let out = "running 1 test\ntest tests::panics - should panic ... ok\n\ntest result: ok. 1 passed\n";
        assert!(parse_run(out).ok.contains("tests::panics"));
    }

    #[test]
    fn doc_tests_are_keyed_without_their_line() {
        let out = "running 2 tests\ntest src/lib.rs - parse (line 12) ... ok\ntest src/lib.rs - Amount::new (line 40) - compile fail ... ok\n\ntest result: ok. 2 passed\n";
        let report = parse_run(out);
        assert!(report.ok.contains("doc: src/lib.rs - parse"), "{report:?}");
        assert_eq!(report.ok.len(), 2);
        assert_eq!(doc_test_key("tests::a (line 3)"), "tests::a (line 3)");
        assert_eq!(
            doc_test_key("exercises/15_errors/e5/src/lib.rs - run (line 30)"),
            "doc: src/lib.rs - run"
        );
    }

    #[test]
    fn merged_reports_need_every_summary() {
        let mut report = parse_run(PLAIN);
        report.merge(parse_run("running 1 test\ntest x ... ok\n"));
        assert!(!report.summary);
        assert!(report.ok.contains("x"));
    }

    #[test]
    fn lists_in_json_and_plain() {
        let json = "{ \"type\": \"suite\", \"event\": \"discovery\" }\n{ \"type\": \"test\", \"event\": \"discovered\", \"name\": \"tests::a\", \"ignore\": false, \"source_path\": \"src/../src/tests.rs\", \"start_line\": 5 }\n";
        let listed = parse_list(json);
        assert_eq!(listed[0].name, "tests::a");
        assert_eq!(
            normalize(listed[0].source.as_deref().unwrap()),
            Path::new("src/tests.rs")
        );
        let plain = parse_list("tests::a: test\ntests::b: test\n\n2 tests, 0 benchmarks\n");
        assert_eq!(plain.len(), 2);
        assert_eq!(plain[1].source, None);
    }
}
