// Tests for http4. The grader checks that this file is unchanged.
use super::*;
use serde_json::{Value, json};
use std::collections::HashSet;
use std::time::Duration;
use tokio::io::AsyncReadExt;
use tokio::time::{sleep, timeout};

const REQUEST_END: &str = "Host: localhost\r\nAccept: */*\r\n\r\n";

/// Sends only the first line of a request, such as "POST /users/ann".
async fn start_request(addr: SocketAddr, request: &str) -> TcpStream {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let line = format!("{request} HTTP/1.1\r\n");
    stream.write_all(line.as_bytes()).await.unwrap();
    stream
}

/// Sends the rest of the request and reads the response, or panics after 1
/// second: a server bug must fail the test, not hang it.
async fn finish(mut stream: TcpStream, request: &str) -> (u16, Value) {
    stream.write_all(REQUEST_END.as_bytes()).await.unwrap();
    let mut raw = String::new();
    timeout(Duration::from_secs(1), stream.read_to_string(&mut raw))
        .await
        .unwrap_or_else(|_| panic!("{request}: no response within 1 second"))
        .unwrap();
    assert!(!raw.is_empty(), "{request}: closed without a response");
    let (head, body) = raw.split_once("\r\n\r\n").expect("headers, then a body");
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, serde_json::from_str(body).expect("a JSON body"))
}

/// One request on its own connection, for example `send(addr, "GET /users/1")`.
async fn send(addr: SocketAddr, request: &str) -> (u16, Value) {
    finish(start_request(addr, request).await, request).await
}

#[test]
fn respond_creates_and_finds_users() {
    let mut db = Db::default();
    let created = respond(&mut db, "POST /users/ann HTTP/1.1");
    assert_eq!(created.status, 201);
    assert_eq!(created.body, r#"{"id":1,"name":"ann"}"#);
    assert_eq!(respond(&mut db, "POST /users/bob HTTP/1.1").status, 201);
    let found = respond(&mut db, "GET /users/2 HTTP/1.1");
    assert_eq!(found.status, 200);
    assert_eq!(found.body, r#"{"id":2,"name":"bob"}"#);
    assert_eq!(db.find(1).map(|user| user.name.as_str()), Some("ann"));
    assert_eq!(respond(&mut db, "GET /users/3 HTTP/1.1").status, 404);
    assert_eq!(respond(&mut db, "GET /users/x HTTP/1.1").status, 400);
    assert_eq!(respond(&mut db, "POST /users/ HTTP/1.1").status, 400);
    assert_eq!(respond(&mut db, "DELETE /users/1 HTTP/1.1").status, 400);
    assert_eq!(respond(&mut db, "GET /other HTTP/1.1").status, 404);
    assert_eq!(respond(&mut db, "").status, 400);
}

#[test]
fn responses_on_the_wire() {
    let created = Response {
        status: 201,
        body: "{}".to_string(),
    };
    assert_eq!(
        created.to_http(),
        "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
    );
    let status_line = |status| {
        let response = Response::error(status, "x");
        response.to_http().lines().next().unwrap().to_string()
    };
    assert_eq!(status_line(200), "HTTP/1.1 200 OK");
    assert_eq!(status_line(400), "HTTP/1.1 400 Bad Request");
    assert_eq!(status_line(404), "HTTP/1.1 404 Not Found");
}

#[tokio::test]
async fn the_server_answers_after_the_blank_line_that_ends_the_headers() {
    let addr = start_server().await.unwrap();
    let mut stream = start_request(addr, "POST /users/ann").await;
    stream.write_all(b"Host: localhost\r\n").await.unwrap();
    let mut byte = [0u8; 1];
    let early = timeout(Duration::from_millis(100), stream.read(&mut byte)).await;
    assert!(
        early.is_err(),
        "the server answered before the request ended"
    );
    assert_eq!(finish(stream, "POST /users/ann").await.0, 201);
}

#[tokio::test]
async fn every_connection_sees_the_same_users() {
    let addr = start_server().await.unwrap();
    assert_eq!(
        send(addr, "POST /users/ann").await,
        (201, json!({"id": 1, "name": "ann"}))
    );
    assert_eq!(
        send(addr, "POST /users/bob").await,
        (201, json!({"id": 2, "name": "bob"}))
    );
    assert_eq!(
        send(addr, "GET /users/1").await,
        (200, json!({"id": 1, "name": "ann"}))
    );
    assert_eq!(send(addr, "GET /users/2").await.1["name"], "bob");
    assert_eq!(send(addr, "GET /users/3").await.0, 404);
}

#[tokio::test]
async fn a_slow_client_does_not_hold_up_the_others() {
    let addr = start_server().await.unwrap();
    let slow = start_request(addr, "POST /users/zed").await;
    sleep(Duration::from_millis(50)).await; // the server has accepted it by now
    assert_eq!(send(addr, "POST /users/ann").await.1["id"], 1);
    assert_eq!(send(addr, "GET /users/1").await.1["name"], "ann");
    // zed's request is complete only now: zed is the second user.
    assert_eq!(
        finish(slow, "POST /users/zed").await,
        (201, json!({"id": 2, "name": "zed"}))
    );
    assert_eq!(send(addr, "GET /users/2").await.1["name"], "zed");
}

#[tokio::test]
async fn twenty_clients_at_once_get_twenty_ids() {
    let addr = start_server().await.unwrap();
    let mut waiting = Vec::new();
    for i in 0..20 {
        waiting.push(start_request(addr, &format!("POST /users/u{i}")).await);
    }
    sleep(Duration::from_millis(50)).await;
    let mut ids = HashSet::new();
    for stream in waiting {
        let (status, user) = finish(stream, "POST").await;
        assert_eq!(status, 201);
        ids.insert(user["id"].as_u64().unwrap());
    }
    assert_eq!(ids, (1..=20).collect::<HashSet<u64>>());
}

#[tokio::test]
async fn each_server_has_its_own_users() {
    let first = start_server().await.unwrap();
    let second = start_server().await.unwrap();
    assert_eq!(send(first, "POST /users/ann").await.1["id"], 1);
    assert_eq!(send(second, "GET /users/1").await.0, 404);
    assert_eq!(send(second, "POST /users/bob").await.1["id"], 1);
    assert_eq!(send(first, "GET /users/1").await.1["name"], "ann");
    assert_eq!(send(second, "GET /users/1").await.1["name"], "bob");
}
