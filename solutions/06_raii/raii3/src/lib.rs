// raii3: make this compile, then make the tests pass.
// `save` closes the file early with `drop(file)`, then (as far as the compiler
// can tell) writes to it and drops it again:
// in C a use-after-free and a double free, in Go a run-time "file already closed".
// `drop(file)` moves `file`, so rustc refuses both. Return right after the early `drop`.
//
// Concept: `drop(x)` moves `x`: using it afterwards (or dropping it twice) is a compile error.

use std::cell::RefCell;

// A log of what happened, in order. You do not need to change it.
// Each test runs on its own thread, so each test has its own log.
thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Writes one event to the log.
pub fn log(event: String) {
    LOG.with(|log| log.borrow_mut().push(event));
}

/// Everything logged so far on this thread; the log is empty afterwards.
pub fn take_log() -> Vec<String> {
    LOG.with(|log| log.take())
}

/// A file being written: logged when it is created, written and closed.
pub struct File {
    path: String,
}

impl File {
    pub fn create(path: &str) -> File {
        log(format!("create {path}"));
        File {
            path: path.to_string(),
        }
    }

    pub fn write(&mut self, line: &str) {
        log(format!("write {line} to {}", self.path));
    }
}

impl Drop for File {
    fn drop(&mut self) {
        log(format!("close {}", self.path));
    }
}

/// Writes the lines to `path` and returns how many lines were written.
pub fn save(path: &str, lines: &[&str]) -> usize {
    let mut file = File::create(path);
    if lines.is_empty() {
        // Nothing to write: close the file right away.
        drop(file);
        return 0;
    }
    for line in lines {
        file.write(line);
    }
    drop(file);
    lines.len()
}

#[cfg(test)]
#[path = "../../../../exercises/06_raii/raii3/src/tests.rs"]
mod tests;
