//! The only module that spawns processes.
//!
//! Every child gets stdin from /dev/null, its own process group, captured
//! output with a size cap, a time limit, a parent-death signal (Linux) and the
//! course's mark in its environment (see `reaper.rs`). When the limit passes,
//! the output overflows, the caller cancels, or the child uses more processes
//! and threads than allowed, the whole group is killed (cargo's test binary
//! and rustc included); then every descendant no running grading owns is
//! killed and reaped, including those that called `setsid`, so no grandchild
//! outlives a grading. The learner's programs also get a memory limit
//! (`RLIMIT_DATA`, Linux): an allocation past it fails, and Rust aborts with
//! "memory allocation of N bytes failed", reported as [`Exit::OutOfMemory`].

use std::collections::BTreeSet;
use std::io;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use crate::layout;
use crate::reaper;

mod streams;

use streams::{Event, Output, drain, spawn_reader};

/// How long a child may run, how much it may print, and for the learner's
/// programs, how much memory and how many processes and threads it may use.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub time: Duration,
    pub output_cap: usize,
    /// Bytes of data memory per process (`RLIMIT_DATA` on Linux); `None` for cargo and tools.
    pub memory: Option<u64>,
    /// Processes and threads at once, the child and all it starts.
    pub tasks: Option<usize>,
}

impl Limits {
    /// Only a time limit and an output cap (for cargo and helper tools).
    pub const fn time_and_output(time: Duration, output_cap: usize) -> Limits {
        Limits {
            time,
            output_cap,
            memory: None,
            tasks: None,
        }
    }
}

/// Why a child stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Status(ExitStatus),
    TimedOut,
    OutputTooLarge,
    Cancelled,
    /// An allocation failed under the memory limit and the program aborted.
    OutOfMemory,
    /// More processes and threads than the limit were alive at once.
    TooManyTasks,
}

/// What a finished child printed and how it ended.
#[derive(Debug)]
pub struct Finished {
    pub exit: Exit,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Output past the cap was dropped.
    pub truncated: bool,
    /// When time ran out: the command names in the child's process group
    /// (a `build-script-build` here means a build script hung).
    pub running_at_timeout: Vec<String>,
}

impl Finished {
    pub fn success(&self) -> bool {
        matches!(self.exit, Exit::Status(status) if status.success())
    }
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
    /// Standard error, trimmed, for messages.
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).trim().to_string()
    }
}

/// Limits for the short helper tools: `rustc -vV`, `cargo metadata`, `cargo fmt`, `git`.
const TOOL_LIMITS: Limits =
    Limits::time_and_output(Duration::from_secs(120), layout::TOOL_OUTPUT_CAP);

/// Runs a short helper tool to its end (nobody cancels it).
pub fn run_tool(command: Command) -> io::Result<Finished> {
    run(command, TOOL_LIMITS, &Cancel::default())
}

/// Starts a program the learner asked for that outlives this call and the
/// grader (a browser opening the book): no output captured, its own process
/// group so that Ctrl-C in the terminal does not reach it, not waited for
/// (a thread reaps it), and neither swept after a grading nor killed when the
/// grader exits.
pub fn spawn_detached(mut command: Command) -> io::Result<()> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .env(reaper::DETACHED, reaper::detached_secret())
        .process_group(0);
    let mut child = command.spawn()?;
    thread::spawn(move || child.wait());
    Ok(())
}

/// Runs a program that needs the terminal (the learner's vim or nano, from
/// watch's `e` key) in the foreground and waits for it. The one exception to
/// the rules above: its input and output are the terminal's (nothing
/// captured), it stays in the grader's process group (the terminal's
/// foreground group, or it could not read keys), and it has no time limit:
/// the learner ends it. The caller gives the terminal up first.
pub fn run_in_foreground(mut command: Command) -> io::Result<std::process::ExitStatus> {
    command
        .stdin(Stdio::inherit())
        .stdout(Stdio::inherit())
        .stderr(Stdio::inherit());
    command.status()
}

/// Lets another thread stop a running child (the watch loop does, when a
/// newer save arrives or the learner quits).
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// The children being waited for right now (each leads its own process
/// group, so these are also the live groups). Held while spawning and while
/// sweeping, so that a sweep never mistakes a child just spawned for a stray.
static LIVE_GROUPS: Mutex<BTreeSet<i32>> = Mutex::new(BTreeSet::new());

/// Kills every process group this grader started and every other descendant.
pub fn kill_all_groups() {
    let groups = LIVE_GROUPS.lock().unwrap_or_else(|e| e.into_inner());
    for &pgid in groups.iter() {
        kill_group(pgid);
    }
    reaper::sweep(&BTreeSet::new());
}

fn kill_group(pgid: i32) {
    // SAFETY: killpg has no memory-safety preconditions; a stale group id
    // only yields ESRCH, which is fine to ignore.
    unsafe {
        libc::killpg(pgid, libc::SIGKILL);
    }
}

/// How often a running child is checked for cancellation.
const CANCEL_TICK: Duration = Duration::from_millis(20);
/// How often processes and threads are counted, for children with a task limit.
const TASK_TICK: Duration = Duration::from_millis(200);

/// Runs `command` to its end under `limits`. Only failing to start it is an error.
pub fn run(mut command: Command, limits: Limits, cancel: &Cancel) -> io::Result<Finished> {
    let started = Instant::now();
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    if let Some(course) = reaper::course() {
        command.env(reaper::MARK, course);
    }
    contain(&mut command, limits.memory);
    let (mut child, pgid) = {
        let mut live = LIVE_GROUPS.lock().unwrap_or_else(|e| e.into_inner());
        let child = command.spawn()?;
        let pgid = child.id() as i32;
        live.insert(pgid);
        (child, pgid)
    };

    let (events, received) = mpsc::channel();
    let output = Arc::new(Mutex::new(Output::default()));
    let stdout = child.stdout.take().expect("stdout is piped");
    let stderr = child.stderr.take().expect("stderr is piped");
    spawn_reader(stdout, false, limits.output_cap, &output, events.clone());
    spawn_reader(stderr, true, limits.output_cap, &output, events.clone());
    thread::spawn(move || {
        let _ = events.send(Event::Exited(child.wait()));
    });

    // No deadline when the limit is beyond what the clock can hold.
    let deadline = started.checked_add(limits.time);
    let mut watch = Watch::new(pgid, limits, deadline);
    let (status, open_streams) = wait(&received, &mut watch, cancel);
    // The direct child is gone; its group may not be, nor what left the
    // group. Kill what is left so that nothing outlives the grading and the pipes close.
    kill_group(pgid);
    {
        let mut live = LIVE_GROUPS.lock().unwrap_or_else(|e| e.into_inner());
        live.remove(&pgid);
        reaper::sweep(&live);
    }
    drain(&received, open_streams);

    let status = status.unwrap_or_else(|| Err(io::Error::other("child vanished")))?;
    let output = std::mem::take(&mut *output.lock().unwrap_or_else(|e| e.into_inner()));
    finished(status, output, watch, limits)
}

/// Waits for the child's exit while `watch` enforces the limits; its exit
/// status (if it was seen) and how many output streams are still open.
fn wait(
    received: &mpsc::Receiver<Event>,
    watch: &mut Watch,
    cancel: &Cancel,
) -> (Option<io::Result<ExitStatus>>, usize) {
    let mut status = None;
    let mut open_streams = 2;
    while status.is_none() {
        watch.check(cancel);
        match received.recv_timeout(watch.wait()) {
            Ok(Event::Exited(result)) => status = Some(result),
            Ok(Event::Overflow) => watch.end(Exit::OutputTooLarge),
            Ok(Event::StreamClosed) => open_streams -= 1,
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    (status, open_streams)
}

/// How the child ended, and what it printed.
fn finished(
    status: ExitStatus,
    output: Output,
    watch: Watch,
    limits: Limits,
) -> io::Result<Finished> {
    let exit = match watch.ending {
        Some(exit) => exit,
        None if limits.memory.is_some() && out_of_memory(status, &output.stderr) => {
            Exit::OutOfMemory
        }
        None => Exit::Status(status),
    };
    Ok(Finished {
        exit,
        stdout: output.stdout,
        stderr: output.stderr,
        truncated: output.truncated,
        running_at_timeout: watch.running_at_timeout,
    })
}

/// Rust's answer to a failed allocation: a message, then SIGABRT.
fn out_of_memory(status: ExitStatus, stderr: &[u8]) -> bool {
    let aborted = status.signal() == Some(libc::SIGABRT) || status.code() == Some(134);
    let text = String::from_utf8_lossy(stderr);
    aborted && text.contains("memory allocation of ") && text.contains(" failed")
}

/// Decides when a running child must be stopped, and why.
struct Watch {
    pgid: i32,
    limits: Limits,
    deadline: Option<Instant>,
    ending: Option<Exit>,
    next_count: Instant,
    running_at_timeout: Vec<String>,
}

impl Watch {
    fn new(pgid: i32, limits: Limits, deadline: Option<Instant>) -> Watch {
        Watch {
            pgid,
            limits,
            deadline,
            ending: None,
            next_count: Instant::now(),
            running_at_timeout: Vec::new(),
        }
    }

    /// Stops the child for `why`, unless it is already being stopped.
    fn end(&mut self, why: Exit) {
        if self.ending.is_none() {
            self.ending = Some(why);
            kill_group(self.pgid);
        }
    }

    fn check(&mut self, cancel: &Cancel) {
        if self.ending.is_some() {
            return;
        }
        let now = Instant::now();
        if cancel.is_cancelled() {
            self.end(Exit::Cancelled);
        } else if self.deadline.is_some_and(|d| now >= d) {
            self.running_at_timeout = reaper::group_commands(self.pgid);
            self.end(Exit::TimedOut);
        } else if let Some(max) = self.limits.tasks {
            if now >= self.next_count {
                self.next_count = now + TASK_TICK;
                let tracked = LIVE_GROUPS
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .clone();
                if reaper::tasks_of(self.pgid, &tracked) > max {
                    self.end(Exit::TooManyTasks);
                }
            }
        }
    }

    /// How long to wait for an event before checking again.
    fn wait(&self) -> Duration {
        let left = self
            .deadline
            .map_or(CANCEL_TICK, |d| d.saturating_duration_since(Instant::now()));
        left.min(CANCEL_TICK).max(Duration::from_millis(1))
    }
}

/// In the child, before it runs: die with the grader (Linux), and for the
/// learner's programs, a memory limit.
fn contain(command: &mut Command, memory: Option<u64>) {
    let parent = std::process::id() as libc::pid_t;
    // SAFETY: the closure runs between fork and exec. It calls only
    // async-signal-safe functions (prctl, getppid, setrlimit, _exit) and
    // allocates nothing.
    unsafe {
        command.pre_exec(move || {
            #[cfg(target_os = "linux")]
            {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) != 0 {
                    return Err(io::Error::last_os_error());
                }
                // The grader died before the signal was armed.
                if libc::getppid() != parent {
                    libc::_exit(137);
                }
                if let Some(bytes) = memory {
                    let limit = libc::rlimit {
                        rlim_cur: bytes,
                        rlim_max: bytes,
                    };
                    if libc::setrlimit(libc::RLIMIT_DATA, &limit) != 0 {
                        return Err(io::Error::last_os_error());
                    }
                }
            }
            #[cfg(not(target_os = "linux"))]
            let _ = (parent, memory);
            Ok(())
        });
    }
}

#[cfg(test)]
mod tests;
