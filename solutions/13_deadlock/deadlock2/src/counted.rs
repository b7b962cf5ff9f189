//! Test scaffolding for deadlock2: you do not need to change this file.
//!
//! A `Mutex` that counts how often it is locked, so the tests can check that
//! `take` checks and updates the stock under ONE lock. Unlocking in between
//! would let two threads both see the last item in stock and both take it:
//! a race that shows up once in many runs, this count shows it every time.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

#[derive(Default)]
pub struct CountedMutex<T> {
    inner: Mutex<T>,
    locks: AtomicUsize,
}

impl<T> CountedMutex<T> {
    /// Locks the mutex, like `Mutex::lock(..).unwrap()`.
    pub fn lock(&self) -> MutexGuard<'_, T> {
        self.locks.fetch_add(1, Ordering::SeqCst);
        self.inner.lock().unwrap()
    }

    /// How many times `lock` was called so far.
    #[cfg(test)]
    pub fn times_locked(&self) -> usize {
        self.locks.load(Ordering::SeqCst)
    }
}
