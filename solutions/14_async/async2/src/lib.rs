// async2: make the tests pass.
// `load_dashboard` makes three independent calls, but each `.await` waits for
// its call to finish before the next one even starts: 100 + 80 + 50 ms. Run
// the three futures concurrently with `tokio::join!`, so it takes only 100 ms.
//
// Concept: futures are lazy and `.await` runs them one at a time; `join!` runs them concurrently.

use std::time::Duration;
use tokio::time::sleep;

#[derive(Debug, PartialEq)]
pub struct Dashboard {
    pub name: String,
    pub orders: Vec<u32>,
    pub unread: u32,
}

// Three pretend network calls: each takes a while to answer.

pub async fn fetch_name(user: u32) -> String {
    sleep(Duration::from_millis(100)).await;
    format!("user{user}")
}

pub async fn fetch_orders(user: u32) -> Vec<u32> {
    sleep(Duration::from_millis(80)).await;
    vec![user * 10, user * 10 + 1]
}

pub async fn fetch_unread(user: u32) -> u32 {
    sleep(Duration::from_millis(50)).await;
    user % 7
}

/// Everything the dashboard of `user` shows.
pub async fn load_dashboard(user: u32) -> Dashboard {
    // join! polls the three futures in turn on this one task, so their
    // sleeps overlap; it returns when all three are done.
    let (name, orders, unread) =
        tokio::join!(fetch_name(user), fetch_orders(user), fetch_unread(user));
    Dashboard {
        name,
        orders,
        unread,
    }
}

#[cfg(test)]
#[path = "../../../../exercises/14_async/async2/src/tests.rs"]
mod tests;
