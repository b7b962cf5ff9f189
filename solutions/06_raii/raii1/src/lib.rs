// raii1: make the tests pass. Every connection must be closed, exactly once,
// whenever it goes out of scope: at the end of a block, and on `backup`'s early
// `return` too, which today leaks it.
//
// Concept: `Drop` ties cleanup to scope (RAII), so it cannot be forgotten.

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

/// A connection to a server, logged when it opens, sends and closes.
pub struct Connection {
    server: String,
}

impl Connection {
    pub fn open(server: &str) -> Connection {
        log(format!("open {server}"));
        Connection {
            server: server.to_string(),
        }
    }

    pub fn send(&self, data: &str) {
        log(format!("send {data} to {}", self.server));
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        log(format!("close {}", self.server));
    }
}

/// Sends the items to the "backup" server, in order, and returns how many were sent.
/// Stops at the first empty item: it is not worth sending the rest.
pub fn backup(items: &[&str]) -> usize {
    let conn = Connection::open("backup");
    for (sent, item) in items.iter().enumerate() {
        if item.is_empty() {
            return sent;
        }
        conn.send(item);
    }
    items.len()
}

#[cfg(test)]
#[path = "../../../../exercises/06_raii/raii1/src/tests.rs"]
mod tests;
