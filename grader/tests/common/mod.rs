//! Shared by the integration tests: a copy of the fixture course in a temp dir,
//! and the real grader binary run against it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

pub struct Course {
    pub dir: TempDir,
}

impl Course {
    /// A fresh copy of `tests/fixtures/course`.
    pub fn new() -> Course {
        Course::fixture("course")
    }

    /// A fresh copy of `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> Course {
        let dir = tempfile::Builder::new()
            .prefix("grader-course-")
            .tempdir()
            .unwrap();
        copy(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(name),
            dir.path(),
        );
        Course { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.root().join(relative)
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative)).unwrap()
    }

    pub fn write(&self, relative: &str, text: &str) {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Replaces `from` by `to` in a file, which must contain it.
    pub fn edit(&self, relative: &str, from: &str, to: &str) {
        let text = self.read(relative);
        assert!(text.contains(from), "{relative} does not contain {from:?}");
        self.write(relative, &text.replace(from, to));
    }

    /// `grader --course <copy> --color never ARGS…`, killed if it runs for
    /// more than five minutes (a hang fails the test instead of blocking it).
    pub fn grader(&self, args: &[&str]) -> Command {
        let mut command = Command::cargo_bin("grader").unwrap();
        command
            .timeout(std::time::Duration::from_secs(300))
            .arg("--course")
            .arg(self.root())
            .args(["--color", "never"])
            .args(args);
        command
    }

    /// Processes whose command line mentions this course: none may survive the grader.
    pub fn live_processes(&self) -> Vec<String> {
        let needle = self.root().to_string_lossy().to_string();
        let mut found = Vec::new();
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else {
                continue;
            };
            let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
            // The grader itself names the course with --course; it has exited by now.
            if cmdline.contains(&needle) && !cmdline.contains("--course") {
                found.push(cmdline);
            }
        }
        found
    }
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            if entry.file_name() != "target" {
                copy(&entry.path(), &target);
            }
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
