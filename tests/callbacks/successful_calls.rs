//! Successful calls (§5.3).

use crate::app::app;
use crate::requests::{body, dep, read_reply};
use actix_web::http::StatusCode;
use actix_web::{test as actix_test, App};
use serde_json::{json, Value};

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
