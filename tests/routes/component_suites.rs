//! `/_dash-component-suites/` (§2.4).

use crate::helpers::{debug, production, read_reply, script_srcs, SUITES};
use actix_web::http::StatusCode;
use actix_web::{test, App};
use std::io::Read;

#[actix_web::test]
async fn every_script_the_index_lists_is_served_with_long_caching() {
    for dash in [production(), debug()] {
        let app = serve!(dash);
        let page = get!(&app, "/").text();
        let srcs: Vec<String> = script_srcs(&page)
            .into_iter()
            .filter(|s| s.starts_with(SUITES))
            .collect();
        assert!(srcs.len() >= 9, "{srcs:?}");
        for src in srcs {
            let reply = get!(&app, &src);
            assert_eq!(reply.status, StatusCode::OK, "{src}");
            assert!(
                reply.content_type().starts_with("text/javascript"),
                "{src}: {}",
                reply.content_type()
            );
            let cache = reply.header("cache-control").unwrap_or_default();
            assert!(cache.contains("max-age=31536000"), "{src}: {cache}");
            assert_eq!(reply.header("etag"), None, "{src}");
            assert_eq!(reply.header("content-encoding"), None, "{src}");
            assert!(reply.body.len() > 100, "{src}");
        }
    }
}

/// The unfingerprinted URLs the renderer requests for lazy chunks and plotly.js.
const PLAIN_URLS: [&str; 3] = [
    "/_dash-component-suites/dash/dcc/async-graph.js",
    "/_dash-component-suites/dash/dash_table/async-table.js",
    "/_dash-component-suites/plotly/package_data/plotly.min.js",
];

#[actix_web::test]
async fn plain_urls_carry_an_etag_and_answer_304() {
    let app = serve!(production());
    for url in PLAIN_URLS {
        let reply = get!(&app, url);
        assert_eq!(reply.status, StatusCode::OK, "{url}");
        assert!(reply.content_type().starts_with("text/javascript"), "{url}");
        let etag = reply
            .header("etag")
            .unwrap_or_else(|| panic!("{url}: no ETag"));
        assert!(
            !reply
                .header("cache-control")
                .unwrap_or_default()
                .contains("max-age=31536000"),
            "{url}: a plain URL must be revalidated"
        );
        let revalidated = send!(
            &app,
            test::TestRequest::get()
                .uri(url)
                .insert_header(("if-none-match", etag.as_str())),
        );
        assert_eq!(revalidated.status, StatusCode::NOT_MODIFIED, "{url}");
        assert!(revalidated.body.is_empty(), "{url}");
        let stale = send!(
            &app,
            test::TestRequest::get()
                .uri(url)
                .insert_header(("if-none-match", "\"not-the-etag\"")),
        );
        assert_eq!(stale.status, StatusCode::OK, "{url}");
        assert_eq!(stale.body, reply.body, "{url}");
    }
}

fn encoded(url: &str, accept: Option<&str>) -> test::TestRequest {
    let request = test::TestRequest::get().uri(url);
    match accept {
        Some(accept) => request.insert_header(("accept-encoding", accept)),
        None => request,
    }
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("a valid gzip stream");
    out
}

#[actix_web::test]
async fn compressed_bodies_decode_to_the_identity_body() {
    let app = serve!(production());
    let page = get!(&app, "/").text();
    let renderer = script_srcs(&page)
        .into_iter()
        .find(|s| s.contains("dash_renderer"))
        .unwrap();
    let mut urls: Vec<String> = PLAIN_URLS.iter().map(|s| s.to_string()).collect();
    urls.push(renderer);
    for url in &urls {
        let identity = send!(&app, encoded(url, None));
        assert_eq!(identity.status, StatusCode::OK, "{url}");
        assert_eq!(identity.header("content-encoding"), None, "{url}");
        assert!(identity.body.len() > 1000, "{url}");

        let gzip = send!(&app, encoded(url, Some("gzip, deflate")));
        assert_eq!(gzip.status, StatusCode::OK, "{url}");
        assert_eq!(
            gzip.header("content-encoding").as_deref(),
            Some("gzip"),
            "{url}"
        );
        assert!(
            gzip.header("vary")
                .unwrap_or_default()
                .to_ascii_lowercase()
                .contains("accept-encoding"),
            "{url}: caches must key on Accept-Encoding"
        );
        assert!(gzip.body.len() < identity.body.len(), "{url}");
        assert!(gunzip(&gzip.body) == identity.body, "{url}: gzip differs");

        // Brotli when offered (checked byte-for-byte by dash-assets' own tests; here: it is
        // chosen, it is not the raw or gzip body, and it is smaller).
        let br = send!(&app, encoded(url, Some("gzip, deflate, br")));
        assert_eq!(br.status, StatusCode::OK, "{url}");
        assert_eq!(
            br.header("content-encoding").as_deref(),
            Some("br"),
            "{url}"
        );
        assert!(br.body != identity.body && br.body != gzip.body, "{url}");
        assert!(br.body.len() < identity.body.len(), "{url}");

        // A coding refused with q=0 is not used.
        let no_br = send!(&app, encoded(url, Some("br;q=0, gzip")));
        assert_eq!(
            no_br.header("content-encoding").as_deref(),
            Some("gzip"),
            "{url}"
        );
        assert!(gunzip(&no_br.body) == identity.body, "{url}");

        let neither = send!(&app, encoded(url, Some("identity")));
        assert_eq!(neither.header("content-encoding"), None, "{url}");
        assert!(neither.body == identity.body, "{url}");
    }
}

#[actix_web::test]
async fn unknown_component_suite_files_are_404() {
    let app = serve!(production());
    for url in [
        "/_dash-component-suites/dash/dcc/nope.js",
        "/_dash-component-suites/nope/dcc/async-graph.js",
        "/_dash-component-suites/plotly/dcc/async-graph.js",
        "/_dash-component-suites/dash/package_data/plotly.min.js",
        "/_dash-component-suites/dash/dcc/../dcc/async-graph.js",
        "/_dash-component-suites/dash/dcc/./async-graph.js",
        "/_dash-component-suites/dash/./dcc/async-graph.js",
        "/_dash-component-suites/dash/dcc/%2e%2e/dcc/async-graph.js",
        "/_dash-component-suites/dash/dcc%2fasync-graph.js%2f..%2f..%2f..%2fCargo.toml",
        "/_dash-component-suites/dash/../../Cargo.toml",
        "/_dash-component-suites/dash/%2e%2e/%2e%2e/Cargo.toml",
        "/_dash-component-suites/dash//etc/passwd",
        "/_dash-component-suites/dash/dcc",
        "/_dash-component-suites/dash/",
    ] {
        let reply = get!(&app, url);
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{url}");
        assert!(!reply.text().contains("[workspace]"), "{url}");
    }
}
