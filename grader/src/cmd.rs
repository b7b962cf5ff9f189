//! The only module that spawns processes.
//!
//! Every child gets stdin from /dev/null, its own process group, captured
//! output with a size cap, and a time limit. When the limit passes, the output
//! overflows, or the caller cancels, the whole group is killed (cargo's test
//! binary and rustc included), so no grandchild outlives a grading.

use std::collections::BTreeSet;
use std::io::{self, Read};
use std::os::unix::process::CommandExt;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long a child may run and how much it may print.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub time: Duration,
    pub output_cap: usize,
}

/// Why a child stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Status(ExitStatus),
    TimedOut,
    OutputTooLarge,
    Cancelled,
}

/// What a finished child printed and how it ended.
#[derive(Debug)]
pub struct Finished {
    pub exit: Exit,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Output past the cap was dropped.
    pub truncated: bool,
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
const TOOL_LIMITS: Limits = Limits {
    time: Duration::from_secs(120),
    output_cap: 64 * 1024 * 1024,
};

/// Runs a short helper tool to its end (nobody cancels it).
pub fn run_tool(command: Command) -> io::Result<Finished> {
    run(command, TOOL_LIMITS, &Cancel::default())
}

/// Starts a program the learner asked for that outlives this call and the
/// grader (a browser opening the book): no output captured, its own process
/// group so that Ctrl-C in the terminal does not reach it, not waited for
/// (a thread reaps it), and not killed when the grader exits.
pub fn spawn_detached(mut command: Command) -> io::Result<()> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0);
    let mut child = command.spawn()?;
    thread::spawn(move || child.wait());
    Ok(())
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

/// Process groups alive right now, so that a fatal signal can kill them all.
static LIVE_GROUPS: Mutex<BTreeSet<i32>> = Mutex::new(BTreeSet::new());

/// Kills every process group this grader started and has not reaped yet.
pub fn kill_all_groups() {
    let groups = LIVE_GROUPS.lock().unwrap_or_else(|e| e.into_inner());
    for &pgid in groups.iter() {
        kill_group(pgid);
    }
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
/// How long to wait for the pipes to close once the child is gone.
const DRAIN_GRACE: Duration = Duration::from_millis(500);

enum Event {
    Exited(io::Result<ExitStatus>),
    Overflow,
    StreamClosed,
}

#[derive(Default)]
struct Output {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    truncated: bool,
}

/// Runs `command` to its end under `limits`. Only failing to start it is an error.
pub fn run(mut command: Command, limits: Limits, cancel: &Cancel) -> io::Result<Finished> {
    let started = Instant::now();
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = command.spawn()?;
    let pgid = child.id() as i32;
    LIVE_GROUPS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(pgid);

    let (events, received) = mpsc::channel();
    let output = Arc::new(Mutex::new(Output::default()));
    let stdout = child.stdout.take().expect("stdout is piped");
    let stderr = child.stderr.take().expect("stderr is piped");
    spawn_reader(stdout, false, limits.output_cap, &output, events.clone());
    spawn_reader(stderr, true, limits.output_cap, &output, events.clone());
    thread::spawn(move || {
        let _ = events.send(Event::Exited(child.wait()));
    });

    let deadline = started + limits.time;
    let mut ending = None;
    let mut status = None;
    let mut open_streams = 2;
    while status.is_none() {
        let now = Instant::now();
        if ending.is_none() {
            if cancel.is_cancelled() {
                ending = Some(Exit::Cancelled);
            } else if now >= deadline {
                ending = Some(Exit::TimedOut);
            }
            if ending.is_some() {
                kill_group(pgid);
            }
        }
        let wait = deadline.saturating_duration_since(now).min(CANCEL_TICK);
        match received.recv_timeout(wait.max(Duration::from_millis(1))) {
            Ok(Event::Exited(result)) => status = Some(result),
            Ok(Event::Overflow) if ending.is_none() => {
                ending = Some(Exit::OutputTooLarge);
                kill_group(pgid);
            }
            Ok(Event::StreamClosed) => open_streams -= 1,
            Ok(Event::Overflow) | Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    // The direct child is gone; its group may not be. Kill what is left so
    // that nothing outlives the grading and the pipes close.
    kill_group(pgid);
    LIVE_GROUPS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .remove(&pgid);
    drain(&received, open_streams);

    let status = status.unwrap_or_else(|| Err(io::Error::other("child vanished")))?;
    let output = std::mem::take(&mut *output.lock().unwrap_or_else(|e| e.into_inner()));
    Ok(Finished {
        exit: ending.unwrap_or(Exit::Status(status)),
        stdout: output.stdout,
        stderr: output.stderr,
        truncated: output.truncated,
    })
}

/// Waits briefly for the readers to see end of file. A grandchild that left
/// the group may keep a pipe open: we stop waiting rather than hang.
fn drain(received: &mpsc::Receiver<Event>, mut open_streams: usize) {
    let until = Instant::now() + DRAIN_GRACE;
    while open_streams > 0 {
        let left = until.saturating_duration_since(Instant::now());
        match received.recv_timeout(left) {
            Ok(Event::StreamClosed) => open_streams -= 1,
            Ok(_) => {}
            Err(_) => break,
        }
    }
}

fn spawn_reader(
    mut stream: impl Read + Send + 'static,
    is_stderr: bool,
    cap: usize,
    output: &Arc<Mutex<Output>>,
    events: Sender<Event>,
) {
    let output = Arc::clone(output);
    thread::spawn(move || {
        let mut buf = vec![0u8; 64 * 1024];
        let mut overflowed = false;
        loop {
            let n = match stream.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let mut out = output.lock().unwrap_or_else(|e| e.into_inner());
            let room = cap.saturating_sub(out.stdout.len() + out.stderr.len());
            let kept = n.min(room);
            let target = if is_stderr {
                &mut out.stderr
            } else {
                &mut out.stdout
            };
            target.extend_from_slice(&buf[..kept]);
            if kept < n {
                out.truncated = true;
                if !overflowed {
                    overflowed = true;
                    let _ = events.send(Event::Overflow);
                }
            }
        }
        let _ = events.send(Event::StreamClosed);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Command {
        let mut command = Command::new("sh");
        command.arg("-c").arg(script);
        command
    }

    fn limits(secs: u64, cap: usize) -> Limits {
        Limits {
            time: Duration::from_secs(secs),
            output_cap: cap,
        }
    }

    #[test]
    fn captures_output_and_status() {
        let done = run(
            sh("echo out; echo err >&2; exit 3"),
            limits(5, 1024),
            &Cancel::default(),
        )
        .unwrap();
        assert_eq!(done.stdout, b"out\n");
        assert_eq!(done.stderr, b"err\n");
        assert!(matches!(done.exit, Exit::Status(s) if s.code() == Some(3)));
    }

    #[test]
    fn a_hang_is_killed_with_its_group() {
        let done = run(
            sh("sleep 30 & sleep 30; wait"),
            limits(1, 1024),
            &Cancel::default(),
        )
        .unwrap();
        assert_eq!(done.exit, Exit::TimedOut);
    }

    #[test]
    fn a_flood_is_capped() {
        let done = run(sh("yes flood"), limits(10, 4096), &Cancel::default()).unwrap();
        assert_eq!(done.exit, Exit::OutputTooLarge);
        assert_eq!(done.stdout.len(), 4096);
        assert!(done.truncated);
    }

    #[test]
    fn cancel_stops_a_child() {
        let cancel = Cancel::default();
        let stopper = cancel.clone();
        thread::spawn(move || {
            thread::sleep(Duration::from_millis(100));
            stopper.cancel();
        });
        let done = run(sh("sleep 30"), limits(10, 1024), &cancel).unwrap();
        assert_eq!(done.exit, Exit::Cancelled);
    }
}
