// deadlock2: the tests hang; make them finish.
// `take` locks the stock, then calls `self.count`, which locks it again. A
// `Mutex` is not re-entrant: the second `lock()` waits for the first guard to
// be dropped, and that never happens. Use the guard you already hold.
//
// Concept: locking a `Mutex` you already hold in the same thread never returns.

mod counted;

use counted::CountedMutex;
use std::collections::HashMap;

#[derive(Default)]
pub struct Inventory {
    /// A `Mutex` that counts its locks (see counted.rs); `lock()` unwraps for you.
    stock: CountedMutex<HashMap<String, u32>>,
}

impl Inventory {
    pub fn new() -> Inventory {
        Inventory::default()
    }

    /// How many of `item` are in stock.
    pub fn count(&self, item: &str) -> u32 {
        let stock = self.stock.lock();
        stock.get(item).copied().unwrap_or(0)
    }

    pub fn add(&self, item: &str, n: u32) {
        let mut stock = self.stock.lock();
        *stock.entry(item.to_string()).or_insert(0) += n;
    }

    /// Takes `n` of `item` out of stock if there are enough; returns whether
    /// it did. The check and the update happen under one lock, so two threads
    /// can never both take the last one.
    pub fn take(&self, item: &str, n: u32) -> bool {
        let mut stock = self.stock.lock();
        if self.count(item) < n {
            return false;
        }
        *stock.get_mut(item).unwrap() -= n;
        true
    }
}

#[cfg(test)]
mod tests;
