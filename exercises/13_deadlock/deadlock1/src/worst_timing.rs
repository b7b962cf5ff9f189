//! Test scaffolding for deadlock1: you do not need to change this file.
//!
//! A lock-order bug deadlocks only when two threads interleave badly, which
//! may happen once in a million runs: the worst kind of bug. To make it happen
//! on every run, `WorstTiming::lock` makes a thread that asks for a second lock
//! first wait until every thread of the test holds a lock or is waiting for
//! one. Correct code is not slowed down. It also counts the locks it takes,
//! so the tests can check that every lock goes through it.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::thread::{self, ThreadId};
use std::time::Duration;

pub struct WorstTiming {
    /// How many threads the test runs at the same time.
    threads: usize,
    /// The threads that have asked for a lock: each holds one or waits for one.
    arrived: Mutex<HashSet<ThreadId>>,
    changed: Condvar,
    /// How many locks `lock` has taken.
    taken: AtomicUsize,
}

impl WorstTiming {
    pub fn new(threads: usize) -> WorstTiming {
        WorstTiming {
            threads,
            arrived: Mutex::new(HashSet::new()),
            changed: Condvar::new(),
            taken: AtomicUsize::new(0),
        }
    }

    /// How many locks `lock` has taken so far.
    #[cfg(test)]
    pub fn locks_taken(&self) -> usize {
        self.taken.load(Ordering::SeqCst)
    }

    /// Locks `mutex`, like `mutex.lock().unwrap()`.
    pub fn lock<'a, T>(&self, mutex: &'a Mutex<T>) -> MutexGuard<'a, T> {
        self.taken.fetch_add(1, Ordering::SeqCst);
        let me = thread::current().id();
        let first = !self.arrived.lock().unwrap().contains(&me);
        if !first {
            self.wait_for_all_threads();
        }
        // `try_lock` either takes the lock or tells us that another thread
        // holds it: either way, this thread has arrived.
        let attempt = mutex.try_lock();
        if first {
            self.arrived.lock().unwrap().insert(me);
            self.changed.notify_all();
        }
        match attempt {
            Ok(guard) => guard,
            Err(_) => mutex.lock().unwrap(),
        }
    }

    fn wait_for_all_threads(&self) {
        let arrived = self.arrived.lock().unwrap();
        // The time limit only matters for unusual code whose threads block on
        // something else first; a lock-order bug deadlocks long before it.
        let _ = self
            .changed
            .wait_timeout_while(arrived, Duration::from_secs(1), |arrived| {
                arrived.len() < self.threads
            })
            .unwrap();
    }
}
