// Tests for http2. The grader checks that this file is unchanged.
use super::*;
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::time::{Duration, Instant};

/// Sends `GET path` the way a browser or curl would (keeping its side of the
/// connection open) and reads the whole response.
fn get(addr: SocketAddr, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).expect("connect to the server");
    // Never wait forever: a server bug must fail the test, not hang it.
    stream
        .set_read_timeout(Some(Duration::from_secs(1)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nUser-Agent: http2-test\r\nAccept: */*\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .expect("no complete response within 1 second: is the server still reading the request?");
    response
}

/// Splits a raw response into (status line, headers, body).
fn parse(raw: &str) -> (String, Vec<(String, String)>, String) {
    let (head, body) = raw
        .split_once("\r\n\r\n")
        .expect("a blank line ends the headers");
    let mut lines = head.split("\r\n");
    let status = lines.next().unwrap().to_string();
    let headers = lines
        .map(|line| {
            let (name, value) = line.split_once(": ").expect("a `Name: value` header");
            (name.to_string(), value.to_string())
        })
        .collect();
    (status, headers, body.to_string())
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> &'a str {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("missing header {name}"))
}

/// Waits (briefly) for the server thread to stop by itself.
fn wait_for_stop(handle: JoinHandle<io::Result<()>>) {
    let deadline = Instant::now() + Duration::from_secs(2);
    while !handle.is_finished() {
        assert!(Instant::now() < deadline, "the server did not stop");
        thread::sleep(Duration::from_millis(5));
    }
    handle
        .join()
        .unwrap()
        .expect("the server ran without I/O errors");
}

#[test]
fn request_path_reads_the_request_line() {
    assert_eq!(request_path("GET /users/1 HTTP/1.1"), Some("/users/1"));
    assert_eq!(request_path("POST /users/1 HTTP/1.1"), None);
    assert_eq!(request_path(""), None);
}

#[test]
fn get_user_over_tcp() {
    let (addr, handle) = spawn_server(1).unwrap();
    let (status, headers, body) = parse(&get(addr, "/users/1"));
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert_eq!(header(&headers, "Content-Type"), "application/json");
    assert_eq!(header(&headers, "Content-Length"), body.len().to_string());
    let user: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        user,
        json!({"id": 1, "name": "John Doe", "email": "john@example.com"})
    );
    wait_for_stop(handle);
}

#[test]
fn bad_id_over_tcp_is_400() {
    let (addr, handle) = spawn_server(1).unwrap();
    let (status, _, body) = parse(&get(addr, "/users/abc"));
    assert_eq!(status, "HTTP/1.1 400 Bad Request");
    assert_eq!(body, r#"{"error":"invalid user id"}"#);
    wait_for_stop(handle);
}

#[test]
fn serves_several_connections_then_stops() {
    let (addr, handle) = spawn_server(3).unwrap();
    let (first, _, body) = parse(&get(addr, "/users/42"));
    assert_eq!(first, "HTTP/1.1 200 OK");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["name"],
        "Ferris"
    );
    let (second, _, _) = parse(&get(addr, "/users/7"));
    assert_eq!(second, "HTTP/1.1 404 Not Found");
    let (third, _, _) = parse(&get(addr, "/nothing/here"));
    assert_eq!(third, "HTTP/1.1 404 Not Found");
    wait_for_stop(handle);
}

#[test]
fn the_server_answers_only_after_the_blank_line() {
    // The request arrives in two parts. The headers are not over until the
    // blank line, so the server must not answer after the first part.
    let (addr, handle) = spawn_server(1).unwrap();
    let mut stream = TcpStream::connect(addr).expect("connect to the server");
    write!(stream, "GET /users/42 HTTP/1.1\r\nHost: localhost\r\n").unwrap();
    stream
        .set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    let mut early = [0_u8; 64];
    match stream.read(&mut early) {
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
            ) => {}
        other => panic!("the server answered before the headers ended: {other:?}"),
    }
    write!(stream, "Accept: */*\r\n\r\n").unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(1)))
        .unwrap();
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .expect("a complete response after the blank line");
    let (status, _, body) = parse(&response);
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap(),
        json!({"id": 42, "name": "Ferris", "email": "ferris@example.com"})
    );
    wait_for_stop(handle);
}
