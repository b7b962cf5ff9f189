//! The child's output: two reader threads fill one capped buffer and tell
//! the waiting loop when a stream closes or the cap is passed.

use std::io::{self, Read};
use std::process::ExitStatus;
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long to wait for the pipes to close once the child is gone.
const DRAIN_GRACE: Duration = Duration::from_millis(500);

pub(super) enum Event {
    Exited(io::Result<ExitStatus>),
    Overflow,
    StreamClosed,
}

#[derive(Default)]
pub(super) struct Output {
    pub(super) stdout: Vec<u8>,
    pub(super) stderr: Vec<u8>,
    pub(super) truncated: bool,
}

/// Waits briefly for the readers to see end of file. A grandchild that left
/// the group may keep a pipe open: we stop waiting rather than hang.
pub(super) fn drain(received: &mpsc::Receiver<Event>, mut open_streams: usize) {
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

pub(super) fn spawn_reader(
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
