// sendsync4: make this compile without changing the tests. A global page-hit
// counter, like a package-level map in Go, that any thread may update.
//
// Concept: a `static` is shared by every thread, so its type must be `Sync`.

use std::cell::RefCell;
use std::collections::BTreeMap;

// `BTreeMap::new()` is a `const fn`, so it can initialise a static directly.
static HITS: RefCell<BTreeMap<String, usize>> = RefCell::new(BTreeMap::new());

/// Records one visit of `page`.
pub fn record_hit(page: &str) {
    let mut hits = HITS.borrow_mut();
    *hits.entry(page.to_string()).or_insert(0) += 1;
}

/// How many times `page` was visited.
pub fn hits(page: &str) -> usize {
    HITS.borrow().get(page).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests;
