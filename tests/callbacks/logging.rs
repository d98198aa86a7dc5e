//! A failing callback is logged through `tracing`, with what the production body leaves out.

use crate::app::{app, FAILURE};
use crate::requests::{body, dep, read_reply};
use actix_web::http::StatusCode;
use actix_web::{test as actix_test, App};
use serde_json::json;
use std::io::Write;
use std::sync::{Arc, Mutex};
use tracing_subscriber::util::SubscriberInitExt;

/// A log sink the test can read back.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

#[actix_web::test]
async fn failures_and_panics_are_logged_with_their_message_but_not_sent() {
    let log = Captured::default();
    let writer = log.clone();
    // The handler runs on this thread, so a thread-local subscriber sees its events.
    let _guard = tracing_subscriber::fmt()
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish()
        .set_default();
    let app = serve!(app(false));
    for (output, input, message) in [
        ("panics", "panic", "deliberate panic in a blocking callback"),
        (
            "async-panics",
            "async-panic",
            "deliberate panic in an async callback",
        ),
        ("fails", "fail", FAILURE),
    ] {
        let reply = post!(
            &app,
            body(
                &[(output, "children")],
                false,
                &[dep(input, "n_clicks", Some(json!(1)))],
                &[]
            )
        );
        assert_eq!(reply.status, StatusCode::INTERNAL_SERVER_ERROR, "{output}");
        assert!(
            !reply.text().contains(message),
            "{output}: {}",
            reply.text()
        );
        let logged = log.text();
        let line = logged
            .lines()
            .find(|line| line.contains("callback failed") && line.contains(message))
            .unwrap_or_else(|| panic!("{output} is not logged: {logged}"));
        assert!(line.contains("ERROR"), "{line}");
        let name = output.replace('-', "_");
        assert!(line.contains(&format!("callback=\"{name}\"")), "{line}");
    }
    let reply = post!(
        &app,
        body(
            &[("greeting", "children")],
            false,
            &[dep("name", "value", Some(json!("logged")))],
            &[]
        )
    );
    assert_eq!(reply.status, StatusCode::OK);
}
