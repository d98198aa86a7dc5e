//! Bad input that only a real connection can send: bodies shorter than their Content-Length,
//! oversized declarations, garbage instead of HTTP. Each gets an answer, never a hang.

use crate::app::app;
use crate::requests::{body, dep};
use crate::server;
use serde_json::json;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::time::Duration;

/// Writes `head` and `payload`, closes the sending half, and reads the whole answer; the read
/// timeout turns a hang into a failure.
fn exchange(address: &str, head: &str, payload: &[u8]) -> String {
    let mut stream = TcpStream::connect(address).expect("the server accepts connections");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(payload).unwrap();
    stream.shutdown(Shutdown::Write).unwrap();
    let mut response = Vec::new();
    stream
        .read_to_end(&mut response)
        .expect("an answer before the timeout");
    String::from_utf8_lossy(&response).into_owned()
}

fn status_of(response: &str) -> u16 {
    response
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP response: {response:?}"))
}

fn post_head(address: &str, content_length: usize) -> String {
    format!(
        "POST /_dash-update-component HTTP/1.1\r\nHost: {address}\r\n\
         Content-Type: application/json\r\nContent-Length: {content_length}\r\n\
         Connection: close\r\n\r\n"
    )
}

#[test]
fn broken_connections_get_answers_and_the_server_keeps_serving() {
    let server = server::serve(|| app(false).max_request_body(4096));
    let address = server.url.trim_start_matches("http://").to_owned();
    let good = body(
        &[("greeting", "children")],
        false,
        &[dep("name", "value", Some(json!("socket")))],
        &[],
    )
    .to_string();

    // The body ends (the client closes) before the declared length.
    let cut = &good.as_bytes()[..good.len() / 2];
    let response = exchange(&address, &post_head(&address, good.len()), cut);
    assert_eq!(status_of(&response), 400, "{response}");

    // A declared length over the limit is refused without reading the body.
    let response = exchange(&address, &post_head(&address, 10_000_000), b"");
    assert_eq!(status_of(&response), 413, "{response}");

    // A chunked body that grows past the limit.
    let chunk = format!("{:x}\r\n{}\r\n", 5000, " ".repeat(5000));
    let head = format!(
        "POST /_dash-update-component HTTP/1.1\r\nHost: {address}\r\n\
         Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\
         Connection: close\r\n\r\n"
    );
    let response = exchange(&address, &head, format!("{chunk}0\r\n\r\n").as_bytes());
    assert_eq!(status_of(&response), 413, "{response}");

    // Not HTTP at all.
    let response = exchange(&address, "\u{0}\u{1}GARBAGE\r\n\r\n", b"");
    assert_eq!(status_of(&response), 400, "{response}");

    // The same server still answers a good request.
    let response = exchange(&address, &post_head(&address, good.len()), good.as_bytes());
    assert_eq!(status_of(&response), 200, "{response}");
    assert!(response.contains("Hello, socket!"), "{response}");
}
