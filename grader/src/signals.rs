//! Fatal signals: no child process may outlive the grader.

use anyhow::{Context, Result};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// On Ctrl-C, SIGTERM or SIGHUP: kill every process group the grader started,
/// then exit as the signal would have (128 + signal).
pub fn kill_children_on_exit() -> Result<()> {
    let mut signals =
        Signals::new([SIGINT, SIGTERM, SIGHUP]).context("cannot install signal handlers")?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            crate::spawn::kill_all_groups();
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}

/// For the watch loop: calls `on_signal` from a thread of its own when a fatal signal arrives.
pub fn on_fatal_signal(on_signal: impl Fn(i32) + Send + 'static) -> Result<()> {
    let mut signals =
        Signals::new([SIGINT, SIGTERM, SIGHUP]).context("cannot install signal handlers")?;
    std::thread::spawn(move || {
        for signal in signals.forever() {
            on_signal(signal);
        }
    });
    Ok(())
}
