//! Bad input to every route but the callback one (which `tests/callbacks/bad_requests.rs`
//! covers): wrong methods, hostile paths and query strings, a layout function that panics.
//! Each is a 4xx (or the index, where Dash serves it) with a text message, never a panic.

use crate::helpers::{assets, fixture, production, read_reply, Reply};
use actix_web::http::{Method, StatusCode};
use actix_web::{test, App};
use dash::html;
use dash::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

const ROUTES: [&str; 7] = [
    "/",
    "/some/page",
    "/_dash-layout",
    "/_dash-dependencies",
    "/_reload-hash",
    "/_favicon.ico",
    "/_dash-component-suites/dash/dcc/async-graph.js",
];

fn assert_text_refusal(reply: &Reply, expected: StatusCode, case: &str) {
    assert_eq!(reply.status, expected, "{case}: {}", reply.text());
    assert!(
        reply.content_type().starts_with("text/plain"),
        "{case}: {}",
        reply.content_type()
    );
    assert!(!reply.text().trim().is_empty(), "{case}: no message");
    assert!(!reply.text().contains("react-entry-point"), "{case}");
}

#[actix_web::test]
async fn methods_other_than_get_are_405_on_every_get_route() {
    let app = serve!(production().assets_folder(assets()));
    let mut routes = ROUTES.to_vec();
    routes.push("/assets/notes.txt");
    for route in routes {
        for method in [Method::POST, Method::PUT, Method::DELETE, Method::PATCH] {
            let reply = send!(
                &app,
                test::TestRequest::default()
                    .method(method.clone())
                    .uri(route)
                    .insert_header(("content-type", "application/json"))
                    .set_payload("{\"output\": \"x.y\"}"),
            );
            let case = format!("{method} {route}");
            assert_text_refusal(&reply, StatusCode::METHOD_NOT_ALLOWED, &case);
            assert!(reply.text().contains(method.as_str()), "{case}");
        }
    }
}

#[actix_web::test]
async fn query_strings_and_bodies_on_get_routes_change_nothing() {
    let app = serve!(production());
    for route in ROUTES {
        let plain = get!(&app, route);
        assert_eq!(plain.status, StatusCode::OK, "{route}");
        for query in ["?", "?%zz", "?a=%00&b", "?v=../../Cargo.toml", "?=&=&"] {
            let uri = format!("{route}{query}");
            let reply = send!(
                &app,
                test::TestRequest::get()
                    .uri(&uri)
                    .insert_header(("content-type", "application/json"))
                    .set_payload("not json"),
            );
            assert_eq!(reply.status, StatusCode::OK, "{uri}");
            assert_eq!(reply.content_type(), plain.content_type(), "{uri}");
        }
    }
}

#[actix_web::test]
async fn odd_paths_under_the_catch_all_are_the_index() {
    let app = serve!(production());
    let long = format!("/{}", "a".repeat(16 * 1024));
    for path in [
        "/%00",
        "/a%00b",
        "/%zz",
        "/..%2f..%2fCargo.toml",
        "/%2e%2e/%2e%2e/Cargo.toml",
        "/%5c..%5c",
        "/%E2%80%A8",
        "/%3C%2Fscript%3E",
        "//",
        long.as_str(),
    ] {
        let reply = get!(&app, path);
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        let page = reply.text();
        assert!(page.contains("react-entry-point"), "{path}");
        // The path never reaches the page.
        assert!(
            !page.contains("</script>\"") && !page.contains("Cargo.toml"),
            "{path}"
        );
    }
}

#[actix_web::test]
async fn hostile_suite_and_asset_paths_are_404() {
    let app = serve!(production().assets_folder(assets()));
    let outside = fixture("outside.txt");
    let absolute = outside.to_str().unwrap().to_owned();
    let mut paths = Vec::new();
    for prefix in ["/_dash-component-suites/dash/", "/assets/"] {
        for rest in [
            "%00",
            "notes.txt%00",
            "notes.txt%00.js",
            "dcc/async-graph.js%00",
            "sub%00/b.css",
            "..%5c..%5coutside.txt",
            "..%5Coutside.txt",
            "sub%5c..%5c..%5coutside.txt",
            "%c0%ae%c0%ae/outside.txt",
            "%2e%2e%2f%2e%2e%2foutside.txt",
            ".%2e/outside.txt",
            "%2e./outside.txt",
            "....//outside.txt",
            "~/outside.txt",
            "C:%5cWindows%5cwin.ini",
            "file:///etc/passwd",
        ] {
            paths.push(format!("{prefix}{rest}"));
        }
        paths.push(format!("{prefix}{absolute}"));
        paths.push(format!("{prefix}..{absolute}"));
    }
    for path in paths {
        let reply = get!(&app, &path);
        assert_text_refusal(&reply, StatusCode::NOT_FOUND, &path);
        assert!(!reply.text().contains("must never be served"), "{path}");
    }
    // The fixture files themselves are served, so the refusals above are the paths' doing.
    assert_eq!(get!(&app, "/assets/notes.txt").status, StatusCode::OK);
    assert_eq!(get!(&app, "/assets/sub/b.css").status, StatusCode::OK);
}

#[actix_web::test]
async fn a_panicking_layout_function_is_a_500_and_the_next_load_works() {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    // Call 0 is the one at startup, which gives the renderer its validation layout; call 1
    // is the first page load.
    let layout = Layout::dynamic(move || {
        if counter.fetch_add(1, Ordering::SeqCst) == 1 {
            panic!("the layout database is down");
        }
        html::Div::new().id("root").child("fine").into()
    });
    for debug in [false, true] {
        calls.store(0, Ordering::SeqCst);
        let app = serve!(production().debug(debug).layout(layout.clone()));
        let reply = get!(&app, "/_dash-layout");
        assert_text_refusal(&reply, StatusCode::INTERNAL_SERVER_ERROR, "first load");
        // Only the dev tools show the panic message.
        assert_eq!(
            reply.text().contains("the layout database is down"),
            debug,
            "debug {debug}: {}",
            reply.text()
        );
        let reply = get!(&app, "/_dash-layout");
        assert_eq!(reply.status, StatusCode::OK);
        assert_eq!(reply.json()["props"]["children"], "fine");
    }
}

#[actix_web::test]
async fn head_answers_with_each_routes_own_headers() {
    let app = serve!(production().assets_folder(assets()));
    for route in ROUTES.iter().copied().chain(["/assets/notes.txt"]) {
        let get = get!(&app, route);
        let head = send!(
            &app,
            test::TestRequest::default().method(Method::HEAD).uri(route)
        );
        assert_eq!(head.status, StatusCode::OK, "HEAD {route}");
        assert_eq!(head.content_type(), get.content_type(), "HEAD {route}");
    }
}
