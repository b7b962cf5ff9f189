// shared5: make the tests pass. A lock-free id generator: many threads call
// `next_id` at once and must each get a different id, starting at 1. The atomic
// counter is the right tool, and yet the ids are wrong.
//
// Concept: atomics (`AtomicUsize`) read, change and write a value in one indivisible step, without a lock.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Hands out ids 1, 2, 3, ... to any number of threads; never the same id twice.
pub struct IdGenerator {
    issued: AtomicUsize,
}

impl IdGenerator {
    /// `const`: atomics need no heap and no lazy setup, so this works in a `static`.
    pub const fn new() -> Self {
        Self {
            issued: AtomicUsize::new(0),
        }
    }

    /// Returns a fresh id. The first id is 1.
    pub fn next_id(&self) -> usize {
        // Relaxed is enough: we only need this one counter to be atomic,
        // not to order other memory around it.
        self.issued.fetch_add(1, Ordering::Relaxed)
    }

    /// How many ids have been handed out so far.
    pub fn issued(&self) -> usize {
        self.issued.load(Ordering::Relaxed)
    }
}

impl Default for IdGenerator {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests;
