//! `/_favicon.ico` and `/_reload-hash` (§2.5, §10.1).

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
