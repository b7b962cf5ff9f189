// async7: make the tests pass.
// A chat server keeps one connection per client, and most clients are idle
// most of the time. `serve_all` must answer any client that sends a request,
// however many others stay silent, with 10_000 clients connected at once.
//
// Concept: a task is cheap enough for one per connection, like a goroutine; an OS thread is not.

use std::sync::Arc;
use tokio::sync::mpsc::{Receiver, Sender};

/// One connected client: its requests come in on `requests`, the answers go
/// out on `replies`. The client disconnects by closing `requests`.
pub struct Client {
    pub requests: Receiver<String>,
    pub replies: Sender<String>,
}

/// Serves every client in the background, answering each request with
/// `handler(request)`, until the client disconnects. Returns at once.
/// Call it from inside a tokio runtime.
pub fn serve_all<H>(clients: Vec<Client>, handler: H)
where
    H: Fn(&str) -> String + Send + Sync + 'static,
{
    let handler = Arc::new(handler);
    for client in clients {
        // One task per client: a few hundred bytes while it waits, not a thread.
        tokio::spawn(serve_one(client, Arc::clone(&handler)));
    }
}

/// Answers `client` until it disconnects (or stops reading replies).
async fn serve_one<H>(mut client: Client, handler: Arc<H>)
where
    H: Fn(&str) -> String,
{
    while let Some(request) = client.requests.recv().await {
        if client.replies.send(handler(&request)).await.is_err() {
            break;
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercises/14_async/async7/src/tests.rs"]
mod tests;
