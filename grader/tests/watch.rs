//! `grader watch` in line mode (no terminal): the real binary on a copy of the
//! fixture course, driven through stdin, read through the marker lines
//! `-- grading NAME --` and `-- graded NAME: passed|failing|error --`.
//! Deadlines are generous (a loaded 2-core machine); nothing asserts on timing.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use common::Course;

const DEADLINE: Duration = Duration::from_secs(120);
const MOVED: &str = "exercises/01_basics/moved/src/lib.rs";
const WRONG: &str = "exercises/01_basics/wrong/src/lib.rs";
const MOVED_BROKEN: &str = "pub fn both(s: String) -> (String, String) {\n    let t = s;\n    (s, t)\n}\n\n#[cfg(test)]\nmod tests;\n";
const MOVED_FIXED: &str = "pub fn both(s: String) -> (String, String) {\n    let t = s.clone();\n    (s, t)\n}\n\n#[cfg(test)]\nmod tests;\n";

/// A running `grader watch` and everything it printed so far.
struct Watch {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    seen: Vec<String>,
    /// Lines before this one were matched already.
    cursor: usize,
}

impl Watch {
    fn start(course: &Course, args: &[&str]) -> Watch {
        Watch::start_with(course, args, &[])
    }

    /// With these environment variables set (`$VISUAL` and `$EDITOR` unset unless given).
    fn start_with(course: &Course, args: &[&str], vars: &[(&str, &str)]) -> Watch {
        let mut child = Command::new(env!("CARGO_BIN_EXE_grader"))
            .env_remove("VISUAL")
            .env_remove("EDITOR")
            .envs(vars.iter().copied())
            .arg("--course")
            .arg(course.root())
            .args(["--color", "never", "watch"])
            .args(args)
            .env("NO_COLOR", "1")
            .env_remove("RUST_BACKTRACE")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (sender, lines) = mpsc::channel();
        forward(child.stdout.take().unwrap(), sender.clone());
        forward(child.stderr.take().unwrap(), sender);
        let stdin = child.stdin.take();
        Watch {
            child,
            stdin,
            lines,
            seen: Vec::new(),
            cursor: 0,
        }
    }

    /// Sends one command line.
    fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
    }

    /// Waits for the next line (after the last one matched) that contains `needle`.
    fn wait_for(&mut self, needle: &str) -> String {
        let until = Instant::now() + DEADLINE;
        loop {
            if let Some(at) = self.seen[self.cursor..]
                .iter()
                .position(|l| l.contains(needle))
            {
                self.cursor += at + 1;
                return self.seen[self.cursor - 1].clone();
            }
            let left = until.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => self.seen.push(line),
                Err(_) => panic!(
                    "no line with {needle:?} within {DEADLINE:?}. Output:\n{}",
                    self.seen.join("\n")
                ),
            }
        }
    }

    /// The next verdict marker: `passed`, `failing` or `error`.
    fn verdict(&mut self, name: &str) -> String {
        let line = self.wait_for(&format!("-- graded {name}: "));
        line.trim_start_matches(&format!("-- graded {name}: "))
            .trim_end_matches(" --")
            .to_string()
    }

    fn count(&self, needle: &str) -> usize {
        self.seen.iter().filter(|l| l.contains(needle)).count()
    }

    /// Re-grades with `r` and waits for it: every grading caused before is over.
    fn sync(&mut self, name: &str) -> String {
        self.send("r");
        self.verdict(name)
    }

    /// Waits for the grader to exit.
    fn wait_exit(&mut self) -> std::process::ExitStatus {
        let until = Instant::now() + DEADLINE;
        while Instant::now() < until {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "the grader did not exit within {DEADLINE:?}. Output:\n{}",
            self.seen.join("\n")
        );
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .status();
            thread::sleep(Duration::from_millis(500));
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn forward(stream: impl Read + Send + 'static, sender: mpsc::Sender<String>) {
    thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { return };
            if sender.send(line).is_err() {
                return;
            }
        }
    });
}

/// A course copy whose current exercise is `name` (as if the learner had jumped to it).
fn course_at(name: &str) -> Course {
    let course = Course::new();
    course.write(
        ".grader-progress.toml",
        &format!("chosen = \"{name}\"\nwelcomed = true\n"),
    );
    course
}

/// Waits until no process mentions the course any more (the grader's children are killed).
fn assert_no_survivor(course: &Course) {
    let until = Instant::now() + Duration::from_secs(30);
    let mut left = course.live_processes();
    while !left.is_empty() && Instant::now() < until {
        thread::sleep(Duration::from_millis(100));
        left = course.live_processes();
    }
    assert!(left.is_empty(), "processes survived the grader: {left:#?}");
}

#[test]
fn each_save_style_triggers_exactly_one_grading() {
    let course = Course::new();
    let mut watch = Watch::start(&course, &[]);
    assert_eq!(watch.verdict("moved"), "failing");
    let path = course.path(MOVED);

    // Write in place.
    std::fs::write(&path, MOVED_FIXED).unwrap();
    assert_eq!(watch.verdict("moved"), "passed", "write in place");
    // Write a temporary file and rename it over (vim, JetBrains, VS Code).
    let temp = path.with_file_name("lib.rs___jb_tmp___");
    std::fs::write(&temp, MOVED_BROKEN).unwrap();
    std::fs::rename(&temp, &path).unwrap();
    assert_eq!(watch.verdict("moved"), "failing", "rename over");
    // Delete, then create.
    std::fs::remove_file(&path).unwrap();
    std::fs::write(&path, MOVED_FIXED).unwrap();
    assert_eq!(watch.verdict("moved"), "passed", "delete then create");
    // Touch: same content, newer time.
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(SystemTime::now() + Duration::from_secs(1))
        .unwrap();
    drop(file);
    assert_eq!(watch.verdict("moved"), "passed", "touch");

    assert_eq!(watch.sync("moved"), "passed");
    // The first grading, one per save, the `r`: one verdict each, nothing more.
    assert_eq!(
        watch.count("-- graded moved"),
        6,
        "{}",
        watch.seen.join("\n")
    );
    // A save's events come within microseconds; only a badly stalled test
    // thread (delete … create) could make a grading start and be cancelled.
    let started = watch.count("-- grading moved");
    assert!(
        (6..=8).contains(&started),
        "{started} gradings started:\n{}",
        watch.seen.join("\n")
    );
}

#[test]
fn a_burst_of_writes_is_one_grading_and_the_last_content_wins() {
    let course = Course::new();
    let mut watch = Watch::start(&course, &[]);
    assert_eq!(watch.verdict("moved"), "failing");
    let path = course.path(MOVED);
    for i in 0..49 {
        // Each broken differently, so a stale build cannot pass by accident.
        std::fs::write(
            &path,
            MOVED_BROKEN.replace("(s, t)", &format!("(s, t) // {i}")),
        )
        .unwrap();
    }
    std::fs::write(&path, MOVED_FIXED).unwrap();
    assert_eq!(watch.verdict("moved"), "passed", "the last content wins");
    assert_eq!(watch.sync("moved"), "passed");
    // The first grading, the burst's, the `r`: no verdict for an older content.
    assert_eq!(
        watch.count("-- graded moved"),
        3,
        "{}",
        watch.seen.join("\n")
    );
    let started = watch.count("-- grading moved");
    assert!(
        started <= 6,
        "the burst started {} gradings:\n{}",
        started - 2,
        watch.seen.join("\n")
    );
}

#[test]
fn a_save_during_a_slow_grading_is_graded_again() {
    let course = course_at("wrong");
    let mut watch = Watch::start(&course, &["--run-timeout", "60"]);
    assert_eq!(watch.verdict("wrong"), "failing");
    let slow = "pub fn add(a: i32, b: i32) -> i32 {\n    std::thread::sleep(std::time::Duration::from_secs(20));\n    a - b\n}\n\n#[cfg(test)]\nmod tests;\n";
    course.write(WRONG, slow);
    watch.wait_for("-- grading wrong --");
    // The slow grading is under way (building, or its tests sleeping): save the fix.
    course.write(
        WRONG,
        "pub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n\n#[cfg(test)]\nmod tests;\n",
    );
    // The slow, failing version is cancelled: the next verdict is the fix's.
    assert_eq!(watch.verdict("wrong"), "passed");
    assert_eq!(watch.sync("wrong"), "passed");
}

#[test]
fn next_refuses_before_a_pass_and_moves_on_after() {
    let course = Course::new();
    let mut watch = Watch::start(&course, &[]);
    assert_eq!(watch.verdict("moved"), "failing");
    watch.send("n");
    watch.wait_for("moved must pass before you move on");
    assert!(!course.read(".grader-progress.toml").contains("done = true"));

    course.edit(MOVED, "let t = s;", "let t = s.clone();");
    assert_eq!(watch.verdict("moved"), "passed");
    watch.send("n");
    assert_eq!(
        watch.verdict("wrong"),
        "failing",
        "n moves on to the next exercise"
    );
    let progress = course.read(".grader-progress.toml");
    assert!(
        progress.contains("[exercises.moved]\ndone = true"),
        "{progress}"
    );
    assert!(progress.contains("chosen = \"wrong\""), "{progress}");
}

#[test]
fn hints_are_remembered_and_the_list_jumps() {
    let course = Course::new();
    let mut watch = Watch::start(&course, &[]);
    watch.wait_for("Welcome to the fixture course.");
    assert_eq!(watch.verdict("moved"), "failing");
    watch.send("h");
    watch.wait_for("Hint 1/2: Look at `s`.");
    watch.send("g");
    watch.wait_for("t := s");
    watch.send("x");
    watch.wait_for("Your version is kept as a backup. y/n");
    watch.send("n");
    watch.wait_for("Not reset.");
    watch.send("l");
    watch.wait_for("Jump to which exercise?");
    watch.send("3");
    assert_eq!(watch.verdict("exits"), "failing");
    let progress = course.read(".grader-progress.toml");
    assert!(progress.contains("hints_shown = 1"), "{progress}");
    assert!(progress.contains("chosen = \"exits\""), "{progress}");
    assert!(progress.contains("welcomed = true"), "{progress}");
}

#[test]
fn the_final_message_comes_when_the_last_exercise_is_done() {
    let course = Course::new();
    let done = ["wrong", "exits", "spins", "lint"]
        .map(|name| format!("[exercises.{name}]\ndone = true\n"))
        .join("\n");
    course.write(
        ".grader-progress.toml",
        &format!("welcomed = true\n\n{done}"),
    );
    course.write(MOVED, MOVED_FIXED);
    let mut watch = Watch::start(&course, &[]);
    assert_eq!(watch.verdict("moved"), "passed");
    watch.send("n");
    watch.wait_for("The fixture course is done.");
    watch.send("q");
    assert!(watch.wait_exit().success());
    assert!(
        watch.seen.iter().all(|l| !l.contains("Welcome")),
        "welcomed already"
    );
}

#[test]
fn editing_another_exercise_offers_to_switch() {
    let course = Course::new();
    let mut watch = Watch::start(&course, &[]);
    assert_eq!(watch.verdict("moved"), "failing");
    course.edit(WRONG, "a - b", "a + b");
    watch.wait_for("You edited wrong");
    watch.send("s");
    assert_eq!(watch.verdict("wrong"), "passed");
}

#[test]
fn manual_mode_grades_only_on_r() {
    let course = Course::new();
    let mut watch = Watch::start(&course, &["--manual"]);
    watch.wait_for("Manual mode");
    assert_eq!(watch.verdict("moved"), "failing");
    course.edit(MOVED, "let t = s;", "let t = s.clone();");
    assert_eq!(watch.sync("moved"), "passed");
    assert_eq!(watch.count("-- grading moved"), 2);
}

#[test]
fn polling_sees_saves() {
    let course = Course::new();
    let mut watch = Watch::start(&course, &["--poll"]);
    assert_eq!(watch.verdict("moved"), "failing");
    course.write(MOVED, MOVED_FIXED);
    assert_eq!(watch.verdict("moved"), "passed");
    // Likely within the same second as the previous save: seen all the same.
    course.write(MOVED, MOVED_BROKEN);
    assert_eq!(watch.verdict("moved"), "failing");
}

/// Starts a grading whose tests sleep, waits for the test binary, quits with `how`.
/// Quits with `how` while a test binary runs; the grader must exit with
/// `expected_code` and leave no process behind.
fn quits_during_a_grading_leaving_no_process(how: fn(&mut Watch), expected_code: i32) {
    let course = course_at("wrong");
    course.edit(
        WRONG,
        "    a - b",
        "    std::thread::sleep(std::time::Duration::from_secs(300));\n    a + b",
    );
    let mut watch = Watch::start(&course, &["--run-timeout", "600"]);
    watch.wait_for("-- grading wrong --");
    let until = Instant::now() + DEADLINE;
    while !course
        .live_processes()
        .iter()
        .any(|p| p.contains("deps/wrong-"))
    {
        assert!(
            Instant::now() < until,
            "the test binary never started:\n{}",
            watch.seen.join("\n")
        );
        thread::sleep(Duration::from_millis(100));
    }
    how(&mut watch);
    let status = watch.wait_exit();
    assert_eq!(status.code(), Some(expected_code), "exit status {status:?}");
    assert_no_survivor(&course);
}

#[test]
fn q_quits_at_once_and_leaves_no_child_process() {
    quits_during_a_grading_leaving_no_process(|watch| watch.send("q"), 0);
}

#[test]
fn end_of_input_quits_and_leaves_no_child_process() {
    quits_during_a_grading_leaving_no_process(|watch| drop(watch.stdin.take()), 0);
}

#[test]
fn sigterm_quits_and_leaves_no_child_process() {
    quits_during_a_grading_leaving_no_process(
        |watch| {
            let pid = watch.child.id().to_string();
            assert!(
                Command::new("kill")
                    .args(["-TERM", &pid])
                    .status()
                    .unwrap()
                    .success()
            );
        },
        128 + 15,
    );
}

#[test]
fn e_opens_the_editor_at_the_first_error() {
    let course = Course::new();
    course.write(MOVED, MOVED_BROKEN);
    // A windowed editor is started detached, with its own way to name the line.
    let bin = course.path("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let code = bin.join("code");
    let called = course.path("called.txt");
    std::fs::write(
        &code,
        format!(
            "#!/bin/sh\necho \"$@\" > {}.tmp && mv {0}.tmp {0}\n",
            called.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&code, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let editor = format!("{} --reuse-window", code.display());
    let mut watch = Watch::start_with(&course, &[], &[("EDITOR", &editor)]);
    assert_eq!(watch.verdict("moved"), "failing");
    watch.send("e");
    watch.wait_for(&format!("Opened {MOVED}:3 in code."));
    let until = Instant::now() + DEADLINE;
    while !called.exists() && Instant::now() < until {
        thread::sleep(Duration::from_millis(50));
    }
    let root = course.root().display().to_string();
    assert_eq!(
        std::fs::read_to_string(&called).unwrap().trim(),
        format!("--reuse-window -g {root}/{MOVED}:3")
    );

    // A terminal editor needs the terminal line mode does not have.
    let mut watch = Watch::start_with(&course, &[], &[("VISUAL", "vim"), ("EDITOR", "nano")]);
    assert_eq!(watch.verdict("moved"), "failing");
    watch.send("e");
    watch.wait_for(&format!(
        "vim needs a terminal, and watch has none here: run `vim +3 {root}/{MOVED}` yourself."
    ));

    let mut watch = Watch::start(&course, &[]);
    assert_eq!(watch.verdict("moved"), "failing");
    watch.send("e");
    watch.wait_for("Set $VISUAL or $EDITOR");
}

#[test]
fn a_pass_counts_at_once_and_offers_the_solution() {
    let course = Course::new();
    let mut watch = Watch::start(&course, &[]);
    assert_eq!(watch.verdict("moved"), "failing");
    watch.send("v");
    watch.wait_for("v shows the reference solution once moved passes");
    let progress = course.read(".grader-progress.toml");
    assert!(progress.contains("first_graded = "), "{progress}");
    assert!(!progress.contains("done = true"), "{progress}");
    course.write(MOVED, MOVED_FIXED);
    assert_eq!(watch.verdict("moved"), "passed");
    // Done when it passes, before any `n`; and how long it took is kept.
    let progress = course.read(".grader-progress.toml");
    assert!(progress.contains("done = true"), "{progress}");
    assert!(progress.contains("seconds_to_pass = "), "{progress}");
    let list = common::stdout(&course.grader(&["list"]).output().unwrap());
    let moved = list.lines().find(|l| l.contains(" moved ")).unwrap();
    assert!(moved.contains("done") && moved.ends_with('s'), "{list}");
    watch.send("v");
    watch.wait_for("The reference solution, solutions/01_basics/moved/src/lib.rs:");
    watch.wait_for("let t = s.clone();");
}

#[test]
fn w_shows_the_warnings_in_full() {
    let course = Course::new();
    course.write(
        MOVED,
        &MOVED_BROKEN.replace("let t = s;", "let unused_w = 1;\n    let t = s;"),
    );
    let mut watch = Watch::start(&course, &[]);
    assert_eq!(watch.verdict("moved"), "failing");
    assert!(
        watch.count("+ 1 warning:") == 1,
        "{}",
        watch.seen.join("\n")
    );
    watch.send("w");
    watch.wait_for("Warnings are now shown in full.");
    watch.send("r");
    watch.wait_for("+ 1 warning (w hides them):");
    watch.wait_for("warning: unused variable: `unused_w`");
    watch.wait_for(&format!("--> {MOVED}:2:"));
}
