//! `/_favicon.ico`, `/_reload-hash` (§2.5, §10.1) and the optional health endpoint.

use crate::helpers::{debug, production, read_reply};
use actix_web::http::StatusCode;
use actix_web::{test, App};
use serde_json::{json, Value};

#[actix_web::test]
async fn the_default_favicon_is_an_icon() {
    let app = serve!(production());
    let reply = get!(&app, "/_favicon.ico?v=4.4.1");
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.content_type(), "image/x-icon");
    assert!(
        reply.body.starts_with(&[0, 0, 1, 0]),
        "not an ICO file: {:?}",
        &reply.body[..reply.body.len().min(8)]
    );
}

#[actix_web::test]
async fn the_reload_hash_route_answers_as_with_hot_reload_off() {
    for dash in [production(), debug()] {
        let app = serve!(dash);
        let reply = get!(&app, "/_reload-hash");
        assert_eq!(reply.status, StatusCode::OK);
        assert!(reply.content_type().starts_with("application/json"));
        let body = reply.json();
        assert_eq!(body["reloadHash"], Value::Null, "{body}");
        assert_eq!(body["hard"], false, "{body}");
        assert_eq!(body["files"], json!([]), "{body}");
        assert!(body["packages"].is_array(), "{body}");
    }
}

#[actix_web::test]
async fn the_health_endpoint_answers_ok_under_the_prefix_when_asked_for() {
    // Off by default: the path is just another page.
    let plain = serve!(production());
    assert!(get!(&plain, "/health").text().contains("react-entry-point"));

    let app = serve!(production()
        .url_base_pathname("/app/")
        .health_endpoint("health"));
    let reply = get!(&app, "/app/health");
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.content_type(), "text/plain; charset=utf-8");
    assert_eq!(reply.text(), "OK");
    let head = send!(
        &app,
        test::TestRequest::default()
            .method(actix_web::http::Method::HEAD)
            .uri("/app/health")
    );
    assert_eq!(head.status, StatusCode::OK);
    let post = send!(&app, test::TestRequest::post().uri("/app/health"));
    assert_eq!(post.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(get!(&app, "/health").status, StatusCode::NOT_FOUND);
}
