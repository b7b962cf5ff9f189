//! `grader watch`: the learner's live loop.
//!
//! A pipeline of threads feeding one channel that the loop owns:
//! the file watcher ([`files`]) → [`Event::Changed`]; the key reader
//! ([`keys`]) → [`Event::Input`]; the grading worker ([`worker`]) →
//! [`Event::Graded`]; fatal signals → [`Event::Signal`]. The loop
//! ([`state`], [`actions`]) decides, the [`screen`] draws. Idle, the loop is
//! blocked on the channel; after a file event it waits [`state::GRACE`] for
//! the burst to end, then grades. A save during a grading cancels it and
//! grades again, so the verdict shown is the one for what is on disk.
//!
//! Without a terminal (stdin or stdout not a TTY) it runs in line mode: no
//! raw mode, commands as lines, each verdict followed by a marker line
//! `-- graded NAME: passed|failing|error --`.

mod actions;
mod edit;
mod events;
mod files;
mod keys;
mod screen;
mod state;
mod worker;

use std::io::IsTerminal;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::Instant;

use anyhow::Result;

use self::events::Event;
use self::files::How;
use self::keys::TerminalGuard;
use self::state::{Flow, Watch};
use crate::cli::WatchArgs;
use crate::course::Course;
use crate::grade::Settings;
use crate::status::Status;
use crate::{commands, signals};

/// Runs the watch loop until the learner quits (`q`, Ctrl-C, end of input) or a fatal signal.
pub fn run(course: &Course, args: &WatchArgs, settings: &Settings) -> Result<Status> {
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let (sender, events) = mpsc::channel();
    let on_signal = sender.clone();
    signals::on_fatal_signal(move |signal| {
        let _ = on_signal.send(Event::Signal(signal));
    })?;
    let progress = commands::load_progress(course);
    let how = match (args.manual, args.poll) {
        (true, _) => How::Manual,
        (false, true) => How::Poll,
        (false, false) => How::Events,
    };
    let (watching, fallback) = files::start(course, how, sender.clone());
    let guard = if tty {
        Some(TerminalGuard::enter()?)
    } else {
        None
    };
    let pause = keys::Pause::default();
    if tty {
        keys::spawn_key_reader(sender.clone(), pause.clone());
    } else {
        keys::spawn_line_reader(sender.clone());
    }
    let result = thread::scope(|scope| {
        let (jobs, received_jobs) = mpsc::channel();
        worker::spawn(scope, course, settings, received_jobs, sender.clone());
        let mut watch = Watch::new(course, progress, jobs, watching.how, tty, settings.color);
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
        text.push_str(actions::LINE_HELP);
    }
    if !watch.progress.welcomed {
        text.push_str(watch.course.info.welcome_message.trim_end());
        text.push('\n');
        watch.update_progress(|p| p.welcomed = true)?;
    }
    match fallback {
        Some(why) => text.push_str(&format!("{why}\n")),
        None if watch.how == How::Manual => {
            text.push_str("Manual mode: files are not watched. Save, then press r to grade.\n")
        }
        None => {}
    }
    if watch.current.is_none() {
        text.push_str(&format!("{}\n", watch.course.info.final_message.trim_end()));
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
