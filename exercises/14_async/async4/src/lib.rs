// async4: make it compile.
// `record_visit` holds a `std::sync::MutexGuard` across an `.await`. A task may
// resume on another thread after an `.await`, and a std guard is not `Send`, so
// `tokio::spawn` refuses the future. Drop the guard before you `.await`.
//
// Concept: never hold a `std::sync::MutexGuard` across `.await`; spawned futures must be `Send`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Visits per page, shared by every task.
pub type Stats = Arc<Mutex<HashMap<String, u32>>>;

pub fn new_stats() -> Stats {
    Arc::new(Mutex::new(HashMap::new()))
}

/// How many visits `page` has had.
pub fn visits(stats: &Stats, page: &str) -> u32 {
    stats.lock().unwrap().get(page).copied().unwrap_or(0)
}

/// The access log: one line per visit (a stand-in for a file).
static ACCESS_LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// How many lines of the access log are about `page`.
pub fn logged(page: &str) -> usize {
    let line = format!("GET /{page}");
    ACCESS_LOG
        .lock()
        .unwrap()
        .iter()
        .filter(|l| **l == line)
        .count()
}

/// Appends a line to the access log (pretend this is slow I/O).
async fn write_access_log(page: &str) {
    tokio::task::yield_now().await; // let other tasks run while we "write"
    ACCESS_LOG.lock().unwrap().push(format!("GET /{page}"));
}

/// Counts one visit of `page`, then writes it to the access log.
pub async fn record_visit(stats: Stats, page: String) {
    let mut map = stats.lock().unwrap();
    *map.entry(page.clone()).or_insert(0) += 1;
    write_access_log(&page).await;
}

#[cfg(test)]
mod tests;
