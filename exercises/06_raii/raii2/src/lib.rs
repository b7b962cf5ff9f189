// raii2: make the tests pass. A `Lock` guard unlocks when it is dropped, so
// where its scope ends decides what it protects: `restock` must add while
// locked, and `place_order` must not keep the stock locked during the slow email.
//
// Concept: a value is dropped at the end of its block (or at `drop`), not of the function.

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

/// A guard: while it is alive, `name` is locked. Dropping it unlocks.
pub struct Lock {
    name: String,
}

impl Lock {
    pub fn acquire(name: &str) -> Lock {
        log(format!("lock {name}"));
        Lock {
            name: name.to_string(),
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        log(format!("unlock {}", self.name));
    }
}

/// Adds `count` copies of `item` to the stock, under the stock lock.
pub fn restock(item: &str, count: u32) {
    let _ = Lock::acquire("stock");
    log(format!("add {count} {item}"));
}

/// Takes `item` from the stock under the lock, then emails the customer.
/// The email is slow: do not keep the stock locked while sending it.
pub fn place_order(item: &str, customer: &str) {
    let guard = Lock::acquire("stock");
    log(format!("take {item}"));
    log(format!("email {customer}: your {item} is on its way"));
}

#[cfg(test)]
mod tests;
