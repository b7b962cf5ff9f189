//! `grader watch`: the learner's live loop.
//!
//! A pipeline of threads feeding one channel that the loop owns:
//! the file watcher ([`files`]) → [`Event::Changed`]; the input reader
//! ([`input`]) → [`Event::Input`]; the grading worker ([`worker`]) →
//! [`Event::Graded`]; fatal signals → [`Event::Signal`]. The loop
//! ([`state`]; [`bindings`] maps keys to actions, [`handlers`] and [`picker`]
//! carry them out over [`crate::learner`]) decides, the [`screen`] draws. Idle, the loop is
//! blocked on the channel; after a file event it waits [`state::GRACE`] for
//! the burst to end, then grades. A save during a grading cancels it and
//! grades again, so the verdict shown is the one for what is on disk.
//!
//! Without a terminal (stdin or stdout not a TTY) it runs in line mode: no
//! raw mode, commands as lines, each verdict followed by a marker line
//! `-- graded NAME: passed|failing|error --`.

mod bindings;
mod edit;
mod events;
mod files;
mod handlers;
mod input;
mod picker;
mod screen;
mod state;
mod worker;

use std::io::IsTerminal;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::Instant;

use anyhow::Result;

pub use self::bindings::help as keys_help;
use self::events::Event;
pub use self::files::WatchMode;
use self::input::TerminalGuard;
use self::state::{Flow, Watch};
use crate::course::Course;
use crate::grade::Settings;
use crate::status::Status;
use crate::{commands, signals};

/// Runs the watch loop until the learner quits (`q`, Ctrl-C, end of input) or a fatal signal.
pub fn run(course: &Course, mode: WatchMode, settings: &Settings) -> Result<Status> {
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let (sender, events) = mpsc::channel();
    let on_signal = sender.clone();
    signals::on_fatal_signal(move |signal| {
        let _ = on_signal.send(Event::Signal(signal));
    })?;
    let learner = commands::load_learner(course);
    let (watching, fallback) = files::start(course, mode, sender.clone());
    let guard = if tty {
        Some(TerminalGuard::enter()?)
    } else {
        None
    };
    let pause = input::Pause::default();
    if tty {
        input::spawn_key_reader(sender.clone(), pause.clone());
    } else {
        input::spawn_line_reader(sender.clone());
    }
    let result = thread::scope(|scope| {
        let (jobs, received_jobs) = mpsc::channel();
        worker::spawn(scope, course, settings, received_jobs, sender.clone());
        let mut watch = Watch::new(course, learner, jobs, watching.mode, tty, settings.color);
        watch.key_reader = pause;
        let result = start(&mut watch, fallback).and_then(|()| run_loop(&mut watch, &events));
        watch.shutdown();
        let result = result.map(|()| match watch.stopped_by {
            Some(signal) => Status::Signalled(signal),
            None => Status::Success,
        });
        if let Some(guard) = &guard {
            guard.restore();
        }
        result
        // `watch` drops its job sender here: the worker ends, the scope joins it.
    });
    drop(watching);
    drop(guard);
    result
}

/// The first screen: welcome (once per learner), watching problems, then the first grading.
fn start(watch: &mut Watch, fallback: Option<String>) -> Result<()> {
    let mut text = String::new();
    if !watch.tty {
        text.push_str(&bindings::line_help());
    }
    if !watch.learner.welcomed() {
        text.push_str(watch.course.info.welcome_message.trim_end());
        text.push('\n');
        let not_saved = watch.learner.mark_welcomed();
        watch.warn(not_saved)?;
    }
    match fallback {
        Some(why) => text.push_str(&format!("{why}\n")),
        None if watch.mode == WatchMode::Manual => {
            text.push_str("Manual mode: files are not watched. Save, then press r to grade.\n")
        }
        None => {}
    }
    if watch.current.is_none() {
        text.push_str(&String::from_utf8_lossy(&watch.course_done()?));
    }
    if watch.tty {
        // Above the verdict, where it is read first.
        watch.welcome = text.into_bytes();
    } else {
        watch.say(text)?;
    }
    watch.request_grading()?;
    Ok(())
}

/// Blocks on the channel; while a burst of file events is settling, waits
/// at most until the end of its grace period.
fn run_loop(watch: &mut Watch, events: &Receiver<Event>) -> Result<()> {
    loop {
        let event = match watch.deadline() {
            Some(deadline) => {
                match events.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                    Ok(event) => event,
                    Err(RecvTimeoutError::Timeout) => {
                        watch.settle()?;
                        continue;
                    }
                    Err(RecvTimeoutError::Disconnected) => return Ok(()),
                }
            }
            None => match events.recv() {
                Ok(event) => event,
                Err(_) => return Ok(()),
            },
        };
        if watch.handle(event)? == Flow::Quit {
            return Ok(());
        }
    }
}
