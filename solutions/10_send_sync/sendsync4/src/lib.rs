// sendsync4: make this compile without changing the tests. A global page-hit
// counter, like a package-level map in Go, that any thread may update.
//
// Concept: a `static` is shared by every thread, so its type must be `Sync`.

use std::collections::BTreeMap;
use std::sync::Mutex;

// `Mutex::new` and `BTreeMap::new` are both `const fn`: no lazy setup needed.
static HITS: Mutex<BTreeMap<String, usize>> = Mutex::new(BTreeMap::new());

/// Records one visit of `page`.
pub fn record_hit(page: &str) {
    let mut hits = HITS.lock().unwrap();
    *hits.entry(page.to_string()).or_insert(0) += 1;
}

/// How many times `page` was visited.
pub fn hits(page: &str) -> usize {
    HITS.lock().unwrap().get(page).copied().unwrap_or(0)
}

#[cfg(test)]
#[path = "../../../../exercises/10_send_sync/sendsync4/src/tests.rs"]
mod tests;
