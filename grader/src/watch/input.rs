//! The learner's input: single key presses in raw mode on a terminal, or
//! whole lines from standard input without one. Each runs on its own thread
//! and sends [`Event::Input`]. Also the terminal guard: raw mode is switched
//! off on every way out (return, panic, signal).

use std::io::{self, BufRead, Write};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

use anyhow::{Context, Result};
use crossterm::event::{self, Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::{cursor, execute, terminal};

use super::events::{Event, Input, PAGE};

/// How long the key reader waits for a key before it looks whether it is
/// asked to pause.
const POLL: Duration = Duration::from_millis(50);

/// Reads key presses until the loop is gone. Raw mode must be on. While
/// paused (an editor has the terminal) it does not read the terminal.
pub fn spawn_key_reader(events: Sender<Event>, pause: Pause) {
    thread::spawn(move || {
        loop {
            pause.checkpoint();
            let input = match event::poll(POLL) {
                Ok(false) => continue,
                Ok(true) => match event::read() {
                    Ok(TermEvent::Key(key)) => match key_input(key) {
                        Some(input) => input,
                        None => continue,
                    },
                    Ok(TermEvent::Resize(..)) => Input::Resize,
                    Ok(_) => continue,
                    Err(_) => Input::Eof,
                },
                Err(_) => Input::Eof,
            };
            let last = matches!(input, Input::Eof);
            if events.send(Event::Input(input)).is_err() || last {
                pause.gone();
                return;
            }
        }
    });
}

/// Stops the key reader while another program reads the terminal.
#[derive(Debug, Clone, Default)]
pub struct Pause(Arc<(Mutex<Paused>, Condvar)>);

#[derive(Debug, Default)]
pub struct Paused {
    asked: bool,
    /// The reader is waiting, not reading the terminal (or has ended).
    parked: bool,
    gone: bool,
}

impl Pause {
    /// Asks the reader to stop reading and waits until it has (at most a second).
    pub fn pause(&self) {
        let (state, changed) = &*self.0;
        let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
        state.asked = true;
        changed.notify_all();
        let until = std::time::Instant::now() + Duration::from_secs(1);
        while !state.parked && !state.gone {
            let left = until.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return;
            }
            state = changed
                .wait_timeout(state, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }

    /// Lets the reader read keys again.
    pub fn resume(&self) {
        let (state, changed) = &*self.0;
        state.lock().unwrap_or_else(|e| e.into_inner()).asked = false;
        changed.notify_all();
    }

    /// The reader waits here while a pause is asked for.
    fn checkpoint(&self) {
        let (state, changed) = &*self.0;
        let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
        while state.asked {
            state.parked = true;
            changed.notify_all();
            state = changed.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        state.parked = false;
    }

    fn gone(&self) {
        let (state, changed) = &*self.0;
        state.lock().unwrap_or_else(|e| e.into_inner()).gone = true;
        changed.notify_all();
    }
}

/// Gives the terminal to another program: raw mode off, cursor shown.
pub fn suspend() {
    let _ = terminal::disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(
        out,
        terminal::Clear(terminal::ClearType::All),
        cursor::MoveTo(0, 0),
        cursor::Show
    );
}

/// Takes the terminal back after [`suspend`].
pub fn resume() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(io::stdout(), cursor::Hide)
}

fn key_input(key: KeyEvent) -> Option<Input> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Char('c' | 'd') if ctrl => Input::Quit,
        KeyCode::Char(c) if !ctrl => Input::Char(c),
        KeyCode::Enter => Input::Enter,
        KeyCode::Backspace => Input::Backspace,
        KeyCode::Esc => Input::Escape,
        KeyCode::Up => Input::Scroll(-1),
        KeyCode::Down => Input::Scroll(1),
        KeyCode::PageUp => Input::Scroll(-PAGE),
        KeyCode::PageDown => Input::Scroll(PAGE),
        _ => return None,
    })
}

/// Reads lines from standard input; its end is [`Input::Eof`].
pub fn spawn_line_reader(events: Sender<Event>) {
    thread::spawn(move || {
        for line in io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if events.send(Event::Input(Input::Line(line))).is_err() {
                return;
            }
        }
        let _ = events.send(Event::Input(Input::Eof));
    });
}

/// Raw mode and a hidden cursor while alive; restored when dropped, and by
/// the panic hook before the panic message is printed.
pub struct TerminalGuard {
    active: Arc<Mutex<bool>>,
}

impl TerminalGuard {
    pub fn enter() -> Result<TerminalGuard> {
        terminal::enable_raw_mode().context(
            "cannot switch the terminal to raw mode (try `grader watch < /dev/null` for line mode)",
        )?;
        let _ = execute!(io::stdout(), cursor::Hide);
        let active = Arc::new(Mutex::new(true));
        let in_hook = Arc::clone(&active);
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            crate::spawn::kill_all_groups();
            restore(&in_hook);
            previous(info);
        }));
        Ok(TerminalGuard { active })
    }

    /// Restores the terminal now (idempotent).
    pub fn restore(&self) {
        restore(&self.active);
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        self.restore();
    }
}

fn restore(active: &Mutex<bool>) {
    let mut active = active.lock().unwrap_or_else(|e| e.into_inner());
    if std::mem::take(&mut *active) {
        let _ = terminal::disable_raw_mode();
        let mut out = io::stdout();
        let _ = execute!(out, cursor::Show);
        let _ = writeln!(out);
        let _ = out.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_keys() {
        let key = |code, modifiers| key_input(KeyEvent::new(code, modifiers));
        assert_eq!(
            key(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Input::Quit)
        );
        assert_eq!(
            key(KeyCode::Char('n'), KeyModifiers::NONE),
            Some(Input::Char('n'))
        );
        assert_eq!(key(KeyCode::Char('x'), KeyModifiers::CONTROL), None);
        assert_eq!(key(KeyCode::Enter, KeyModifiers::NONE), Some(Input::Enter));
        assert_eq!(key(KeyCode::F(1), KeyModifiers::NONE), None);
        assert_eq!(
            key(KeyCode::Down, KeyModifiers::NONE),
            Some(Input::Scroll(1))
        );
        assert_eq!(
            key(KeyCode::PageUp, KeyModifiers::NONE),
            Some(Input::Scroll(-PAGE))
        );
    }
}
