//! The learner's input: single key presses in raw mode on a terminal, or
//! whole lines from standard input without one. Each runs on its own thread
//! and sends [`Event::Input`]. Also the terminal guard: raw mode is switched
//! off on every way out (return, panic, signal).

use std::io::{self, BufRead, Write};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::thread;

use anyhow::{Context, Result};
use crossterm::event::{self, Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::{cursor, execute, terminal};

use super::events::{Event, Input};

/// Reads key presses until the loop is gone. Raw mode must be on.
pub fn spawn_key_reader(events: Sender<Event>) {
    thread::spawn(move || {
        loop {
            let input = match event::read() {
                Ok(TermEvent::Key(key)) => match key_input(key) {
                    Some(input) => input,
                    None => continue,
                },
                Ok(TermEvent::Resize(..)) => Input::Resize,
                Ok(_) => continue,
                Err(_) => Input::Eof,
            };
            let last = matches!(input, Input::Eof);
            if events.send(Event::Input(input)).is_err() || last {
                return;
            }
        }
    });
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
            crate::cmd::kill_all_groups();
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
    }
}
