//! dash-bootstrap-components and the Bootstrap themes, served from the binary: the page loads
//! dbc's bundle where Python Dash puts it, only when the app uses it, and the themes and the
//! bundle come from `/_dash-component-suites/` like every other front-end file.

use crate::helpers::{
    config_of, fixture, no_assets, read_reply, script_srcs, stylesheet_hrefs, unfingerprint,
};
use actix_web::http::StatusCode;
use actix_web::{test, App};
use dash::component::{Builder, Component};
use dash::html;
use dash::packages::bootstrap::{self, themes};
use dash::server::{Dash, Layout};
use serde_json::json;

const DBC_BUNDLE: &str =
    "/_dash-component-suites/dash_bootstrap_components/_components/dash_bootstrap_components.min.js";

/// A `dbc.Card` inside an html.Div: the layout the builders will produce.
fn card_page() -> html::Div {
    let mut card = Component::new(bootstrap::NAMESPACE, "Card");
    card.set_prop("children", json!("Revenue"));
    html::Div::new().id("root").child(card)
}

fn plain_srcs(page: &str) -> Vec<String> {
    script_srcs(page).iter().map(|s| unfingerprint(s)).collect()
}

#[actix_web::test]
async fn a_layout_using_dbc_loads_its_bundle_where_python_dash_does() {
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(fixture("assets"))
        .external_script("https://example.org/x.js")
        .layout(card_page()));
    let page = get!(&app, "/").text();
    let srcs = plain_srcs(&page);
    let at = |wanted: &str| {
        srcs.iter()
            .position(|s| s.starts_with(wanted))
            .unwrap_or_else(|| panic!("{wanted} missing: {srcs:#?}"))
    };
    // Dash 4.4.1 with dbc 2.0.4: react deps, external scripts, component bundles, assets, renderer.
    let dbc = at(DBC_BUNDLE);
    assert!(at("/_dash-component-suites/dash/deps/prop-types") < at("https://example.org/x.js"));
    assert!(at("https://example.org/x.js") < dbc);
    assert!(dbc < at("/assets/app.js"));
    assert!(at("/assets/app.js") < at("/_dash-component-suites/dash/dash-renderer/"));
    assert_eq!(
        srcs.iter().filter(|s| s.contains("dash_bootstrap")).count(),
        1
    );
    // The renderer learns which dbc props hold components.
    let config = config_of(&page);
    assert_eq!(
        config["children_props"]["dash_bootstrap_components"]["AccordionItem"],
        json!(["title"])
    );
}

#[actix_web::test]
async fn apps_without_dbc_do_not_load_it_unless_they_ask() {
    let plain = serve!(Dash::new()
        .debug(false)
        .assets_folder(no_assets())
        .layout(html::Div::new().child("hi")));
    let page = get!(&plain, "/").text();
    assert!(!page.contains("dash_bootstrap_components"), "{page}");

    // Components only callbacks return are not known at startup: the app names the package.
    let dynamic = serve!(Dash::new()
        .debug(false)
        .assets_folder(no_assets())
        .suppress_callback_exceptions(true)
        .layout(Layout::dynamic(|| html::Div::new().into()))
        .component_package(&bootstrap::PACKAGE)
        .component_package(&bootstrap::PACKAGE));
    let srcs = plain_srcs(&get!(&dynamic, "/").text());
    assert_eq!(
        srcs.iter().filter(|s| *s == DBC_BUNDLE).count(),
        1,
        "{srcs:#?}"
    );
}

#[actix_web::test]
async fn a_theme_is_a_stylesheet_served_from_the_binary() {
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(no_assets())
        .external_stylesheet(themes::DARKLY)
        .layout(card_page()));
    let page = get!(&app, "/").text();
    let hrefs = stylesheet_hrefs(&page);
    assert_eq!(hrefs, [themes::DARKLY.url()], "{page}");
    let css = get!(&app, &hrefs[0]);
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.content_type(), "text/css; charset=utf-8");
    assert!(css.text().contains("--bs-body-bg"), "not a Bootstrap theme");
    assert!(
        !css.text().contains("fonts.googleapis"),
        "reaches for the internet"
    );

    let bundle_src = script_srcs(&page)
        .into_iter()
        .find(|s| s.contains("dash_bootstrap_components.v2_0_4m"))
        .expect("a fingerprinted dbc bundle");
    let bundle = get!(&app, &bundle_src);
    assert_eq!(bundle.status, StatusCode::OK);
    assert_eq!(bundle.content_type(), "text/javascript; charset=utf-8");
    assert!(bundle.text().contains("dash_bootstrap_components"));
}

#[actix_web::test]
async fn theme_fonts_are_served_from_the_binary_with_long_caching() {
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(no_assets())
        .external_stylesheet(themes::DARKLY)
        .layout(card_page()));
    let css = get!(&app, &themes::DARKLY.url()).text();
    let relative = css
        .split("url(../fonts/")
        .nth(1)
        .and_then(|rest| rest.split_once(')'))
        .map(|(file, _)| file)
        .expect("DARKLY loads an embedded font");
    let url = format!("/_dash-component-suites/dash_bootstrap_components/themes/fonts/{relative}");
    let font = get!(&app, &url);
    assert_eq!(font.status, StatusCode::OK, "{url}");
    assert_eq!(font.content_type(), "font/woff2");
    assert!(font.body.starts_with(b"wOF2"));
    let cache = font.header("cache-control").unwrap_or_default();
    assert!(cache.contains("immutable"), "{cache}");
}
