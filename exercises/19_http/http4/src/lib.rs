// http4: make the tests pass.
// The async server of http3 now keeps users in memory: `POST /users/{name}`
// creates one, `GET /users/{id}` reads it. Every connection must see the same
// users: ids count up across connections, and a user created on one connection
// can be read on the next. Each server has its own users.
//
// Concept: a task owns what it captures, so a clone is a copy; tasks share mutable state the way threads do.

use serde::Serialize;
use std::io;
use std::net::SocketAddr;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[derive(Clone, Serialize)]
pub struct User {
    pub id: u32,
    pub name: String,
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
            201 => "Created",
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

/// The users of one server, in memory.
#[derive(Clone, Default)]
pub struct Db {
    users: Vec<User>,
}

impl Db {
    /// Adds a user called `name`; ids are 1, 2, 3... in order of creation.
    pub fn create(&mut self, name: &str) -> User {
        let user = User {
            id: self.users.len() as u32 + 1,
            name: name.to_string(),
        };
        self.users.push(user.clone());
        user
    }

    pub fn find(&self, id: u32) -> Option<&User> {
        self.users.iter().find(|user| user.id == id)
    }
}

/// Answers a request line such as "GET /users/1 HTTP/1.1" or
/// "POST /users/ann HTTP/1.1" (201 Created, with the new user).
pub fn respond(db: &mut Db, request_line: &str) -> Response {
    let mut words = request_line.split_whitespace();
    let (Some(method), Some(path)) = (words.next(), words.next()) else {
        return Response::error(400, "bad request");
    };
    let Some(arg) = path.strip_prefix("/users/") else {
        return Response::error(404, "not found");
    };
    match method {
        "POST" if !arg.is_empty() => Response::json(201, &db.create(arg)),
        "GET" => {
            let Ok(id) = arg.parse::<u32>() else {
                return Response::error(400, "invalid user id");
            };
            match db.find(id) {
                Some(user) => Response::json(200, user),
                None => Response::error(404, "user not found"),
            }
        }
        _ => Response::error(400, "bad request"),
    }
}

/// Reads one request (the request line, then the headers up to the blank
/// line), answers it, and closes the connection.
pub async fn handle_connection(stream: TcpStream, db: &mut Db) -> io::Result<()> {
    let mut stream = BufReader::new(stream);
    let mut request_line = String::new();
    stream.read_line(&mut request_line).await?;
    loop {
        let mut header = String::new();
        if stream.read_line(&mut header).await? == 0 || header.trim().is_empty() {
            break;
        }
    }
    let response = respond(db, &request_line);
    stream.write_all(response.to_http().as_bytes()).await?;
    Ok(())
}

/// Accepts connections and serves each one in its own task, for ever.
pub async fn serve(listener: TcpListener) -> io::Result<()> {
    let db = Db::default();
    loop {
        let (stream, _) = listener.accept().await?;
        let mut db = db.clone();
        tokio::spawn(async move {
            let _ = handle_connection(stream, &mut db).await;
        });
    }
}

/// Binds a free port on 127.0.0.1 and serves it in a background task.
/// Call it from inside a tokio runtime.
pub async fn start_server() -> io::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(serve(listener));
    Ok(addr)
}

#[cfg(test)]
mod tests;
