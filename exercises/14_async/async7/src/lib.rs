// async7: make the tests pass.
// A chat server keeps one connection per client, and most clients are idle
// most of the time. `serve_all` must answer any client that sends a request,
// however many others stay silent, with 10_000 clients connected at once.
//
// Concept: a task is cheap enough for one per connection, like a goroutine; an OS thread is not.

use std::sync::{Arc, Mutex};
use std::thread;
use tokio::sync::mpsc::{Receiver, Sender};

/// One connected client: its requests come in on `requests`, the answers go
/// out on `replies`. The client disconnects by closing `requests`.
pub struct Client {
    pub requests: Receiver<String>,
    pub replies: Sender<String>,
}

/// An OS thread reserves a stack of megabytes and costs a kernel context
/// switch: 10_000 of them would be too many, so a small pool serves the clients.
const WORKERS: usize = 8;

/// Serves every client in the background, answering each request with
/// `handler(request)`, until the client disconnects. Returns at once.
/// Call it from inside a tokio runtime.
pub fn serve_all<H>(clients: Vec<Client>, handler: H)
where
    H: Fn(&str) -> String + Send + Sync + 'static,
{
    let handler = Arc::new(handler);
    let queue = Arc::new(Mutex::new(clients));
    for _ in 0..WORKERS {
        let queue = Arc::clone(&queue);
        let handler = Arc::clone(&handler);
        thread::spawn(move || {
            loop {
                let Some(client) = queue.lock().unwrap().pop() else {
                    break;
                };
                serve_one(client, &*handler);
            }
        });
    }
}

/// Answers `client` until it disconnects (or stops reading replies).
fn serve_one(mut client: Client, handler: &dyn Fn(&str) -> String) {
    while let Some(request) = client.requests.blocking_recv() {
        if client.replies.blocking_send(handler(&request)).is_err() {
            break;
        }
    }
}

#[cfg(test)]
mod tests;
