//! Failures (§2.7, §5.4).

use crate::app::{app, FAILURE};
use crate::requests::{body, dep, read_reply};
use actix_web::http::StatusCode;
use actix_web::{test as actix_test, App};
use serde_json::json;

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
