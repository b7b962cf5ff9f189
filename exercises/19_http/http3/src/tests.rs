// Tests for http3. The grader checks that this file is unchanged.
use super::*;
use serde_json::{Value, json};
use std::time::Duration;
use tokio::io::AsyncReadExt;
use tokio::time::{sleep, timeout};

const REQUEST_END: &str = "Host: localhost\r\nAccept: */*\r\n\r\n";

/// Reads the whole response, or panics after 1 second: a server bug must
/// fail the test, not hang it.
async fn read_response(stream: &mut TcpStream, who: &str) -> (String, Value) {
    let mut raw = String::new();
    timeout(Duration::from_secs(1), stream.read_to_string(&mut raw))
        .await
        .unwrap_or_else(|_| panic!("{who} got no response within 1 second"))
        .unwrap();
    assert!(
        !raw.is_empty(),
        "{who}: the server closed the connection without a response"
    );
    let (head, body) = raw.split_once("\r\n\r\n").expect("headers, then a body");
    let status = head.lines().next().unwrap().to_string();
    (status, serde_json::from_str(body).expect("a JSON body"))
}

/// A client that sends only the first line of its request, then waits.
async fn slow_client(addr: SocketAddr, path: &str) -> TcpStream {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let line = format!("GET {path} HTTP/1.1\r\n");
    stream.write_all(line.as_bytes()).await.unwrap();
    stream
}

/// The slow client sends the rest of its request and reads the response.
async fn finish(mut stream: TcpStream, who: &str) -> (String, Value) {
    stream.write_all(REQUEST_END.as_bytes()).await.unwrap();
    read_response(&mut stream, who).await
}

async fn get(addr: SocketAddr, path: &str) -> (String, Value) {
    finish(slow_client(addr, path).await, path).await
}

#[test]
fn respond_is_the_handler_of_http1() {
    assert_eq!(respond("GET /users/1 HTTP/1.1").status, 200);
    assert_eq!(respond("GET /users/abc HTTP/1.1").status, 400);
    assert_eq!(respond("GET /users/7 HTTP/1.1").status, 404);
    assert_eq!(respond("GET /other HTTP/1.1").status, 404);
    assert_eq!(respond("POST /users/1 HTTP/1.1").status, 400);
    assert_eq!(respond("").status, 400);
}

#[tokio::test]
async fn get_users_over_tcp() {
    let addr = start_server().await.unwrap();
    let (status, user) = get(addr, "/users/1").await;
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert_eq!(
        user,
        json!({"id": 1, "name": "John Doe", "email": "john@example.com"})
    );
    let (status, error) = get(addr, "/users/abc").await;
    assert_eq!(status, "HTTP/1.1 400 Bad Request");
    assert_eq!(error, json!({"error": "invalid user id"}));
    let (status, _) = get(addr, "/users/7").await;
    assert_eq!(status, "HTTP/1.1 404 Not Found");
}

#[tokio::test]
async fn the_server_answers_after_the_blank_line_that_ends_the_headers() {
    let addr = start_server().await.unwrap();
    let mut stream = slow_client(addr, "/users/42").await;
    stream.write_all(b"Host: localhost\r\n").await.unwrap();
    let mut byte = [0u8; 1];
    let early = timeout(Duration::from_millis(100), stream.read(&mut byte)).await;
    assert!(
        early.is_err(),
        "the server answered before the request ended"
    );
    stream.write_all(b"\r\n").await.unwrap();
    let (status, user) = read_response(&mut stream, "the client").await;
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert_eq!(user["id"], 42);
}

#[tokio::test]
async fn a_slow_client_does_not_hold_up_a_fast_one() {
    let addr = start_server().await.unwrap();
    let slow = slow_client(addr, "/users/1").await;
    sleep(Duration::from_millis(50)).await; // the server has accepted it by now
    let (status, user) = get(addr, "/users/42").await;
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert_eq!(user["name"], "Ferris");
    // The slow client finally sends the rest, and is answered too.
    let (status, user) = finish(slow, "the slow client").await;
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert_eq!(user["name"], "John Doe");
}

#[tokio::test]
async fn many_slow_clients_at_once() {
    let addr = start_server().await.unwrap();
    let mut slow = Vec::new();
    for _ in 0..20 {
        slow.push(slow_client(addr, "/users/42").await);
    }
    sleep(Duration::from_millis(50)).await;
    let (status, _) = get(addr, "/users/1").await;
    assert_eq!(status, "HTTP/1.1 200 OK");
    // They finish in the opposite order from the one they connected in.
    while let Some(stream) = slow.pop() {
        let (status, user) = finish(stream, "a slow client").await;
        assert_eq!(status, "HTTP/1.1 200 OK");
        assert_eq!(user["id"], 42);
    }
}
