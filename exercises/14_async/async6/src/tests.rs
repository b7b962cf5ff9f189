// Tests for async6. The grader checks that this file is unchanged.
use super::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Instant;

// `#[tokio::test]` runs every task of the test on ONE thread: the test's own.

/// The threads on which the driver looked `key` up.
fn driver_threads(key: &str) -> Vec<ThreadId> {
    let log = DRIVER_LOG.lock().unwrap();
    log.iter()
        .filter(|(k, _)| k == key)
        .map(|(_, thread)| *thread)
        .collect()
}

#[test]
fn the_driver_blocks() {
    let start = Instant::now();
    assert_eq!(blocking_lookup("plain"), "value of plain");
    assert!(start.elapsed() >= LOOKUP_TIME);
    assert_eq!(driver_threads("plain"), vec![thread::current().id()]);
}

#[tokio::test]
async fn lookups_answer_in_order() {
    assert_eq!(lookup("one".to_string()).await, "value of one");
    assert_eq!(
        lookup_all(&["red", "green", "blue"]).await,
        vec!["value of red", "value of green", "value of blue"]
    );
    assert_eq!(lookup_all(&[]).await, Vec::<String>::new());
}

#[tokio::test]
async fn four_lookups_take_about_as_long_as_one() {
    let start = Instant::now();
    let answers = lookup_all(&["k1", "k2", "k3", "k4"]).await;
    let took = start.elapsed();
    assert_eq!(answers.len(), 4);
    // One after the other they would take 4 x 100 ms.
    assert!(took >= LOOKUP_TIME, "took {took:?}");
    assert!(
        took < LOOKUP_TIME * 5 / 2,
        "took {took:?}: the lookups ran one after the other"
    );
}

#[tokio::test]
async fn the_driver_runs_off_the_runtime_thread() {
    let answer = lookup("elsewhere".to_string()).await;
    assert_eq!(answer, "value of elsewhere");
    let threads = driver_threads("elsewhere");
    // The driver really was called, once, and not on this test's thread,
    // which is the one thread that runs every task here.
    assert_eq!(threads.len(), 1);
    assert_ne!(threads[0], thread::current().id());
}

#[tokio::test]
async fn other_tasks_keep_running_during_lookups() {
    let ticks = Arc::new(AtomicU32::new(0));
    let ticker = tokio::spawn({
        let ticks = Arc::clone(&ticks);
        async move {
            loop {
                tokio::time::sleep(Duration::from_millis(2)).await;
                ticks.fetch_add(1, Ordering::SeqCst);
            }
        }
    });
    tokio::task::yield_now().await; // let the ticker start
    let answers = lookup_all(&["t1", "t2"]).await;
    ticker.abort();
    assert_eq!(answers, vec!["value of t1", "value of t2"]);
    // 100 ms of lookups: a runtime thread left free ticks dozens of times.
    let ticks = ticks.load(Ordering::SeqCst);
    assert!(
        ticks >= 5,
        "the ticker task ran only {ticks} times while the lookups waited"
    );
}
