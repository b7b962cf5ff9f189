// deadlock3: the tests hang; make them finish.
// `get` looks a value up in a cache shared by threads, and on a miss computes
// it and stores it. Every miss hangs. Make every test finish, with one cache
// still shared by all threads.
//
// Concept: a `MutexGuard` unlocks when it is dropped, and you must know when that is.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Remembers the results of a slow function.
#[derive(Default)]
pub struct Memo {
    cache: Mutex<HashMap<u64, u64>>,
    /// How many times the slow function really ran.
    computed: AtomicUsize,
}

impl Memo {
    pub fn new() -> Memo {
        Memo::default()
    }

    /// The number of 1 bits in `n`, computed once per `n`.
    pub fn get(&self, n: u64) -> u64 {
        match self.cache.lock().unwrap().get(&n) {
            Some(&bits) => bits,
            None => {
                let bits = self.slow_count_ones(n);
                self.cache.lock().unwrap().insert(n, bits);
                bits
            }
        }
    }

    /// How many times the slow function ran.
    pub fn computed(&self) -> usize {
        self.computed.load(Ordering::SeqCst)
    }

    fn slow_count_ones(&self, mut n: u64) -> u64 {
        self.computed.fetch_add(1, Ordering::SeqCst);
        let mut bits = 0;
        while n > 0 {
            bits += n & 1;
            n >>= 1;
        }
        bits
    }
}

#[cfg(test)]
mod tests;
