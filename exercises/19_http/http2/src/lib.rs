// http2: make the tests pass.
// The handler from http1, served with nothing but `std::net`. Every request
// times out: the server never answers. Make it answer while the client keeps
// its connection open to read the answer.
//
// Concept: TCP is a byte stream with no message boundaries; read up to a delimiter, not to EOF.

use serde::Serialize;
use std::io::{self, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::thread::{self, JoinHandle};

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
    pub content_type: &'static str,
    pub body: String,
}

impl Response {
    pub fn json<T: Serialize>(status: u16, value: &T) -> Response {
        Response {
            status,
            content_type: "application/json",
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
            404 => "Not Found",
            _ => "Internal Server Error",
        };
        format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
            self.status,
            reason,
            self.content_type,
            self.body.len(), // in bytes, as HTTP wants
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

/// The handler of http1: `GET /users/{id}`.
pub fn get_user(path: &str) -> Response {
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

/// The path of a request line such as "GET /users/1 HTTP/1.1".
pub fn request_path(request_line: &str) -> Option<&str> {
    let mut words = request_line.split_whitespace();
    match (words.next(), words.next()) {
        (Some("GET"), Some(path)) => Some(path),
        _ => None,
    }
}

/// Reads one request, answers it, and closes the connection.
pub fn handle_connection(stream: TcpStream) -> io::Result<()> {
    let mut reader = BufReader::new(&stream);

    // Read the request.
    let mut request = String::new();
    reader.read_to_string(&mut request)?;
    let request_line = request.lines().next().unwrap_or("");

    let response = match request_path(request_line) {
        Some(path) => get_user(path),
        None => Response::error(400, "bad request"),
    };
    (&stream).write_all(response.to_http().as_bytes())?;
    Ok(())
    // `stream` is dropped here, which closes the connection (Go: `defer conn.Close()`).
}

/// Serves `max_connections` connections one after the other, then returns.
pub fn serve(listener: TcpListener, max_connections: usize) -> io::Result<()> {
    for stream in listener.incoming().take(max_connections) {
        handle_connection(stream?)?;
    }
    Ok(())
}

/// Binds a free port on 127.0.0.1 and serves in a background thread.
pub fn spawn_server(
    max_connections: usize,
) -> io::Result<(SocketAddr, JoinHandle<io::Result<()>>)> {
    // Port 0 asks the OS for any free port, so tests never collide.
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    let handle = thread::spawn(move || serve(listener, max_connections));
    Ok((addr, handle))
}

#[cfg(test)]
mod tests;
