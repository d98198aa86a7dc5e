//! A component package the app carries itself: its bundle is listed on the page where Python
//! Dash lists component libraries and served with Dash's caching rules.

use crate::helpers::{no_assets, read_reply, script_srcs, unfingerprint};
use actix_web::http::StatusCode;
use actix_web::{test, App};
use dash::component::Builder;
use dash::html;
use dash::packages::{Bundle, ComponentPackage, Script};
use dash::server::Dash;

const SOURCE: &[u8] = b"window.gauges = {Dial: function () { return null; }};";

const GAUGES: ComponentPackage = ComponentPackage {
    namespace: "gauges",
    version: "2.1.0",
    scripts: &[Script::Bundle(Bundle {
        file: "gauges.min.js",
        source: SOURCE,
    })],
    children_props: &[("Dial", &["face"])],
};

fn app() -> Dash {
    Dash::new()
        .debug(false)
        .assets_folder(no_assets())
        .layout(html::Div::new().child("hi"))
        .component_package(&GAUGES)
}

#[actix_web::test]
async fn the_bundle_is_listed_fingerprinted_and_served_with_dashs_caching() {
    let app = serve!(app());
    let page = get!(&app, "/").text();
    let src = script_srcs(&page)
        .into_iter()
        .find(|s| s.starts_with("/_dash-component-suites/gauges/"))
        .expect("the bundle's script");
    assert!(src.contains("gauges.v2_1_0m"), "{src}");
    assert_eq!(
        unfingerprint(&src),
        "/_dash-component-suites/gauges/gauges.min.js"
    );
    assert!(
        page.contains("\"gauges\":{\"Dial\":[\"face\"]}"),
        "children_props"
    );

    let fingerprinted = get!(&app, &src);
    assert_eq!(fingerprinted.status, StatusCode::OK);
    assert_eq!(
        fingerprinted.content_type(),
        "text/javascript; charset=utf-8"
    );
    assert_eq!(fingerprinted.body, SOURCE);
    assert!(fingerprinted
        .header("cache-control")
        .unwrap_or_default()
        .contains("immutable"));

    let plain = get!(&app, "/_dash-component-suites/gauges/gauges.min.js");
    let etag = plain.header("etag").expect("an ETag on the plain URL");
    let again = send!(
        &app,
        test::TestRequest::get()
            .uri("/_dash-component-suites/gauges/gauges.min.js")
            .insert_header(("if-none-match", etag.as_str())),
    );
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);

    for missing in [
        "/_dash-component-suites/gauges/other.js",
        "/_dash-component-suites/gauges/../gauges/gauges.min.js",
        "/_dash-component-suites/other/gauges.min.js",
    ] {
        assert_eq!(
            get!(&app, missing).status,
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
}
