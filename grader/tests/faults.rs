//! Faults a careful learner or instructor can cause: learner code that
//! misbehaves (escapes its process group, eats memory, starts threads without
//! end, prints escape sequences), graders killed or run two at once, damaged
//! course and state files. The real binary on a copy of the fixture course;
//! each case asserts the verdict or message and that nothing of the grading
//! survives. Every wait is bounded.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use common::{Course, stderr, stdout};

const WRONG: &str = "exercises/01_basics/wrong/src/lib.rs";
const MOVED: &str = "exercises/01_basics/moved/src/lib.rs";
const WRONG_FIXED: &str =
    "// wrong\npub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n\n#[cfg(test)]\nmod tests;\n";

/// `wrong` whose `add` runs `body` first (the tests call it).
fn wrong_running(course: &Course, body: &str) {
    course.write(
        WRONG,
        &format!(
            "// wrong\npub fn add(a: i32, b: i32) -> i32 {{\n{body}\n    a + b\n}}\n\n#[cfg(test)]\nmod tests;\n"
        ),
    );
}

fn fix_moved(course: &Course) {
    course.edit(MOVED, "let t = s;", "let t = s.clone();");
}

/// Processes whose command line or environment names the course.
fn survivors(course: &Course) -> Vec<String> {
    let root = course.root().to_string_lossy().to_string();
    let mut found = course.live_processes();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(env) = std::fs::read(entry.path().join("environ")) else {
            continue;
        };
        let marked = format!("GRADER_COURSE={root}");
        if env.split(|&b| b == 0).any(|v| v == marked.as_bytes()) {
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
            if !cmdline.contains("--course") && !found.contains(&cmdline) {
                found.push(cmdline);
            }
        }
    }
    found
}

/// Waits (a few seconds at most) until nothing of the course's gradings runs.
fn assert_no_survivor(course: &Course) {
    let until = Instant::now() + Duration::from_secs(5);
    let mut left = survivors(course);
    while !left.is_empty() && Instant::now() < until {
        thread::sleep(Duration::from_millis(100));
        left = survivors(course);
    }
    assert_eq!(left, Vec::<String>::new(), "processes outlived the grading");
}

fn git_init(course: &Course) {
    let git = |args: &[&str]| {
        let output = Command::new("git")
            .current_dir(course.root())
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success(), "git {args:?}: {}", stderr(&output));
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    let who = ["-c", "user.name=t", "-c", "user.email=t@t"];
    git(&[who.as_slice(), &["commit", "-qm", "course"]].concat());
}

/// Starts the grader in the background.
fn spawn(course: &Course, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_grader"))
        .arg("--course")
        .arg(course.root())
        .args(["--color", "never"])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits up to `limit` for a process of the course whose command line
/// contains `needle` (and that is not the grader itself).
fn wait_for_process(course: &Course, needle: &str, limit: Duration) -> bool {
    let until = Instant::now() + limit;
    while Instant::now() < until {
        if survivors(course).iter().any(|c| c.contains(needle)) {
            return true;
        }
        thread::sleep(Duration::from_millis(50));
    }
    false
}

fn kill9(child: &mut Child) {
    child.kill().unwrap();
    child.wait().unwrap();
}

// 1. Containment

#[test]
fn a_process_that_calls_setsid_does_not_outlive_the_grading() {
    let course = Course::new();
    wrong_running(
        &course,
        r#"    let marker = format!("sleep 1000; : {}", env!("CARGO_MANIFEST_DIR"));
    std::process::Command::new("setsid").args(["sh", "-c", &marker]).spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));"#,
    );
    let output = course.grader(&["run", "wrong"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_no_survivor(&course);
}

#[test]
fn kill_9_of_the_grader_kills_a_hanging_test() {
    let course = Course::new();
    // Warm build, so that the next run reaches the test binary at once.
    course.grader(&["run", "spins"]).assert().code(1);
    let mut grader = spawn(&course, &["run", "spins"]);
    assert!(
        wait_for_process(
            &course,
            "target/grader/debug/deps/spins",
            Duration::from_secs(60)
        ),
        "the test binary never started"
    );
    kill9(&mut grader);
    assert_no_survivor(&course);
}

#[test]
fn kill_9_during_a_build_leaves_no_cargo_and_no_lock() {
    let course = Course::new();
    let mut grader = spawn(&course, &["run", "moved"]);
    // cargo is running when a process of the course's build is.
    assert!(
        wait_for_process(&course, "", Duration::from_secs(60)),
        "cargo never started"
    );
    thread::sleep(Duration::from_millis(300));
    kill9(&mut grader);
    let started = Instant::now();
    let output = course
        .grader(&["run", "moved", "--build-timeout", "120"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stdout(&output).contains("E0382"), "{}", stdout(&output));
    assert!(!stderr(&output).contains("Blocking"), "{}", stderr(&output));
    assert!(started.elapsed() < Duration::from_secs(110));
    assert_no_survivor(&course);
}

#[test]
fn a_build_script_left_by_a_killed_grader_is_stopped_by_the_next() {
    let course = Course::new();
    // An exercise about build scripts lets the learner write one.
    course.edit(
        "info.toml",
        "name = \"wrong\"\n",
        "name = \"wrong\"\neditable = [\"build.rs\"]\n",
    );
    course.write(
        "exercises/01_basics/wrong/build.rs",
        "fn main() {\n    loop {\n        std::thread::sleep(std::time::Duration::from_millis(10));\n    }\n}\n",
    );
    let mut grader = spawn(&course, &["run", "wrong"]);
    assert!(
        wait_for_process(&course, "build-script-build", Duration::from_secs(60)),
        "the build script never started"
    );
    kill9(&mut grader);
    // cargo dies with the grader (parent-death signal); the build script,
    // cargo's child, is found and stopped by the next grader of the course.
    course.grader(&["list"]).assert().code(0);
    assert_no_survivor(&course);
}

#[test]
fn a_lock_held_by_a_cargo_of_a_dead_grader_is_freed() {
    let course = Course::new();
    course.grader(&["run", "moved"]).assert().code(1);
    // As a cargo a killed grader left: the grader's CARGO_TARGET_DIR, no grader above it.
    let mut holder = Command::new("flock")
        .current_dir(course.root())
        .env("CARGO_TARGET_DIR", course.path("target/grader"))
        .arg("-o")
        .arg(course.path("target/grader/debug/.cargo-lock"))
        .args(["sleep", "300"])
        .spawn()
        .unwrap();
    thread::sleep(Duration::from_millis(200));
    fix_moved(&course);
    // Without recovery this build would wait for the lock until its limit
    // (through cargo: replaying rustc, the fast path, takes no cargo lock).
    let output = course
        .grader(&["run", "moved", "--build-timeout", "60"])
        .env("GRADER_NO_REPLAY", "1")
        .output()
        .unwrap();
    let freed = holder.try_wait().unwrap().is_some();
    if !freed {
        kill9(&mut holder);
    }
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(freed, "the grader stopped the stale holder");
    assert_no_survivor(&course);
}

#[test]
fn a_build_waiting_for_another_cargos_lock_says_so() {
    let course = Course::new();
    course.grader(&["run", "moved"]).assert().code(1);
    let lock = course.path("target/grader/debug/.cargo-lock");
    // Held by a process that is no grader's cargo (as a second grader's would be).
    let mut holder = Command::new("flock")
        .arg("-o")
        .arg(&lock)
        .args(["sleep", "30"])
        .spawn()
        .unwrap();
    thread::sleep(Duration::from_millis(200));
    fix_moved(&course);
    // Through cargo: replaying rustc (the fast path) takes no cargo lock.
    let output = course
        .grader(&["run", "moved", "--build-timeout", "3"])
        .env("GRADER_NO_REPLAY", "1")
        .output()
        .unwrap();
    kill9(&mut holder);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(
        err.contains("waited 3s for a lock on target/grader"),
        "{err}"
    );
    assert!(!err.contains("slow machine"), "{err}");
    assert_no_survivor(&course);
}

// 2. Resource limits

#[test]
fn memory_exhaustion_is_a_verdict_naming_the_limit() {
    let course = Course::new();
    wrong_running(
        &course,
        "    let big = vec![1u8; 8 << 30];\n    assert_eq!(big[12345], 1);",
    );
    let output = course
        .grader(&["run", "wrong", "--memory-mb", "256"])
        .output()
        .unwrap();
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}{}", stderr(&output));
    assert!(
        out.contains("used more than 256 MB of memory"),
        "{out}{}",
        stderr(&output)
    );
    assert_no_survivor(&course);

    // Per exercise, in info.toml.
    course.edit(
        "info.toml",
        "hints = [\"Read the test.\", \"Use +.\"]",
        "hints = [\"Read the test.\", \"Use +.\"]\nmemory_mb = 128",
    );
    let output = course.grader(&["run", "wrong"]).output().unwrap();
    assert!(
        stdout(&output).contains("used more than 128 MB of memory"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn threads_without_end_are_stopped_by_the_task_limit() {
    let course = Course::new();
    wrong_running(
        &course,
        "    for _ in 0..100_000 {\n        std::thread::spawn(|| std::thread::sleep(std::time::Duration::from_secs(60)));\n        std::thread::sleep(std::time::Duration::from_millis(2));\n    }",
    );
    let started = Instant::now();
    let output = course
        .grader(&["run", "wrong", "--max-tasks", "64"])
        .output()
        .unwrap();
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(
        out.contains("started more than 64 processes and threads"),
        "{out}"
    );
    assert!(started.elapsed() < Duration::from_secs(60));
    assert_no_survivor(&course);
}

// 3. Progress under concurrency

#[test]
fn two_runs_at_once_both_count() {
    let course = Course::new();
    fix_moved(&course);
    course.write(WRONG, WRONG_FIXED);
    course.grader(&["run", "moved"]).assert().code(0); // warm build
    for _ in 0..3 {
        std::fs::remove_file(course.path(".grader-progress.toml")).unwrap();
        let first = spawn(&course, &["run", "moved"]);
        let second = spawn(&course, &["run", "wrong"]);
        for child in [first, second] {
            let output = child.wait_with_output().unwrap();
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        }
        let progress = course.read(".grader-progress.toml");
        assert_eq!(progress.matches("done = true").count(), 2, "{progress}");
    }
}

#[test]
fn watch_keeps_what_a_run_saved_meanwhile() {
    let course = Course::new();
    course.write(
        ".grader-progress.toml",
        "chosen = \"spins\"\nwelcomed = true\n",
    );
    fix_moved(&course);
    let mut watch = Command::new(env!("CARGO_BIN_EXE_grader"))
        .arg("--course")
        .arg(course.root())
        .args(["--color", "never", "watch", "--manual"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (sender, lines) = std::sync::mpsc::channel();
    let stdout = watch.stdout.take().unwrap();
    thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                return;
            }
        }
    });
    let wait_for = |needle: &str| {
        let until = Instant::now() + Duration::from_secs(120);
        loop {
            let left = until.saturating_duration_since(Instant::now());
            match lines.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return,
                Ok(_) => {}
                Err(_) => panic!("no line with {needle:?} from watch within 120s"),
            }
        }
    };
    wait_for("-- graded spins:");
    // Another terminal: `grader run moved` passes and saves.
    course.grader(&["run", "moved"]).assert().code(0);
    let mut stdin = watch.stdin.take().unwrap();
    writeln!(stdin, "h").unwrap();
    wait_for("Hint 1/2");
    writeln!(stdin, "q").unwrap();
    drop(stdin);
    let until = Instant::now() + Duration::from_secs(30);
    while watch.try_wait().unwrap().is_none() {
        if Instant::now() > until {
            kill9(&mut watch);
            panic!("watch did not quit on q");
        }
        thread::sleep(Duration::from_millis(50));
    }
    let progress = course.read(".grader-progress.toml");
    assert!(
        progress.contains("[exercises.moved]\ndone = true"),
        "{progress}"
    );
    assert!(progress.contains("hints_shown = 1"), "{progress}");
    assert_no_survivor(&course);
}

#[test]
fn temp_files_of_killed_writes_are_cleaned() {
    let course = Course::new();
    // `write_atomically` names them `.<file>.tmp<pid>`.
    let stale = course.path("..grader-progress.toml.tmp999999999");
    std::fs::write(&stale, "half").unwrap();
    course.grader(&["hint", "moved"]).assert().code(0);
    assert!(!stale.exists());
}

// 4. No panic on any number

#[test]
fn huge_numbers_are_refused_with_where_and_why() {
    let course = Course::new();
    course.edit(
        "info.toml",
        "timeout_secs = 2",
        "timeout_secs = 9223372036854775807",
    );
    let output = course.grader(&["list"]).output().unwrap();
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(
        err.contains("info.toml:37:16: timeout_secs is 9223372036854775807"),
        "{err}"
    );
    for flag in ["--run-timeout", "--build-timeout", "--memory-mb"] {
        let course = Course::new();
        let output = course
            .grader(&["run", "moved", flag, "18446744073709551615"])
            .output()
            .unwrap();
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{flag}: {err}");
        assert!(err.contains(flag) && !err.contains("panicked"), "{err}");
    }
}

// 5. One broken exercise does not block the course

#[test]
fn a_deleted_exercise_is_that_exercises_problem() {
    let course = Course::new();
    git_init(&course);
    std::fs::remove_dir_all(course.path("exercises/01_basics/wrong")).unwrap();
    course.grader(&["list"]).assert().code(0);
    let output = course.grader(&["run", "wrong"]).output().unwrap();
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}{}", stderr(&output));
    assert!(
        out.contains("exercises/01_basics/wrong/Cargo.toml is missing"),
        "{out}"
    );
    assert!(out.contains("grader reset wrong"), "{out}");
    let output = course.grader(&["run", "moved"]).output().unwrap();
    assert!(stdout(&output).contains("E0382"), "{}", stdout(&output));
    let output = course
        .grader(&["check", "--only", "wrong"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Cargo.toml is missing"),
        "{}",
        stdout(&output)
    );
    course.grader(&["reset", "wrong"]).assert().code(0);
    assert!(stdout(&course.grader(&["run", "wrong"]).output().unwrap()).contains("failing"));
}

#[test]
fn a_broken_manifest_shows_cargos_line_and_reset_restores_it() {
    let course = Course::new();
    git_init(&course);
    course.edit(
        "exercises/01_basics/wrong/Cargo.toml",
        "version = \"0.1.0\"",
        "version = 0.1.0\"",
    );
    course.grader(&["list"]).assert().code(0);
    course.grader(&["hint", "wrong"]).assert().code(0);
    let output = course.grader(&["run", "wrong"]).output().unwrap();
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}{}", stderr(&output));
    // The manifest is protected: the learner is told to restore it.
    assert!(out.contains("Cargo.toml was changed"), "{out}");
    assert!(out.contains("grader reset wrong"), "{out}");
    // Another exercise: cargo cannot build while a member is broken; it says which.
    let out = stdout(&course.grader(&["run", "moved"]).output().unwrap());
    assert!(out.contains("The crate of wrong is broken"), "{out}");
    let err = stderr(
        &course
            .grader(&["check", "--only", "moved"])
            .output()
            .unwrap(),
    );
    assert!(err.contains("the crate of wrong is broken"), "{err}");
    assert!(err.contains("Cargo.toml:3:14"), "{err}");
    course.grader(&["reset", "wrong"]).assert().code(0);
    let out = stdout(&course.grader(&["run", "moved"]).output().unwrap());
    assert!(out.contains("E0382"), "{out}");
}

#[test]
fn a_misnamed_package_is_that_exercises_problem() {
    let course = Course::new();
    course.edit(
        "exercises/01_basics/wrong/Cargo.toml",
        "name = \"wrong\"",
        "name = \"right\"",
    );
    course.grader(&["list"]).assert().code(0);
    let out = stdout(&course.grader(&["run", "wrong"]).output().unwrap());
    assert!(
        out.contains(
            "the package in exercises/01_basics/wrong/Cargo.toml is `right`, expected `wrong`"
        ),
        "{out}"
    );
}

// 6. Messages

#[test]
fn a_looping_build_script_is_the_learners_problem() {
    let course = Course::new();
    // An exercise about build scripts lets the learner write one.
    course.edit(
        "info.toml",
        "name = \"wrong\"\n",
        "name = \"wrong\"\neditable = [\"build.rs\"]\n",
    );
    course.write(
        "exercises/01_basics/wrong/build.rs",
        "fn main() {\n    loop {\n        std::thread::sleep(std::time::Duration::from_millis(10));\n    }\n}\n",
    );
    let output = course
        .grader(&["run", "wrong", "--build-timeout", "20"])
        .output()
        .unwrap();
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}{}", stderr(&output));
    assert!(out.contains("still building after 20s"), "{out}");
    assert!(
        out.contains("build script (build.rs) was still running"),
        "{out}"
    );
    assert_no_survivor(&course);
}

#[test]
fn progress_that_cannot_be_read_is_not_called_damaged() {
    let course = Course::new();
    // A folder where the file should be: it cannot be read (root ignores permissions).
    std::fs::create_dir(course.path(".grader-progress.toml")).unwrap();
    let output = course.grader(&["hint", "moved"]).output().unwrap();
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{err}");
    assert!(stdout(&output).contains("Hint 1/2"), "{}", stdout(&output));
    assert!(err.contains("cannot read the progress file"), "{err}");
    assert!(!err.contains("damaged"), "{err}");
    assert!(
        course.path(".grader-progress.toml").is_dir(),
        "not moved aside"
    );
}

#[test]
fn progress_that_cannot_be_saved_still_gives_hint_and_verdict() {
    let course = Course::new();
    // The lock file cannot be created: nothing can be saved.
    std::fs::create_dir(course.path(".grader-progress.lock")).unwrap();
    let output = course.grader(&["hint", "moved"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("Hint 1/2"));
    assert!(
        stderr(&output).contains("could not be saved"),
        "{}",
        stderr(&output)
    );
    fix_moved(&course);
    let output = course.grader(&["run", "moved"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("moved passes"));
    assert!(
        stderr(&output).contains("could not be saved"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_course_file_that_is_not_text_says_so() {
    let course = Course::new();
    std::fs::write(course.path("info.toml"), [0xff, 0xfe, 0x00, 0x01, 0x9c]).unwrap();
    let output = course.grader(&["list"]).output().unwrap();
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(
        err.contains("info.toml:1:1: this is not UTF-8 text"),
        "{err}"
    );
    assert!(!err.contains("inside the course"), "{err}");
}

#[test]
fn a_missing_hints_field_names_the_fix() {
    let course = Course::new();
    course.edit(
        "info.toml",
        "hints = [\"Read the test.\", \"Use +.\"]\n",
        "",
    );
    let err = stderr(&course.grader(&["list"]).output().unwrap());
    assert!(err.contains("missing field `hints`"), "{err}");
    assert!(err.contains("Add `hints = ["), "{err}");
}

#[test]
fn a_huge_panic_message_is_not_called_a_loop() {
    let course = Course::new();
    wrong_running(&course, "    panic!(\"{}\", \"x\".repeat(2_000_000));");
    let out = stdout(&course.grader(&["run", "wrong"]).output().unwrap());
    assert!(
        out.contains("printed more than 1024 KiB"),
        "{}",
        &out[out.len().saturating_sub(600)..]
    );
    assert!(
        out.contains("a few very long lines"),
        "{}",
        &out[out.len().saturating_sub(600)..]
    );
    assert!(!out.contains("endless loop"));
}

#[test]
fn a_closed_pipe_ends_list_quietly() {
    let course = Course::new();
    // A pipe whose reading end is closed before the grader writes (as `| head -1` ends).
    let writer = {
        use std::os::fd::{FromRawFd, OwnedFd};
        let mut fds = [0; 2];
        // SAFETY: `fds` has room for the two descriptors pipe() writes.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        // SAFETY: both descriptors were just opened and are owned here only.
        unsafe {
            drop(OwnedFd::from_raw_fd(fds[0]));
            OwnedFd::from_raw_fd(fds[1])
        }
    };
    let output = Command::new(env!("CARGO_BIN_EXE_grader"))
        .arg("--course")
        .arg(course.root())
        .arg("list")
        .stdout(writer)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        !stderr(&output).contains("Broken pipe"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_garbled_hashes_file_gives_advice_and_does_not_block_learning() {
    let course = Course::new();
    course.write("test-hashes.toml", "[sha256\nmoved = ");
    // No grading without the record (a pass could not be trusted), but the
    // message says how to restore it, and the commands that do not grade work.
    let output = course.grader(&["run", "moved"]).output().unwrap();
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(err.contains("git checkout -- test-hashes.toml"), "{err}");
    course.grader(&["list"]).assert().code(0);
    course.grader(&["hint", "moved"]).assert().code(0);
    let output = course
        .grader(&["check", "--only", "moved"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--update-hashes"),
        "{}",
        stderr(&output)
    );
    // A record that cannot be read is rewritten whole, never in part.
    let output = course
        .grader(&["check", "--update-hashes", "--only", "moved"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("without --only"));
    course
        .grader(&["check", "--update-hashes"])
        .assert()
        .code(0);
    course.grader(&["run", "moved"]).assert().code(1);
}

#[test]
fn escape_sequences_from_learner_code_are_neutralised() {
    let course = Course::new();
    course.edit(
        "exercises/01_basics/exits/src/main.rs",
        "fn main() {",
        "fn main() {\n    println!(\"\\x1b[2J\\x1b[H\\x1b]0;pwned\\x07\\x1b[31mred\\x1b[0m\");",
    );
    let output = course
        .grader(&["run", "exits", "--color", "always"])
        .output()
        .unwrap();
    let out = stdout(&output);
    assert!(out.contains("\u{1b}[31mred\u{1b}[0m"), "{out:?}");
    assert!(
        !out.contains("\u{1b}[2J") && !out.contains("\u{1b}[H"),
        "{out:?}"
    );
    assert!(!out.contains("\u{1b}]0;"), "{out:?}");
}
