//! A slow blocking callback does not hold up others (real server, real sockets).

use crate::app::{app, SLOW_RUNNING};
use crate::requests::{body, dep};
use crate::server;
use serde_json::json;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A minimal HTTP/1.1 POST over a fresh connection; returns the status and the body.
fn http_post(address: &str, path: &str, body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(address).expect("the server accepts connections");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nAccept: application/json\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .expect("a complete response");
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP response: {response}"));
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn a_slow_blocking_callback_does_not_stall_a_concurrent_fast_one() {
    let server = server::serve(|| app(false));
    let address = server.url.trim_start_matches("http://").to_owned();
    let path = "/_dash-update-component?endId=Ab12Cd34~0123456789abcdef";
    let slow_body = body(
        &[("slow", "children")],
        false,
        &[dep("slow-button", "n_clicks", Some(json!(1)))],
        &[],
    )
    .to_string();
    let fast_body = body(
        &[("fast", "children")],
        false,
        &[dep("fast-button", "n_clicks", Some(json!(1)))],
        &[],
    )
    .to_string();

    // More slow calls than the server has worker threads (one per core), so that a server
    // running callbacks on its event loops would have every loop blocked.
    let slow_calls = std::thread::available_parallelism().map_or(2, |n| n.get()) + 2;
    let (finished, order) = mpsc::channel();
    let mut threads = Vec::new();
    for _ in 0..slow_calls {
        let (finished, address, body) = (finished.clone(), address.clone(), slow_body.clone());
        threads.push(std::thread::spawn(move || {
            let (status, text) = http_post(&address, path, &body);
            finished.send(("slow", status, text)).unwrap();
        }));
    }
    // Wait until every slow call is inside its callback at the same time.
    let deadline = Instant::now() + Duration::from_secs(20);
    while SLOW_RUNNING.load(Ordering::SeqCst) < slow_calls {
        assert!(
            Instant::now() < deadline,
            "only {} of {slow_calls} slow callbacks ever ran at once",
            SLOW_RUNNING.load(Ordering::SeqCst)
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    {
        let (finished, address) = (finished.clone(), address.clone());
        threads.push(std::thread::spawn(move || {
            let (status, text) = http_post(&address, path, &fast_body);
            finished.send(("fast", status, text)).unwrap();
        }));
    }
    drop(finished);
    let results: Vec<(&str, u16, String)> = order.iter().collect();
    for thread in threads {
        thread.join().unwrap();
    }
    assert_eq!(results.len(), slow_calls + 1);
    for (which, status, text) in &results {
        assert_eq!(*status, 200, "{which}: {text}");
        assert!(
            text.contains(&format!("\"children\":\"{which}\"")),
            "{which}: {text}"
        );
    }
    let finishing_order: Vec<&str> = results.iter().map(|(which, _, _)| *which).collect();
    assert_eq!(
        finishing_order[0], "fast",
        "the fast request waited for slow ones: {finishing_order:?}"
    );
}
