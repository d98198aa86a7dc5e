//! Bad input to `POST /_dash-update-component`: every malformed, truncated, mistyped, oversized
//! or misaddressed request is a 4xx with a plain-text message, and the server answers the next
//! good request as usual.

use crate::app::app;
use crate::requests::{body, dep, read_reply, Reply};
use actix_web::http::StatusCode;
use actix_web::{test as actix_test, App};
use serde_json::{json, Value};

/// A good request for `greet`.
fn greeting(name: &str) -> Value {
    body(
        &[("greeting", "children")],
        false,
        &[dep("name", "value", Some(json!(name)))],
        &[],
    )
}

/// The status is `expected`, and the body is a non-empty text message without internals.
fn assert_refused(reply: &Reply, expected: StatusCode, case: &str) {
    assert_eq!(reply.status, expected, "{case}: {}", reply.text());
    let content_type = reply.header("content-type").unwrap_or_default();
    assert!(
        content_type.starts_with("text/plain"),
        "{case}: {content_type}"
    );
    assert!(!reply.text().trim().is_empty(), "{case}: no message");
    assert!(
        !reply.text().contains("panicked"),
        "{case}: {}",
        reply.text()
    );
}

#[actix_web::test]
async fn bodies_that_are_not_an_update_request_are_400() {
    let app = serve!(app(false));
    let deep = "[".repeat(100_000);
    let cases: Vec<(&str, String)> = vec![
        ("not JSON", "this is not JSON".into()),
        ("empty body", String::new()),
        ("white space", " \n\t ".into()),
        ("an array", "[]".into()),
        ("an array holding a request", format!("[{}]", greeting("x"))),
        ("a string", "\"greeting.children\"".into()),
        ("a number", "42".into()),
        ("null", "null".into()),
        ("an empty object", "{}".into()),
        ("output missing", r#"{"inputs": [], "outputs": {}}"#.into()),
        ("output a number", r#"{"output": 7, "inputs": []}"#.into()),
        ("output null", r#"{"output": null}"#.into()),
        (
            "output a list",
            r#"{"output": ["greeting.children"]}"#.into(),
        ),
        (
            "inputs an object",
            r#"{"output": "greeting.children", "inputs": {"id": "name"}}"#.into(),
        ),
        (
            "inputs a string",
            r#"{"output": "greeting.children", "inputs": "name.value"}"#.into(),
        ),
        (
            "state a number",
            r#"{"output": "greeting.children", "inputs": [], "state": 1}"#.into(),
        ),
        (
            "changedPropIds of numbers",
            r#"{"output": "greeting.children", "inputs": [], "changedPropIds": [1]}"#.into(),
        ),
        (
            "output given twice",
            r#"{"output": "greeting.children", "output": "sum.children"}"#.into(),
        ),
        ("trailing garbage", format!("{} x", greeting("x"))),
        ("two documents", format!("{0}{0}", greeting("x"))),
        (
            "a number out of range",
            r#"{"output": "a.b", "inputs": [1e999]}"#.into(),
        ),
        ("nesting beyond serde's limit", deep),
        ("a lone surrogate", r#"{"output": "\ud800"}"#.into()),
    ];
    for (case, raw) in cases {
        let reply = post_raw!(&app, raw);
        assert_refused(&reply, StatusCode::BAD_REQUEST, case);
    }
    // Bytes that are not UTF-8 at all.
    let reply = post_raw!(&app, vec![0xff, 0xfe, b'{', 0x80]);
    assert_refused(&reply, StatusCode::BAD_REQUEST, "not UTF-8");
    assert_eq!(post!(&app, greeting("still")).status, StatusCode::OK);
}

#[actix_web::test]
async fn a_request_cut_short_anywhere_is_400() {
    let app = serve!(app(false));
    let whole = greeting("truncated").to_string();
    // Every proper prefix (on a character boundary) is incomplete JSON.
    for end in (0..whole.len()).filter(|&end| whole.is_char_boundary(end)) {
        let reply = post_raw!(&app, whole[..end].to_owned());
        assert_refused(
            &reply,
            StatusCode::BAD_REQUEST,
            &format!("first {end} bytes"),
        );
    }
    let reply = post_raw!(&app, whole);
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
}

#[actix_web::test]
async fn requests_that_do_not_fit_their_callback_are_400_and_say_why() {
    let app = serve!(app(false));
    let sum = |inputs: Vec<Value>, state: Vec<Value>| {
        body(
            &[("sum", "children"), ("parity", "children")],
            true,
            &inputs,
            &state,
        )
    };
    let x = dep("x", "value", Some(json!(1)));
    let y = dep("y", "value", Some(json!(2)));
    let label = dep("label", "value", Some(json!("s")));
    let mut outputs_a_number = greeting("x");
    outputs_a_number["outputs"] = json!(3);
    let mut outputs_missing = greeting("x");
    outputs_missing.as_object_mut().unwrap().remove("outputs");
    let mut outputs_too_many = sum(vec![x.clone(), y.clone()], vec![label.clone()]);
    outputs_too_many["outputs"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "root", "property": "style"}));
    let cases: Vec<(&str, Value, &str)> = vec![
        ("no inputs", sum(vec![], vec![label.clone()]), "2 inputs"),
        (
            "one input too few",
            sum(vec![x.clone()], vec![label.clone()]),
            "2 inputs",
        ),
        (
            "one input too many",
            sum(vec![x.clone(), y.clone(), x.clone()], vec![label.clone()]),
            "2 inputs",
        ),
        (
            "the state missing",
            sum(vec![x.clone(), y.clone()], vec![]),
            "1 states",
        ),
        (
            "a state too many",
            sum(vec![x.clone(), y.clone()], vec![label.clone(), label]),
            "1 states",
        ),
        ("outputs a number", outputs_a_number, "no outputs"),
        ("outputs missing", outputs_missing, "no outputs"),
        ("an extra output", outputs_too_many, "root.style"),
        (
            "a string for an i64",
            body(
                &[("double", "children")],
                false,
                &[dep("num", "value", Some(json!("12")))],
                &[],
            ),
            "i64",
        ),
        (
            "a float for an i64",
            body(
                &[("double", "children")],
                false,
                &[dep("num", "value", Some(json!(1.5)))],
                &[],
            ),
            "num.value",
        ),
        (
            "an object for an Option<String>",
            greeting_with(json!({"a": 1})),
            "Option<String>",
        ),
        (
            "a list for an i64 input",
            sum(
                vec![dep("x", "value", Some(json!([1]))), y],
                vec![dep("label", "value", None)],
            ),
            "x.value",
        ),
    ];
    for (case, request, says) in cases {
        let reply = post!(&app, request);
        assert_refused(&reply, StatusCode::BAD_REQUEST, case);
        assert!(reply.text().contains(says), "{case}: {}", reply.text());
    }
    assert_eq!(post!(&app, greeting("still")).status, StatusCode::OK);
}

fn greeting_with(value: Value) -> Value {
    body(
        &[("greeting", "children")],
        false,
        &[dep("name", "value", Some(value))],
        &[],
    )
}

#[actix_web::test]
async fn an_unknown_output_is_a_404_naming_it() {
    let app = serve!(app(false));
    for output in [
        "nowhere.children",
        "",
        "greeting",
        "..greeting.children..",
        "\u{0}",
    ] {
        let mut request = greeting("x");
        request["output"] = json!(output);
        let reply = post!(&app, request);
        assert_refused(&reply, StatusCode::NOT_FOUND, output);
        assert!(
            reply.text().contains(&format!("`{output}`")),
            "{output:?}: {}",
            reply.text()
        );
    }
}

#[actix_web::test]
async fn only_json_bodies_are_read() {
    let app = serve!(app(false));
    let good = greeting("typed").to_string();
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        Some("multipart/form-data; boundary=x"),
        Some("application/jsonx"),
        Some("json"),
        None,
    ] {
        let mut request = actix_test::TestRequest::post()
            .uri("/_dash-update-component")
            .set_payload(good.clone());
        if let Some(content_type) = content_type {
            request = request.insert_header(("content-type", content_type));
        }
        let reply = read_reply(actix_test::call_service(&app, request.to_request()).await).await;
        let case = format!("Content-Type {content_type:?}");
        assert_refused(&reply, StatusCode::UNSUPPORTED_MEDIA_TYPE, &case);
        assert!(reply.text().contains("application/json"), "{case}");
    }
    // What Flask's `is_json` accepts is accepted here too.
    for content_type in [
        "application/json",
        "application/json; charset=utf-8",
        "Application/JSON",
        "application/vnd.api+json",
    ] {
        let request = actix_test::TestRequest::post()
            .uri("/_dash-update-component")
            .insert_header(("content-type", content_type))
            .set_payload(good.clone())
            .to_request();
        let reply = read_reply(actix_test::call_service(&app, request).await).await;
        assert_eq!(
            reply.status,
            StatusCode::OK,
            "{content_type}: {}",
            reply.text()
        );
    }
}

#[actix_web::test]
async fn the_body_limit_is_exact() {
    let limit = 300;
    let app = serve!(app(false).max_request_body(limit));
    let request = greeting("x").to_string();
    // Pad with white space, which JSON allows, to exactly the limit and one byte past it.
    let padded = |len: usize| format!("{request}{}", " ".repeat(len - request.len()));
    let reply = post_raw!(&app, padded(limit));
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    let reply = post_raw!(&app, padded(limit + 1));
    assert_refused(&reply, StatusCode::PAYLOAD_TOO_LARGE, "limit + 1 bytes");
    assert_eq!(post!(&app, greeting("after")).status, StatusCode::OK);
}

#[actix_web::test]
async fn other_methods_than_post_are_refused_or_the_index() {
    let app = serve!(app(false));
    for method in ["PUT", "DELETE", "PATCH", "OPTIONS"] {
        let request = actix_test::TestRequest::default()
            .method(method.parse().unwrap())
            .uri("/_dash-update-component")
            .insert_header(("content-type", "application/json"))
            .set_payload(greeting("x").to_string())
            .to_request();
        let reply = read_reply(actix_test::call_service(&app, request).await).await;
        assert_refused(&reply, StatusCode::METHOD_NOT_ALLOWED, method);
        assert!(reply.text().contains(method), "{method}: {}", reply.text());
    }
    // GET falls through to Dash's catch-all index, as in Flask (§1); it never runs a callback.
    let request = actix_test::TestRequest::get()
        .uri("/_dash-update-component")
        .insert_header(("content-type", "application/json"))
        .set_payload(greeting("x").to_string())
        .to_request();
    let reply = read_reply(actix_test::call_service(&app, request).await).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.text().contains("react-entry-point"));
    assert!(!reply.text().contains("Hello, x!"));
}
