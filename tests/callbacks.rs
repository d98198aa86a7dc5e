//! Callbacks end to end: `#[callback]` functions registered on an app, driven through
//! `POST /_dash-update-component` with request bodies shaped exactly as the renderer sends them
//! (protocol §5.1), answered as Dash answers (§5.3, §2.7).

// Only `serve` is needed here.
#[allow(dead_code)]
#[path = "support/server.rs"]
mod server;

use actix_web::body::MessageBody;
use actix_web::dev::ServiceResponse;
use actix_web::http::header::HeaderMap;
use actix_web::http::StatusCode;
use actix_web::{test as actix_test, App};
use dash::html;
use dash::prelude::*;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------------
// The app under test

#[callback(output = "greeting.children", input = "name.value")]
fn greet(name: Option<String>) -> String {
    format!("Hello, {}!", name.unwrap_or_else(|| "nobody".into()))
}

/// Two outputs and a state; the second output is left alone when the sum is odd.
#[callback(
    output = ["sum.children", "parity.children"],
    input = ["x.value", "y.value"],
    state = "label.value"
)]
fn add(x: i64, y: i64, label: Option<String>) -> (String, Update<String>) {
    let sum = x + y;
    let parity = if sum % 2 == 0 {
        Update::Value("even".to_owned())
    } else {
        Update::NoUpdate
    };
    (format!("{}{sum}", label.unwrap_or_default()), parity)
}

#[callback(output = ["left.children", "right.children"], input = "side.value")]
fn left_only(side: Option<String>) -> (String, NoUpdate) {
    (side.unwrap_or_default(), NoUpdate)
}

#[callback(output = ["p.children", "q.children"], input = "idle.value")]
fn change_nothing(_idle: Option<String>) -> (Update<String>, NoUpdate) {
    (Update::NoUpdate, NoUpdate)
}

#[callback(output = "guarded.children", input = "guard.value")]
fn guarded(guard: Option<String>) -> CallbackResult<String> {
    match guard {
        None => Err(PreventUpdate.into()),
        Some(text) => Ok(format!("let through: {text}")),
    }
}

const FAILURE: &str = "the reactor is on fire";

#[callback(output = "fails.children", input = "fail.n_clicks")]
fn fails(_clicks: Option<i64>) -> CallbackResult<String> {
    Err(CallbackError::msg(FAILURE))
}

#[callback(output = "panics.children", input = "panic.n_clicks")]
fn panics(clicks: Option<i64>) -> String {
    panic!("deliberate panic in a blocking callback ({clicks:?})")
}

#[callback(output = "shout.children", input = "whisper.value")]
async fn shout(whisper: Option<String>) -> String {
    // Really suspend once, so that this is not a synchronous body in disguise.
    tokio::task::yield_now().await;
    whisper.unwrap_or_default().to_uppercase()
}

#[callback(output = "async-panics.children", input = "async-panic.n_clicks")]
async fn async_panics(clicks: Option<i64>) -> String {
    tokio::task::yield_now().await;
    panic!("deliberate panic in an async callback ({clicks:?})")
}

#[callback(output = "double.children", input = "num.value")]
fn double(num: i64) -> i64 {
    num * 2
}

/// Dash sends NaN and the infinities as `null` (§0.1).
#[callback(output = "stats.children", input = "stats-button.n_clicks")]
fn stats(_clicks: Option<i64>) -> Vec<f64> {
    vec![1.5, f64::NAN, f64::INFINITY, f64::NEG_INFINITY]
}

/// How many `slow` calls are running right now.
static SLOW_RUNNING: AtomicUsize = AtomicUsize::new(0);

#[callback(output = "slow.children", input = "slow-button.n_clicks")]
fn slow(_clicks: Option<i64>) -> String {
    SLOW_RUNNING.fetch_add(1, Ordering::SeqCst);
    std::thread::sleep(Duration::from_secs(1));
    SLOW_RUNNING.fetch_sub(1, Ordering::SeqCst);
    "slow".into()
}

#[callback(output = "fast.children", input = "fast-button.n_clicks")]
fn fast(_clicks: Option<i64>) -> String {
    "fast".into()
}

/// Every id the callbacks use, with a component that has the prop.
fn layout() -> html::Div {
    let inputs = [
        "name", "x", "y", "label", "side", "idle", "guard", "whisper", "num",
    ];
    let buttons = [
        "fail",
        "panic",
        "async-panic",
        "slow-button",
        "fast-button",
        "stats-button",
    ];
    let outputs = [
        "greeting",
        "sum",
        "parity",
        "left",
        "right",
        "p",
        "q",
        "guarded",
        "fails",
        "panics",
        "shout",
        "async-panics",
        "double",
        "slow",
        "fast",
        "stats",
    ];
    html::Div::new()
        .id("root")
        .children(inputs.map(|id| Input::new().id(id)))
        .children(buttons.map(|id| html::Button::new().id(id).n_clicks(0)))
        .children(outputs.map(|id| html::Div::new().id(id)))
}

fn app(debug: bool) -> Dash {
    Dash::new()
        .debug(debug)
        .assets_folder(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/no-such-folder"
        ))
        .layout(layout())
        .callback::<greet>()
        .callback::<add>()
        .callback::<left_only>()
        .callback::<change_nothing>()
        .callback::<guarded>()
        .callback::<fails>()
        .callback::<panics>()
        .callback::<shout>()
        .callback::<async_panics>()
        .callback::<double>()
        .callback::<slow>()
        .callback::<fast>()
        .callback::<stats>()
}

// ---------------------------------------------------------------------------------------------
// Requests as the renderer builds them (§5.1)

/// One `{id, property, value?}` entry; `None` leaves `value` out, as the renderer does for a
/// prop the browser never set.
fn dep(id: &str, property: &str, value: Option<Value>) -> Value {
    let mut entry = json!({"id": id, "property": property});
    if let Some(value) = value {
        entry["value"] = value;
    }
    entry
}

/// A request body. `outputs` are `(id, prop)` pairs; `multi` picks the list form of `outputs`
/// (the `..a.b...c.d..` output string). `state` is left out when empty, as the renderer does.
fn body(outputs: &[(&str, &str)], multi: bool, inputs: &[Value], state: &[Value]) -> Value {
    let specs: Vec<Value> = outputs
        .iter()
        .map(|(id, property)| json!({"id": id, "property": property}))
        .collect();
    let names: Vec<String> = outputs.iter().map(|(i, p)| format!("{i}.{p}")).collect();
    let (output, outputs) = if multi {
        (format!("..{}..", names.join("...")), Value::Array(specs))
    } else {
        (names[0].clone(), specs[0].clone())
    };
    let changed: Vec<String> = inputs
        .iter()
        .filter(|entry| entry.get("value").is_some())
        .take(1)
        .map(|entry| {
            format!(
                "{}.{}",
                entry["id"].as_str().unwrap(),
                entry["property"].as_str().unwrap()
            )
        })
        .collect();
    let mut body = json!({
        "output": output,
        "outputs": outputs,
        "inputs": inputs,
        "changedPropIds": changed,
        "parsedChangedPropsIds": changed,
    });
    if !state.is_empty() {
        body["state"] = Value::Array(state.to_vec());
    }
    body
}

/// What the server answered.
struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    }
}

async fn read_reply<B: MessageBody>(response: ServiceResponse<B>) -> Reply {
    let status = response.status();
    let headers = response.headers().clone();
    let body = actix_test::read_body(response).await.to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

macro_rules! serve {
    ($dash:expr) => {
        actix_test::init_service(
            App::new().configure($dash.build().expect("the app builds").configure()),
        )
        .await
    };
}

/// `POST /_dash-update-component?endId=...` with a raw body, headers as the renderer sets them.
macro_rules! post_raw {
    ($app:expr, $body:expr) => {{
        let request = actix_test::TestRequest::post()
            .uri("/_dash-update-component?endId=Ab12Cd34~0123456789abcdef")
            .insert_header(("accept", "application/json"))
            .insert_header(("content-type", "application/json"))
            .set_payload($body)
            .to_request();
        read_reply(actix_test::call_service($app, request).await).await
    }};
}

/// The same with a JSON body.
macro_rules! post {
    ($app:expr, $body:expr) => {
        post_raw!($app, $body.to_string())
    };
}

// ---------------------------------------------------------------------------------------------
// Successful calls (§5.3)

#[actix_web::test]
async fn a_single_output_callback_answers_with_its_value() {
    let app = serve!(app(false));
    // The renderer echoes the page's `end_id`; take a real one.
    let page = read_reply(
        actix_test::call_service(&app, actix_test::TestRequest::get().uri("/").to_request()).await,
    )
    .await
    .text();
    let marker = "\"end_id\":\"";
    let start = page.find(marker).expect("the page has an end_id") + marker.len();
    let end_id = &page[start..start + page[start..].find('"').unwrap()];
    let request = actix_test::TestRequest::post()
        .uri(&format!("/_dash-update-component?endId={end_id}"))
        .insert_header(("accept", "application/json"))
        .insert_header(("content-type", "application/json"))
        .set_payload(
            body(
                &[("greeting", "children")],
                false,
                &[dep("name", "value", Some(json!("Dash")))],
                &[],
            )
            .to_string(),
        )
        .to_request();
    let reply = read_reply(actix_test::call_service(&app, request).await).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    assert!(
        reply
            .header("content-type")
            .unwrap_or_default()
            .starts_with("application/json"),
        "{:?}",
        reply.header("content-type")
    );
    // Byte for byte what Dash sends: compact, `multi` first.
    assert_eq!(
        reply.text(),
        r#"{"multi":true,"response":{"greeting":{"children":"Hello, Dash!"}}}"#
    );
}

#[actix_web::test]
async fn the_initial_call_with_a_never_set_prop_gets_none() {
    let app = serve!(app(false));
    // Page load: no `value` (the prop is undefined in the browser), no changed props.
    let request = json!({
        "output": "greeting.children",
        "outputs": {"id": "greeting", "property": "children"},
        "inputs": [{"id": "name", "property": "value"}],
        "changedPropIds": [],
        "parsedChangedPropsIds": [],
    });
    let reply = post!(&app, request);
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    assert_eq!(
        reply.json(),
        json!({"multi": true, "response": {"greeting": {"children": "Hello, nobody!"}}})
    );
    // An explicit null means the same.
    let reply = post!(
        &app,
        body(
            &[("greeting", "children")],
            false,
            &[dep("name", "value", Some(Value::Null))],
            &[]
        )
    );
    assert_eq!(
        reply.json()["response"]["greeting"]["children"],
        "Hello, nobody!"
    );
}

#[actix_web::test]
async fn multi_output_callbacks_read_state_and_omit_no_update_outputs() {
    let app = serve!(app(false));
    let outputs = [("sum", "children"), ("parity", "children")];
    let state = [dep("label", "value", Some(json!("sum: ")))];
    let even = post!(
        &app,
        body(
            &outputs,
            true,
            &[
                dep("x", "value", Some(json!(2))),
                dep("y", "value", Some(json!(4)))
            ],
            &state
        )
    );
    assert_eq!(even.status, StatusCode::OK, "{}", even.text());
    assert_eq!(
        even.json(),
        json!({"multi": true, "response": {
            "sum": {"children": "sum: 6"},
            "parity": {"children": "even"},
        }})
    );
    let odd = post!(
        &app,
        body(
            &outputs,
            true,
            &[
                dep("x", "value", Some(json!(2))),
                dep("y", "value", Some(json!(3)))
            ],
            &state
        )
    );
    assert_eq!(odd.status, StatusCode::OK, "{}", odd.text());
    // `Update::NoUpdate` is expressed by omission.
    assert_eq!(
        odd.json(),
        json!({"multi": true, "response": {"sum": {"children": "sum: 5"}}})
    );
    // A state the browser never set is `None`.
    let unlabelled = post!(
        &app,
        body(
            &outputs,
            true,
            &[
                dep("x", "value", Some(json!(1))),
                dep("y", "value", Some(json!(1)))
            ],
            &[dep("label", "value", None)]
        )
    );
    assert_eq!(
        unlabelled.json()["response"]["sum"]["children"],
        "2",
        "{}",
        unlabelled.text()
    );

    // The `NoUpdate` marker type works the same way.
    let left = post!(
        &app,
        body(
            &[("left", "children"), ("right", "children")],
            true,
            &[dep("side", "value", Some(json!("L")))],
            &[]
        )
    );
    assert_eq!(
        left.json(),
        json!({"multi": true, "response": {"left": {"children": "L"}}})
    );
}

#[actix_web::test]
async fn a_callback_that_updates_nothing_answers_200_with_an_empty_response() {
    let app = serve!(app(false));
    let reply = post!(
        &app,
        body(
            &[("p", "children"), ("q", "children")],
            true,
            &[dep("idle", "value", Some(json!("x")))],
            &[]
        )
    );
    // Dash: 200 with `"response":{}`, not 204 (§5.2 step 7).
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    assert_eq!(reply.text(), r#"{"multi":true,"response":{}}"#);
}

#[actix_web::test]
async fn prevent_update_answers_204_with_no_body() {
    let app = serve!(app(false));
    let prevented = post!(
        &app,
        body(
            &[("guarded", "children")],
            false,
            &[dep("guard", "value", None)],
            &[]
        )
    );
    assert_eq!(prevented.status, StatusCode::NO_CONTENT);
    assert!(prevented.body.is_empty(), "{}", prevented.text());
    let allowed = post!(
        &app,
        body(
            &[("guarded", "children")],
            false,
            &[dep("guard", "value", Some(json!("ok")))],
            &[]
        )
    );
    assert_eq!(allowed.status, StatusCode::OK);
    assert_eq!(
        allowed.json()["response"]["guarded"]["children"],
        "let through: ok"
    );
}

#[actix_web::test]
async fn async_callbacks_are_awaited() {
    let app = serve!(app(false));
    let reply = post!(
        &app,
        body(
            &[("shout", "children")],
            false,
            &[dep("whisper", "value", Some(json!("psst")))],
            &[]
        )
    );
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    assert_eq!(
        reply.json(),
        json!({"multi": true, "response": {"shout": {"children": "PSST"}}})
    );
}

#[actix_web::test]
async fn the_response_body_escapes_html_sensitive_characters() {
    let app = serve!(app(false));
    let reply = post!(
        &app,
        body(
            &[("greeting", "children")],
            false,
            &[dep(
                "name",
                "value",
                Some(json!("</script><img src=x>\u{2028}"))
            )],
            &[]
        )
    );
    assert_eq!(reply.status, StatusCode::OK);
    let raw = reply.text();
    assert!(
        !raw.contains('<') && !raw.contains('>') && !raw.contains('/'),
        "{raw}"
    );
    assert!(
        raw.contains(r"\u003c\u002fscript\u003e\u003cimg src=x\u003e"),
        "{raw}"
    );
    // U+2028 is a line break to JavaScript parsers: escaped too.
    assert!(
        !raw.contains('\u{2028}') && raw.contains(r"\u2028"),
        "{raw}"
    );
    assert_eq!(
        reply.json()["response"]["greeting"]["children"],
        "Hello, </script><img src=x>\u{2028}!"
    );
}

#[actix_web::test]
async fn non_finite_numbers_are_sent_as_null() {
    let app = serve!(app(false));
    let reply = post!(
        &app,
        body(
            &[("stats", "children")],
            false,
            &[dep("stats-button", "n_clicks", Some(json!(1)))],
            &[]
        )
    );
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    assert_eq!(
        reply.text(),
        r#"{"multi":true,"response":{"stats":{"children":[1.5,null,null,null]}}}"#
    );
}

#[actix_web::test]
async fn regular_callbacks_ignore_the_end_id() {
    // §11.3: only background-callback handles are verified; `endId` may be absent or stale.
    let app = serve!(app(false));
    let request = actix_test::TestRequest::post()
        .uri("/_dash-update-component")
        .insert_header(("content-type", "application/json"))
        .set_payload(
            body(
                &[("greeting", "children")],
                false,
                &[dep("name", "value", Some(json!("no token")))],
                &[],
            )
            .to_string(),
        )
        .to_request();
    let reply = read_reply(actix_test::call_service(&app, request).await).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    assert_eq!(
        reply.json()["response"]["greeting"]["children"],
        "Hello, no token!"
    );
}

// ---------------------------------------------------------------------------------------------
// Failures (§2.7, §5.4)

#[actix_web::test]
async fn a_failing_callback_is_a_500_with_details_only_in_debug_mode() {
    let request = body(
        &[("fails", "children")],
        false,
        &[dep("fail", "n_clicks", Some(json!(1)))],
        &[],
    );
    let production = serve!(app(false));
    let reply = post!(&production, request);
    assert_eq!(reply.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(
        !reply.text().contains(FAILURE),
        "production bodies must not leak details: {}",
        reply.text()
    );

    let debug = serve!(app(true));
    let reply = post!(&debug, request);
    assert_eq!(reply.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(
        reply.text().contains(FAILURE),
        "the dev tools show the body: {}",
        reply.text()
    );
}

#[actix_web::test]
async fn a_panicking_callback_is_a_500_and_the_server_keeps_serving() {
    for debug in [false, true] {
        let app = serve!(app(debug));
        for (output, input) in [("panics", "panic"), ("async-panics", "async-panic")] {
            let reply = post!(
                &app,
                body(
                    &[(output, "children")],
                    false,
                    &[dep(input, "n_clicks", Some(json!(1)))],
                    &[]
                )
            );
            assert_eq!(
                reply.status,
                StatusCode::INTERNAL_SERVER_ERROR,
                "{output}: {}",
                reply.text()
            );
            if !debug {
                assert!(
                    !reply.text().contains("deliberate panic"),
                    "{}",
                    reply.text()
                );
            }
            // The same service answers the next request normally.
            let next = post!(
                &app,
                body(
                    &[("greeting", "children")],
                    false,
                    &[dep("name", "value", Some(json!("again")))],
                    &[]
                )
            );
            assert_eq!(
                next.status,
                StatusCode::OK,
                "after {output}: {}",
                next.text()
            );
            assert_eq!(
                next.json()["response"]["greeting"]["children"],
                "Hello, again!"
            );
            // And the panicking callback itself can be called again.
            let again = post!(
                &app,
                body(
                    &[(output, "children")],
                    false,
                    &[dep(input, "n_clicks", Some(json!(2)))],
                    &[]
                )
            );
            assert_eq!(again.status, StatusCode::INTERNAL_SERVER_ERROR);
        }
    }
}

#[actix_web::test]
async fn a_wrongly_typed_value_is_a_400_naming_the_property_and_the_type() {
    let app = serve!(app(false));
    let reply = post!(
        &app,
        body(
            &[("double", "children")],
            false,
            &[dep("num", "value", Some(json!("twelve")))],
            &[]
        )
    );
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.text());
    let text = reply.text();
    assert!(text.contains("num.value"), "{text}");
    assert!(text.contains("i64"), "{text}");

    // A never-set value for a non-optional parameter is a wrong type too.
    let reply = post!(
        &app,
        body(
            &[("double", "children")],
            false,
            &[dep("num", "value", None)],
            &[]
        )
    );
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.text());
    assert!(reply.text().contains("num.value"), "{}", reply.text());

    // States are named the same way, with their declared type.
    let reply = post!(
        &app,
        body(
            &[("sum", "children"), ("parity", "children")],
            true,
            &[
                dep("x", "value", Some(json!(1))),
                dep("y", "value", Some(json!(2)))
            ],
            &[dep("label", "value", Some(json!(["not", "a", "string"])))]
        )
    );
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.text());
    let text = reply.text();
    assert!(text.contains("label.value"), "{text}");
    assert!(text.contains("Option<String>"), "{text}");

    // The well-typed call works.
    let reply = post!(
        &app,
        body(
            &[("double", "children")],
            false,
            &[dep("num", "value", Some(json!(21)))],
            &[]
        )
    );
    assert_eq!(reply.json()["response"]["double"]["children"], 42);
}

#[actix_web::test]
async fn an_unknown_output_is_a_404() {
    let app = serve!(app(false));
    let reply = post!(
        &app,
        body(
            &[("nowhere", "children")],
            false,
            &[dep("name", "value", Some(json!("x")))],
            &[]
        )
    );
    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", reply.text());
    // A known callback addressed with the wrong output form is unknown too.
    let reply = post!(
        &app,
        body(
            &[("greeting", "children")],
            true,
            &[dep("name", "value", Some(json!("x")))],
            &[]
        )
    );
    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", reply.text());
}

#[actix_web::test]
async fn malformed_requests_are_400() {
    let app = serve!(app(false));
    for raw in [
        "this is not JSON",
        "{\"output\": \"greeting.children\"",
        "[]",
        "{}",
        "",
    ] {
        let reply = post_raw!(&app, raw);
        assert_eq!(
            reply.status,
            StatusCode::BAD_REQUEST,
            "{raw:?}: {}",
            reply.text()
        );
    }
    // The wrong number of inputs.
    let mut request = body(
        &[("greeting", "children")],
        false,
        &[dep("name", "value", Some(json!("a")))],
        &[],
    );
    request["inputs"] = json!([]);
    let reply = post!(&app, request);
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.text());
}

#[actix_web::test]
async fn outputs_that_do_not_match_the_callback_are_refused() {
    // Dash checks the request's `outputs` against the callback's declaration
    // (`_validate.validate_output_spec`, §5.2 step 4) and fails the request when they differ;
    // the response must never be keyed by ids the callback does not write.
    let app = serve!(app(false));
    let mut request = body(
        &[("greeting", "children")],
        false,
        &[dep("name", "value", Some(json!("x")))],
        &[],
    );
    request["outputs"] = json!({"id": "root", "property": "style"});
    let reply = post!(&app, request);
    assert!(
        !reply.status.is_success(),
        "{}: {}",
        reply.status,
        reply.text()
    );
    assert!(!reply.text().contains("\"root\""), "{}", reply.text());
}

#[actix_web::test]
async fn a_body_over_the_limit_is_a_413() {
    let limit = 512;
    let app = serve!(app(false).max_request_body(limit));
    let mut small = body(
        &[("greeting", "children")],
        false,
        &[dep("name", "value", Some(json!("short")))],
        &[],
    );
    assert!(small.to_string().len() < limit);
    assert_eq!(post!(&app, small).status, StatusCode::OK);
    small["inputs"][0]["value"] = json!("x".repeat(limit * 2));
    let reply = post!(&app, small);
    assert_eq!(
        reply.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        reply.text()
    );
}

#[actix_web::test]
async fn server_timing_is_sent_in_debug_mode_only() {
    let request = body(
        &[("greeting", "children")],
        false,
        &[dep("name", "value", Some(json!("t")))],
        &[],
    );
    let debug = serve!(app(true));
    let reply = post!(&debug, request);
    let timing = reply
        .header("server-timing")
        .expect("debug mode sends Server-Timing");
    let duration = timing
        .strip_prefix("__dash_server;dur=")
        .unwrap_or_else(|| panic!("{timing}"));
    let duration: f64 = duration
        .split([',', ';'])
        .next()
        .unwrap()
        .parse()
        .unwrap_or_else(|e| panic!("{timing}: {e}"));
    assert!(duration >= 0.0, "{timing}");
    // Also on failures: the dev tools time every callback.
    let failed = post!(
        &debug,
        body(
            &[("fails", "children")],
            false,
            &[dep("fail", "n_clicks", Some(json!(1)))],
            &[]
        )
    );
    assert!(failed.header("server-timing").is_some());

    let production = serve!(app(false));
    let reply = post!(&production, request);
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header("server-timing"), None);
}

// ---------------------------------------------------------------------------------------------
// A slow blocking callback does not hold up others (real server, real sockets)

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
