// Tests for async7. The grader checks that this file is unchanged.
use super::*;
use std::collections::HashSet;
use std::sync::Mutex;
use std::thread::{self, ThreadId};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::timeout;

// `#[tokio::test]` runs the test and every task it spawns on ONE thread: the test's own.

/// The test's side of one connection: send requests, read replies.
struct Remote {
    requests: Sender<String>,
    replies: Receiver<String>,
}

fn connect(count: usize) -> (Vec<Client>, Vec<Remote>) {
    (0..count)
        .map(|_| {
            let (request_tx, request_rx) = mpsc::channel(1);
            let (reply_tx, reply_rx) = mpsc::channel(1);
            let client = Client {
                requests: request_rx,
                replies: reply_tx,
            };
            let remote = Remote {
                requests: request_tx,
                replies: reply_rx,
            };
            (client, remote)
        })
        .unzip()
}

/// Sends `request` and waits (at most 1 second) for the reply.
async fn ask(remote: &mut Remote, request: &str) -> Option<String> {
    remote.requests.send(request.to_string()).await.unwrap();
    timeout(Duration::from_secs(1), remote.replies.recv())
        .await
        .ok()
        .flatten()
}

#[tokio::test]
async fn one_client() {
    let (clients, mut remotes) = connect(1);
    serve_all(clients, |request: &str| request.to_uppercase());
    assert_eq!(
        ask(&mut remotes[0], "hello").await.as_deref(),
        Some("HELLO")
    );
    assert_eq!(
        ask(&mut remotes[0], "again").await.as_deref(),
        Some("AGAIN")
    );
}

#[tokio::test]
async fn anyone_is_answered_while_thousands_stay_idle() {
    let (clients, mut remotes) = connect(1_000);
    serve_all(clients, |request: &str| format!("re: {request}"));
    // Only these three clients speak; the 997 others stay connected and silent.
    for id in [0, 499, 999, 0] {
        let reply = ask(&mut remotes[id], &format!("from {id}")).await;
        assert_eq!(
            reply,
            Some(format!("re: from {id}")),
            "client {id} got no reply within 1 second while the others were idle"
        );
    }
}

#[tokio::test]
async fn ten_thousand_clients_are_served_by_one_thread() {
    static THREADS: Mutex<Option<HashSet<ThreadId>>> = Mutex::new(None);
    let (clients, mut remotes) = connect(10_000);
    serve_all(clients, |request: &str| {
        let mut threads = THREADS.lock().unwrap();
        threads
            .get_or_insert_with(HashSet::new)
            .insert(thread::current().id());
        request.len().to_string()
    });
    for (id, remote) in remotes.iter_mut().enumerate() {
        remote.requests.send("x".repeat(id % 7)).await.unwrap();
    }
    for (id, remote) in remotes.iter_mut().enumerate() {
        let reply = timeout(Duration::from_secs(1), remote.replies.recv()).await;
        assert_eq!(
            reply.ok().flatten(),
            Some((id % 7).to_string()),
            "client {id} got no reply"
        );
    }
    // Every client still has its own waiting task: nobody has disconnected.
    let alive = tokio::runtime::Handle::current()
        .metrics()
        .num_alive_tasks();
    assert!(
        alive >= 10_000,
        "only {alive} tasks are waiting for clients"
    );
    // And all of them ran on this test's thread: no OS thread per client.
    let threads = THREADS.lock().unwrap().clone().unwrap();
    assert_eq!(threads, HashSet::from([thread::current().id()]));
}

#[tokio::test]
async fn a_client_that_disconnects_is_let_go() {
    let (clients, mut remotes) = connect(3);
    serve_all(clients, |request: &str| request.chars().rev().collect());
    assert_eq!(ask(&mut remotes[1], "abc").await.as_deref(), Some("cba"));
    for remote in remotes {
        let Remote {
            requests,
            mut replies,
        } = remote;
        drop(requests); // disconnect
        // Its server drops the `replies` sender, which closes the channel.
        let end = timeout(Duration::from_secs(1), replies.recv()).await;
        assert_eq!(end, Ok(None), "the server kept a disconnected client");
    }
}
