// deadlock1: the tests hang; make them finish.
// Two threads transfer at once, 0 -> 1 and 1 -> 0. Each locks its `from`
// account, then its `to` account: each holds one lock and waits forever for
// the other's. Make any set of transfers finish, still holding both accounts
// during a transfer and taking every lock through `Bank::lock`.
//
// Concept: Rust's type system prevents data races, not deadlocks: lock order is up to you.

mod worst_timing;

use std::sync::{Mutex, MutexGuard};
use worst_timing::WorstTiming;

pub struct Bank {
    accounts: Vec<Mutex<i64>>,
    worst_timing: WorstTiming,
}

impl Bank {
    /// A bank whose accounts (ids 0, 1, ...) start with `balances`.
    /// `threads` is how many threads will use it at the same time.
    pub fn new(balances: &[i64], threads: usize) -> Bank {
        Bank {
            accounts: balances.iter().map(|&b| Mutex::new(b)).collect(),
            worst_timing: WorstTiming::new(threads),
        }
    }

    /// Locks account `id`: `self.accounts[id].lock().unwrap()`, with the
    /// worst possible timing so that a deadlock happens on every run
    /// (see worst_timing.rs).
    fn lock(&self, id: usize) -> MutexGuard<'_, i64> {
        self.worst_timing.lock(&self.accounts[id])
    }

    pub fn balance(&self, id: usize) -> i64 {
        *self.lock(id)
    }

    /// Moves `amount` from account `from` to account `to` (two different
    /// accounts). Both balances change together: no other thread ever sees
    /// the money gone from one account and not yet in the other.
    pub fn transfer(&self, from: usize, to: usize, amount: i64) {
        // Every thread locks the lower id first, so no two threads can each
        // hold a lock the other one waits for.
        let (mut from_balance, mut to_balance) = if from < to {
            let from_balance = self.lock(from);
            (from_balance, self.lock(to))
        } else {
            let to_balance = self.lock(to);
            (self.lock(from), to_balance)
        };
        *from_balance -= amount;
        *to_balance += amount;
    }
}

#[cfg(test)]
#[path = "../../../../exercises/13_deadlock/deadlock1/src/tests.rs"]
mod tests;
