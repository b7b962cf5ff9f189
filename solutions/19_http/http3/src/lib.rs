// http3: make the tests pass.
// The server of http2, now async, on tokio's `TcpListener`: the article's
// actix-web server is built the same way. A client that is slow to send its
// request must not hold up anyone else: every other client is answered at once.
//
// Concept: `.await` finishes one thing before the next line runs; a server needs a task per connection, as Go's `net/http` starts a goroutine per connection.

use serde::Serialize;
use std::io;
use std::net::SocketAddr;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[derive(Serialize)]
pub struct User {
    pub id: u32,
    pub name: String,
    pub email: String,
}

#[derive(Serialize)]
pub struct ApiError {
    pub error: String,
}

#[derive(Debug, PartialEq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

impl Response {
    pub fn json<T: Serialize>(status: u16, value: &T) -> Response {
        Response {
            status,
            body: serde_json::to_string(value).expect("serializable value"),
        }
    }

    pub fn error(status: u16, message: &str) -> Response {
        Response::json(
            status,
            &ApiError {
                error: message.to_string(),
            },
        )
    }

    /// The response as HTTP/1.1 puts it on the wire.
    pub fn to_http(&self) -> String {
        let reason = match self.status {
            200 => "OK",
            400 => "Bad Request",
            _ => "Not Found",
        };
        format!(
            "HTTP/1.1 {} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
            self.status,
            self.body.len(),
            self.body
        )
    }
}

pub fn find_user(id: u32) -> Option<User> {
    let (name, email) = match id {
        1 => ("John Doe", "john@example.com"),
        42 => ("Ferris", "ferris@example.com"),
        _ => return None,
    };
    Some(User {
        id,
        name: name.to_string(),
        email: email.to_string(),
    })
}

/// The handler of http1, for a request line such as "GET /users/1 HTTP/1.1".
pub fn respond(request_line: &str) -> Response {
    let mut words = request_line.split_whitespace();
    let (Some("GET"), Some(path)) = (words.next(), words.next()) else {
        return Response::error(400, "bad request");
    };
    let Some(id_text) = path.strip_prefix("/users/") else {
        return Response::error(404, "not found");
    };
    let Ok(id) = id_text.parse::<u32>() else {
        return Response::error(400, "invalid user id");
    };
    match find_user(id) {
        Some(user) => Response::json(200, &user),
        None => Response::error(404, "user not found"),
    }
}

/// Reads one request (the request line, then the headers up to the blank
/// line), answers it, and closes the connection.
pub async fn handle_connection(stream: TcpStream) -> io::Result<()> {
    let mut stream = BufReader::new(stream);
    let mut request_line = String::new();
    stream.read_line(&mut request_line).await?;
    loop {
        let mut header = String::new();
        if stream.read_line(&mut header).await? == 0 || header.trim().is_empty() {
            break;
        }
    }
    let response = respond(&request_line);
    stream.write_all(response.to_http().as_bytes()).await?;
    Ok(())
}

/// Accepts connections and serves them, for ever. A program runs it with
///
/// ```text
/// #[tokio::main]
/// async fn main() -> std::io::Result<()> {
///     serve(TcpListener::bind("127.0.0.1:8080").await?).await
/// }
/// ```
pub async fn serve(listener: TcpListener) -> io::Result<()> {
    loop {
        let (stream, _) = listener.accept().await?;
        // One task per connection: the loop goes straight back to `accept`.
        // A client that hangs up early is its own problem, not the server's.
        tokio::spawn(async move {
            let _ = handle_connection(stream).await;
        });
    }
}

/// Binds a free port on 127.0.0.1 and serves it in a background task.
/// Call it from inside a tokio runtime.
pub async fn start_server() -> io::Result<SocketAddr> {
    // Port 0 asks the OS for any free port, so tests never collide.
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(serve(listener));
    Ok(addr)
}

#[cfg(test)]
#[path = "../../../../exercises/19_http/http3/src/tests.rs"]
mod tests;
