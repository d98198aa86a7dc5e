//! The HTTP routes of a Dash app, checked against Dash's wire protocol
//! (`shared/docs/dash-protocol.md` §1, §2, §4) through the public API, in process.
//!
//! Every app here is small and built in the test; the assets fixtures live in
//! `tests/fixtures/`.

use actix_web::body::MessageBody;
use actix_web::dev::ServiceResponse;
use actix_web::http::header::HeaderMap;
use actix_web::http::StatusCode;
use actix_web::{test, App};
use dash::callback::{CallbackDefinition, Dependency};
use dash::html;
use dash::prelude::*;
use dash::protocol::index::Resource;
use serde_json::{json, Value};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

// ---------------------------------------------------------------------------------------------
// Helpers

/// An in-process service for `dash` (an expression of type `Dash`).
macro_rules! serve {
    ($dash:expr) => {
        test::init_service(App::new().configure($dash.build().expect("the app builds").configure()))
            .await
    };
}

/// What a route answered.
struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .map(|v| v.to_str().expect("an ASCII header").to_owned())
    }

    fn content_type(&self) -> String {
        self.header("content-type").unwrap_or_default()
    }

    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("a UTF-8 body")
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
}

async fn read_reply<B: MessageBody>(response: ServiceResponse<B>) -> Reply {
    let status = response.status();
    let headers = response.headers().clone();
    let body = test::read_body(response).await.to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

/// Sends a `TestRequest` to a service and reads the whole reply.
macro_rules! send {
    ($app:expr, $request:expr $(,)?) => {
        read_reply(test::call_service($app, $request.to_request()).await).await
    };
}

/// `GET path`.
macro_rules! get {
    ($app:expr, $path:expr $(,)?) => {
        send!($app, test::TestRequest::get().uri($path))
    };
}

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// The fixture assets folder: `style.css`, `sub/b.css`, `app.js`, `mod.mjs`, `favicon.ico`,
/// `notes.txt`.
fn assets() -> PathBuf {
    fixture("assets")
}

/// A folder that does not exist, so that no `./assets` of the working directory leaks in.
fn no_assets() -> PathBuf {
    fixture("this-folder-does-not-exist")
}

/// A production app (debug explicitly off, whatever `DASH_DEBUG` says) without assets.
fn production() -> Dash {
    Dash::new()
        .debug(false)
        .assets_folder(no_assets())
        .layout(html::Div::new().id("root").child("hello"))
}

/// The same in debug mode.
fn debug() -> Dash {
    Dash::new()
        .debug(true)
        .assets_folder(no_assets())
        .layout(html::Div::new().id("root").child("hello"))
}

/// The text between `<script id="_dash-config" ...>` and the first `</script>` after it.
fn config_text(page: &str) -> &str {
    let open = "<script id=\"_dash-config\" type=\"application/json\">";
    let start = page
        .find(open)
        .expect("the page has the _dash-config script")
        + open.len();
    let end = start
        + page[start..]
            .find("</script>")
            .expect("the config is closed");
    &page[start..end]
}

/// The `_dash-config` blob, parsed as the renderer parses it.
fn config_of(page: &str) -> Value {
    let text = config_text(page);
    serde_json::from_str(text).unwrap_or_else(|e| panic!("the config is not JSON ({e}): {text}"))
}

/// Every `<tag ...>` opening tag of the page, in document order.
fn tags<'a>(page: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let mut found = Vec::new();
    let mut rest = page;
    while let Some(at) = rest.find(&open) {
        let candidate = &rest[at..];
        let end = candidate.find('>').expect("the tag is closed");
        let next = candidate.as_bytes().get(open.len()).copied();
        if matches!(next, Some(b' ' | b'>')) {
            found.push(&candidate[..=end]);
        }
        rest = &candidate[end..];
    }
    found
}

/// The value of `name="..."` in an opening tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = start + tag[start..].find('"')?;
    Some(tag[start..end].replace("&amp;", "&"))
}

/// The `src` of every `<script src>` of the page, in order.
fn script_srcs(page: &str) -> Vec<String> {
    tags(page, "script")
        .into_iter()
        .filter_map(|tag| attribute(tag, "src"))
        .collect()
}

/// The `href` of every stylesheet `<link>`, in order.
fn stylesheet_hrefs(page: &str) -> Vec<String> {
    tags(page, "link")
        .into_iter()
        .filter(|tag| attribute(tag, "rel").as_deref() == Some("stylesheet"))
        .filter_map(|tag| attribute(tag, "href"))
        .collect()
}

/// Dash's un-fingerprinting (§2.4): drops part 1 of the file name when it is `v<ver>m<hex>`.
fn unfingerprint(url: &str) -> String {
    let (dir, name) = url.rsplit_once('/').unwrap_or(("", url));
    let parts: Vec<&str> = name.split('.').collect();
    if parts.len() > 2 && is_fingerprint(parts[1]) {
        let rest: Vec<&str> = parts
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != 1)
            .map(|(_, p)| *p)
            .collect();
        format!("{dir}/{}", rest.join("."))
    } else {
        url.to_owned()
    }
}

/// `^v[\w-]+m[0-9a-fA-F]+$`.
fn is_fingerprint(part: &str) -> bool {
    let Some(body) = part.strip_prefix('v') else {
        return false;
    };
    let Some(m) = body.rfind('m') else {
        return false;
    };
    let (version, hash) = (&body[..m], &body[m + 1..]);
    !version.is_empty()
        && version
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        && !hash.is_empty()
        && hash.chars().all(|c| c.is_ascii_hexdigit())
}

/// The fingerprint part of a fingerprinted URL (`v4_4_1m...`).
fn fingerprint_of(url: &str) -> String {
    let name = url.rsplit('/').next().unwrap();
    name.split('.').nth(1).unwrap().to_owned()
}

const SUITES: &str = "/_dash-component-suites/";

/// The scripts of a production page, without fingerprints (§1.5).
const PRODUCTION_SCRIPTS: [&str; 9] = [
    "/_dash-component-suites/dash/deps/polyfill@7.12.1.min.js",
    "/_dash-component-suites/dash/deps/react@18.3.1.min.js",
    "/_dash-component-suites/dash/deps/react-dom@18.3.1.min.js",
    "/_dash-component-suites/dash/deps/prop-types@15.8.1.min.js",
    "/_dash-component-suites/dash/dash-renderer/build/dash_renderer.min.js",
    "/_dash-component-suites/dash/dcc/dash_core_components.js",
    "/_dash-component-suites/dash/dcc/dash_core_components-shared.js",
    "/_dash-component-suites/dash/html/dash_html_components.min.js",
    "/_dash-component-suites/dash/dash_table/bundle.js",
];

/// The scripts of a debug page (React development builds, the dev renderer, dcc's prop types).
const DEBUG_SCRIPTS: [&str; 10] = [
    "/_dash-component-suites/dash/deps/polyfill@7.12.1.min.js",
    "/_dash-component-suites/dash/deps/react@18.3.1.js",
    "/_dash-component-suites/dash/deps/react-dom@18.3.1.js",
    "/_dash-component-suites/dash/deps/prop-types@15.8.1.js",
    "/_dash-component-suites/dash/dash-renderer/build/dash_renderer.dev.js",
    "/_dash-component-suites/dash/dcc/dash_core_components.js",
    "/_dash-component-suites/dash/dcc/dash_core_components-shared.js",
    "/_dash-component-suites/dash/dcc/proptypes.js",
    "/_dash-component-suites/dash/html/dash_html_components.min.js",
    "/_dash-component-suites/dash/dash_table/bundle.js",
];

/// The config keys of §1.6, in Dash's order, that every page has.
const CONFIG_KEYS: [&str; 20] = [
    "url_base_pathname",
    "requests_pathname_prefix",
    "ui",
    "props_check",
    "disable_version_check",
    "show_undo_redo",
    "suppress_callback_exceptions",
    "update_title",
    "children_props",
    "serve_locally",
    "dash_version",
    "python_version",
    "dash_version_url",
    "ddk_version",
    "plotly_version",
    "validate_callbacks",
    "csrf_token_name",
    "csrf_header_name",
    "end_id",
    "plotly_cloud_installed",
];

fn keys(value: &Value) -> Vec<String> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .cloned()
        .collect()
}

/// The `?m=` cache-busting value of an asset URL, checked against the file's mtime.
fn assert_mtime_query(url: &str, file: &Path) {
    let (_, m) = url
        .split_once("?m=")
        .unwrap_or_else(|| panic!("{url} has no ?m= query"));
    let m: f64 = m
        .parse()
        .unwrap_or_else(|e| panic!("{url}: ?m= is not a number: {e}"));
    let mtime = std::fs::metadata(file)
        .and_then(|meta| meta.modified())
        .unwrap()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    assert!(
        (m - mtime).abs() < 1e-3,
        "{url}: ?m={m}, the file's mtime is {mtime}"
    );
}

// ---------------------------------------------------------------------------------------------
// The index page (§1)

#[actix_web::test]
async fn the_production_index_page_has_what_the_renderer_needs() {
    let app = serve!(production());
    let reply = get!(&app, "/");
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.content_type(), "text/html; charset=utf-8");
    let page = reply.text();
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert!(page.contains("<div id=\"react-entry-point\">"), "{page}");
    assert!(page.contains("<div class=\"_dash-loading\">"), "{page}");
    assert!(page.contains("<title>Dash</title>"), "{page}");
    for meta in [
        "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">",
        "<meta charset=\"UTF-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
    ] {
        assert!(page.contains(meta), "{meta} missing: {page}");
    }
    assert!(
        page.contains("<link rel=\"icon\" type=\"image/x-icon\" href=\"/_favicon.ico?v=4.4.1\">"),
        "{page}"
    );

    // The config (§1.6): every key, in Dash's order, with production values.
    let config = config_of(&page);
    assert_eq!(keys(&config), CONFIG_KEYS, "{config}");
    assert_eq!(config["url_base_pathname"], Value::Null);
    assert_eq!(config["requests_pathname_prefix"], "/");
    assert_eq!(config["ui"], false);
    assert_eq!(config["props_check"], false);
    assert!(config["disable_version_check"].is_boolean());
    assert_eq!(config["show_undo_redo"], false);
    assert_eq!(config["suppress_callback_exceptions"], false);
    assert_eq!(config["update_title"], "Updating...");
    assert_eq!(config["serve_locally"], true);
    assert_eq!(config["dash_version"], "4.4.1");
    assert!(config["python_version"].is_string());
    assert_eq!(
        config["dash_version_url"],
        "https://dash-version.plotly.com:8080/current_version"
    );
    assert_eq!(config["ddk_version"], Value::Null);
    assert!(config["plotly_version"].is_string() || config["plotly_version"].is_null());
    assert_eq!(config["validate_callbacks"], false);
    assert_eq!(config["csrf_token_name"], "_csrf_token");
    assert_eq!(config["csrf_header_name"], "X-CSRFToken");
    assert_eq!(config["plotly_cloud_installed"], false);
    let children_props = &config["children_props"];
    assert_eq!(
        children_props["dash_core_components"]["Clipboard"],
        json!(["copied_children"])
    );
    assert_eq!(
        children_props["dash_core_components"]["Loading"],
        json!(["custom_spinner"])
    );
    assert_eq!(
        children_props["dash_core_components"]["Tab"],
        json!(["label"])
    );
    assert!(children_props["dash_html_components"].is_object());
    assert!(children_props["dash_table"].is_object());
    // The renderer appends `?endId=<end_id>` without URL-encoding it (§5.1).
    let end_id = config["end_id"].as_str().expect("end_id is a string");
    assert!(!end_id.is_empty());
    assert!(
        end_id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~".contains(c)),
        "end_id is not URL-safe: {end_id}"
    );
    // The config is Dash-escaped JSON: no `/` even in the version URL.
    assert!(!config_text(&page).contains('/'), "{}", config_text(&page));

    // The scripts (§1.5), in order, fingerprinted.
    let srcs = script_srcs(&page);
    let plain: Vec<String> = srcs.iter().map(|s| unfingerprint(s)).collect();
    assert_eq!(plain, PRODUCTION_SCRIPTS, "{srcs:#?}");
    for src in &srcs {
        assert_ne!(&unfingerprint(src), src, "{src} is not fingerprinted");
        let fingerprint = fingerprint_of(src);
        let version = if src.contains("/dash_table/") {
            "v7_4_1m"
        } else {
            "v4_4_1m"
        };
        assert!(fingerprint.starts_with(version), "{src}");
    }
    assert!(stylesheet_hrefs(&page).is_empty(), "{page}");

    // The config comes before the scripts, `new DashRenderer()` after all of them.
    let config_at = page.find("id=\"_dash-config\"").unwrap();
    let first_script = page.find("<script src=").unwrap();
    let last_script = page.rfind("<script src=").unwrap();
    let renderer = page
        .find("<script id=\"_dash-renderer\" type=\"application/javascript\">var renderer = new DashRenderer();</script>")
        .expect("the renderer script");
    assert!(config_at < first_script && last_script < renderer, "{page}");
    assert_eq!(page.rfind("<script"), Some(renderer), "{page}");
    assert_eq!(
        page.find("new DashRenderer"),
        page.rfind("new DashRenderer")
    );
    let footer = page.find("<footer>").unwrap();
    assert!(footer < config_at && renderer < page.find("</footer>").unwrap());
}

#[actix_web::test]
async fn the_debug_index_page_turns_the_dev_tools_on() {
    let app = serve!(debug());
    let page = get!(&app, "/").text();
    let config = config_of(&page);
    let mut expected: Vec<&str> = CONFIG_KEYS.to_vec();
    expected.push("dev_tools");
    let found = keys(&config);
    // Dash also sends `hot_reload` in debug mode when it offers hot reload; nothing else.
    let found: Vec<&str> = found
        .iter()
        .map(String::as_str)
        .filter(|k| *k != "hot_reload")
        .collect();
    assert_eq!(found, expected, "{config}");
    assert_eq!(config["ui"], true);
    assert_eq!(config["props_check"], true);
    assert_eq!(config["validate_callbacks"], true);
    assert_eq!(config["dev_tools"], json!([]));
    if let Some(hot_reload) = config.get("hot_reload") {
        assert!(hot_reload["interval"].is_u64() && hot_reload["max_retry"].is_u64());
    }

    let srcs = script_srcs(&page);
    let plain: Vec<String> = srcs.iter().map(|s| unfingerprint(s)).collect();
    assert_eq!(plain, DEBUG_SCRIPTS, "{srcs:#?}");

    // Production pages have none of it.
    let production_page = get!(&serve!(production()), "/").text();
    assert!(config_of(&production_page).get("dev_tools").is_none());
    assert!(production_page.contains("dash_renderer.v4_4_1m"));
    assert!(!production_page.contains(".dev.js"));
    assert!(!production_page.contains("proptypes"));
}

#[actix_web::test]
async fn config_settings_reach_the_config() {
    let app = serve!(production()
        .suppress_callback_exceptions(true)
        .update_title(None));
    let config = config_of(&get!(&app, "/").text());
    assert_eq!(config["suppress_callback_exceptions"], true);
    assert_eq!(config["update_title"], Value::Null);

    let app = serve!(production().update_title(Some("Working...")));
    let config = config_of(&get!(&app, "/").text());
    assert_eq!(config["update_title"], "Working...");
    assert_eq!(config["suppress_callback_exceptions"], false);
}

#[actix_web::test]
async fn a_hostile_title_and_config_value_stay_inert() {
    let title = "Sales </title><script>alert('title')</script> & more";
    let update_title = "</script><script>alert('update')</script>";
    let app = serve!(production().title(title).update_title(Some(update_title)));
    let page = get!(&app, "/").text();
    assert!(!page.contains("<script>alert"), "{page}");
    assert!(!page.contains("</title><script>"), "{page}");
    // The title is HTML-escaped, and there is one <title> element.
    assert_eq!(tags(&page, "title").len(), 1, "{page}");
    let start = page.find("<title>").unwrap() + "<title>".len();
    let end = page.find("</title>").unwrap();
    let shown = &page[start..end];
    assert!(!shown.contains('<') && !shown.contains('>'), "{shown}");
    assert!(shown.contains("&lt;/title&gt;&lt;script&gt;"), "{shown}");
    assert!(shown.contains("&amp; more"), "{shown}");
    // The config block holds exactly one `</script>`, its own, and still parses to the value.
    let config = config_of(&page);
    assert_eq!(config["update_title"], update_title);
    // Every script element closes exactly once: nothing broke out of one.
    assert_eq!(
        page.matches("</script>").count(),
        tags(&page, "script").len(),
        "{page}"
    );
}

#[actix_web::test]
async fn the_end_id_placeholder_cannot_be_hijacked_by_the_title() {
    // The index is rendered once with a placeholder where the per-load `end_id` goes; a title
    // (or any other text earlier in the page) that happens to equal the placeholder must not
    // receive the token in the config's place.
    let title = "__dash_end_id__";
    let app = serve!(production().title(title));
    let first = get!(&app, "/").text();
    let second = get!(&app, "/").text();
    assert!(
        first.contains(&format!("<title>{title}</title>")),
        "{first}"
    );
    let (a, b) = (config_of(&first), config_of(&second));
    assert_ne!(a["end_id"], title, "{a}");
    assert_ne!(a["end_id"], b["end_id"]);
}

#[actix_web::test]
async fn every_get_to_an_unknown_path_is_the_index_and_end_ids_differ() {
    let app = serve!(production());
    let home = get!(&app, "/");
    let mut end_ids = vec![config_of(&home.text())["end_id"].clone()];
    for path in [
        "/some/deep/path",
        "/page-2",
        "/page-2/",
        "/reports/2024?x=1",
        "/_dash-something-else",
        "/?q=1",
    ] {
        let reply = get!(&app, path);
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        assert_eq!(reply.content_type(), "text/html; charset=utf-8", "{path}");
        let page = reply.text();
        assert!(page.contains("id=\"react-entry-point\""), "{path}");
        end_ids.push(config_of(&page)["end_id"].clone());
    }
    // A fresh token per page load (§1, §11.3).
    let mut unique = end_ids.clone();
    unique.sort_by_key(Value::to_string);
    unique.dedup();
    assert_eq!(unique.len(), end_ids.len(), "{end_ids:?}");
}

#[actix_web::test]
async fn a_get_to_the_post_only_callback_route_is_the_index_as_in_dash() {
    // Dash's catch-all answers every GET that no GET route takes, including
    // `GET /_dash-update-component` (§1: live, 200 HTML).
    let app = serve!(production());
    let reply = get!(&app, "/_dash-update-component");
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.content_type(), "text/html; charset=utf-8");
    assert!(reply.text().contains("id=\"react-entry-point\""));
}

#[actix_web::test]
async fn a_post_to_an_unknown_path_is_not_the_index() {
    let app = serve!(production());
    for path in ["/", "/some/deep/path", "/_dash-layout"] {
        let reply = send!(
            &app,
            test::TestRequest::post()
                .uri(path)
                .insert_header(("content-type", "application/json"))
                .set_payload("{}"),
        );
        // Flask: the catch-all is GET-only, so 405.
        assert_eq!(reply.status, StatusCode::METHOD_NOT_ALLOWED, "{path}");
        assert!(!reply.text().contains("react-entry-point"), "{path}");
    }
}

// ---------------------------------------------------------------------------------------------
// External resources and the assets folder (§1.4, §1.5, §2.6)

#[actix_web::test]
async fn external_resources_and_assets_are_included_in_dash_order() {
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(assets())
        .external_stylesheet("https://cdn.example.com/a.css")
        .external_stylesheet(Resource::Attributes(vec![
            ("rel".into(), "stylesheet".into()),
            ("href".into(), "https://cdn.example.com/b.css".into()),
            ("integrity".into(), "sha384-abc".into()),
            ("crossorigin".into(), "anonymous".into()),
        ]))
        .external_script("https://cdn.example.com/a.js")
        .external_script(Resource::Attributes(vec![
            ("src".into(), "https://cdn.example.com/b.js".into()),
            ("integrity".into(), "sha384-def".into()),
            ("crossorigin".into(), "anonymous".into()),
        ]))
        .layout(html::Div::new().id("root")));
    let page = get!(&app, "/").text();
    let head_end = page.find("</head>").unwrap();

    // CSS: external (both forms) first, then the assets in walk order; all in <head>.
    assert!(
        page.contains("<link rel=\"stylesheet\" href=\"https://cdn.example.com/a.css\">"),
        "{page}"
    );
    assert!(
        page.contains(
            "<link rel=\"stylesheet\" href=\"https://cdn.example.com/b.css\" \
             integrity=\"sha384-abc\" crossorigin=\"anonymous\">"
        ),
        "{page}"
    );
    let css = stylesheet_hrefs(&page);
    let css_plain: Vec<&str> = css.iter().map(|u| u.split('?').next().unwrap()).collect();
    assert_eq!(
        css_plain,
        [
            "https://cdn.example.com/a.css",
            "https://cdn.example.com/b.css",
            "/assets/style.css",
            "/assets/sub/b.css",
        ],
        "{page}"
    );
    assert_mtime_query(&css[2], &assets().join("style.css"));
    assert_mtime_query(&css[3], &assets().join("sub/b.css"));
    for href in &css {
        assert!(page.find(href.as_str()).unwrap() < head_end, "{href}");
    }

    // Scripts: React deps, external scripts, assets JS, then the renderer and the bundles.
    assert!(
        page.contains(
            "<script src=\"https://cdn.example.com/b.js\" integrity=\"sha384-def\" \
             crossorigin=\"anonymous\"></script>"
        ),
        "{page}"
    );
    assert!(
        page.contains("<script src=\"https://cdn.example.com/a.js\"></script>"),
        "{page}"
    );
    let srcs = script_srcs(&page);
    let plain: Vec<String> = srcs
        .iter()
        .map(|s| unfingerprint(s.split('?').next().unwrap()))
        .collect();
    let mut expected: Vec<&str> = PRODUCTION_SCRIPTS[..4].to_vec();
    expected.extend([
        "https://cdn.example.com/a.js",
        "https://cdn.example.com/b.js",
        "/assets/app.js",
        "/assets/mod.mjs",
    ]);
    expected.extend(&PRODUCTION_SCRIPTS[4..]);
    assert_eq!(plain, expected, "{page}");
    assert_mtime_query(&srcs[6], &assets().join("app.js"));
    assert_mtime_query(&srcs[7], &assets().join("mod.mjs"));

    // `.mjs` is a module; plain `.js` is not.
    let script_tags = tags(&page, "script");
    let tag_of = |needle: &str| {
        *script_tags
            .iter()
            .find(|t| t.contains(needle))
            .unwrap_or_else(|| panic!("no script {needle}"))
    };
    assert_eq!(
        attribute(tag_of("/assets/mod.mjs"), "type").as_deref(),
        Some("module")
    );
    assert_eq!(attribute(tag_of("/assets/app.js"), "type"), None);
    assert_eq!(
        attribute(tag_of("https://cdn.example.com/a.js"), "type"),
        None
    );

    // The favicon is the asset; notes.txt is served but not included.
    let icon = tags(&page, "link")
        .into_iter()
        .find(|t| attribute(t, "rel").as_deref() == Some("icon"))
        .expect("a favicon link");
    assert_eq!(attribute(icon, "type").as_deref(), Some("image/x-icon"));
    let href = attribute(icon, "href").unwrap();
    assert!(href.starts_with("/assets/favicon.ico?m="), "{href}");
    assert_mtime_query(&href, &assets().join("favicon.ico"));
    assert!(!page.contains("notes.txt"), "{page}");
    assert!(!page.contains("_favicon.ico"), "{page}");
}

#[actix_web::test]
async fn the_assets_walk_sorts_by_directory_path_as_dash_does() {
    // Dash walks with `for current, _, files in sorted(os.walk(assets))`: every directory's
    // files in name order, directories ordered by their full path string. `a-b` sorts before
    // `a/z` because `-` (0x2d) comes before `/` (0x2f), so `a-b/3.css` precedes `a/z/2.css`.
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(fixture("walk_order"))
        .layout(html::Div::new()));
    let page = get!(&app, "/").text();
    let css: Vec<String> = stylesheet_hrefs(&page)
        .iter()
        .map(|u| u.split('?').next().unwrap().to_owned())
        .collect();
    assert_eq!(
        css,
        [
            "/assets/0.css",
            "/assets/a/1.css",
            "/assets/a-b/3.css",
            "/assets/a/z/2.css",
        ]
    );
}

#[actix_web::test]
async fn assets_are_served_and_nothing_outside_the_folder_is() {
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(assets())
        .layout(html::Div::new()));

    let notes = get!(&app, "/assets/notes.txt");
    assert_eq!(notes.status, StatusCode::OK);
    assert!(
        notes.content_type().starts_with("text/plain"),
        "{}",
        notes.content_type()
    );
    assert_eq!(
        notes.body,
        std::fs::read(assets().join("notes.txt")).unwrap()
    );

    let css = get!(&app, "/assets/sub/b.css");
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.content_type().starts_with("text/css"));
    assert_eq!(css.body, std::fs::read(assets().join("sub/b.css")).unwrap());

    // Browsers refuse module scripts without a JavaScript MIME type.
    for path in ["/assets/app.js", "/assets/mod.mjs"] {
        let script = get!(&app, path);
        assert_eq!(script.status, StatusCode::OK, "{path}");
        assert!(
            script.content_type().contains("javascript"),
            "{path}: {}",
            script.content_type()
        );
    }

    let icon = get!(&app, "/assets/favicon.ico");
    assert_eq!(icon.status, StatusCode::OK);
    assert_eq!(
        icon.body,
        std::fs::read(assets().join("favicon.ico")).unwrap()
    );

    // Flask's static caching: an ETag, and 304 when it matches.
    let etag = notes.header("etag").expect("assets carry an ETag");
    let again = send!(
        &app,
        test::TestRequest::get()
            .uri("/assets/notes.txt")
            .insert_header(("if-none-match", etag.as_str())),
    );
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());

    // Missing files and folders.
    for path in [
        "/assets/missing.css",
        "/assets/sub/missing.css",
        "/assets/sub",
        "/assets/sub/",
        "/assets/",
    ] {
        let reply = get!(&app, path);
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
    }

    // Escapes: the targets exist, so only the server's refusal keeps them out.
    let outside = fixture("outside.txt");
    let workspace_manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    assert!(outside.is_file() && workspace_manifest.is_file());
    let absolute = outside.to_str().unwrap().to_owned();
    let absolute_encoded = absolute.replace('/', "%2F");
    for path in [
        "/assets/../Cargo.toml".to_owned(),
        "/assets/%2e%2e/Cargo.toml".to_owned(),
        "/assets/sub/../../Cargo.toml".to_owned(),
        "/assets/../outside.txt".to_owned(),
        "/assets/%2e%2e/outside.txt".to_owned(),
        "/assets/%2E%2E/outside.txt".to_owned(),
        "/assets/sub/../../outside.txt".to_owned(),
        "/assets/sub/%2e%2e/%2e%2e/outside.txt".to_owned(),
        "/assets/..%2foutside.txt".to_owned(),
        "/assets/..%2Foutside.txt".to_owned(),
        "/assets/sub%2f..%2f..%2foutside.txt".to_owned(),
        "/assets/..%5coutside.txt".to_owned(),
        "/assets/../../../Cargo.toml".to_owned(),
        "/assets/%2e%2e/%2e%2e/%2e%2e/Cargo.toml".to_owned(),
        format!("/assets/{absolute}"),
        format!("/assets/{absolute_encoded}"),
        "/assets//etc/passwd".to_owned(),
        "/assets/%2fetc%2fpasswd".to_owned(),
    ] {
        let reply = get!(&app, &path);
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            !reply.text().contains("must never be served"),
            "{path} leaked outside.txt"
        );
        assert!(
            !reply.text().contains("[workspace]") && !reply.text().contains("root:"),
            "{path} leaked a file"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// `/_dash-layout` and `/_dash-dependencies` (§2.1, §2.2, §4)

#[callback(
    output = ["a.children", "b.children"],
    input = "btn.n_clicks",
    state = "inp.value"
)]
fn both(clicks: Option<i64>, text: Option<String>) -> (String, String) {
    (format!("{}", clicks.unwrap_or(0)), text.unwrap_or_default())
}

#[callback(
    output = "c.children",
    input = "inp.value",
    prevent_initial_call = true
)]
fn echo_later(text: Option<String>) -> String {
    text.unwrap_or_default()
}

#[callback(
    output = "d.children",
    input = "inp.value",
    prevent_initial_call = false
)]
fn echo_now(text: Option<String>) -> String {
    text.unwrap_or_default()
}

#[callback(output = "e.children", input = "btn.n_clicks")]
fn default_initial(clicks: Option<i64>) -> Option<i64> {
    clicks
}

fn layout_app() -> Dash {
    production()
        .layout(
            html::Div::new()
                .id("root")
                .child(Input::new().id("inp").value("hello"))
                .child(html::Button::new().id("btn").n_clicks(0).child("go"))
                .child(html::Div::new().id("a"))
                .child(html::Div::new().id("b"))
                .children(["c", "d", "e", "f"].map(|id| html::Div::new().id(id)))
                .child(
                    html::P::new()
                        .id("hostile")
                        .child("</script><b>bold</b> a/b"),
                ),
        )
        .callback::<both>()
        .callback::<echo_later>()
        .callback::<echo_now>()
        .callback::<default_initial>()
        .add_callback(
            CallbackDefinition::blocking("listed_single", |_| Ok(vec![None]))
                .output(Dependency::new("f", "children"))
                .multi_output(true)
                .input(Dependency::new("btn", "n_clicks")),
        )
}

fn entry(output: &str, inputs: Value, state: Value, prevent: bool) -> Value {
    json!({
        "output": output,
        "inputs": inputs,
        "state": state,
        "clientside_function": null,
        "prevent_initial_call": prevent,
        "background": null,
        "dynamic_creator": null,
        "no_output": false,
        "optional": false,
        "hidden": false,
        "websocket": false,
        "persistent": false,
    })
}

#[actix_web::test]
async fn the_layout_is_component_json_escaped_as_dash_escapes_it() {
    let app = serve!(layout_app());
    let reply = get!(&app, "/_dash-layout");
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply.content_type().starts_with("application/json"),
        "{}",
        reply.content_type()
    );
    // `<`, `>` and `/` never appear raw (§0.1).
    let raw = reply.text();
    assert!(
        !raw.contains('<') && !raw.contains('>') && !raw.contains('/'),
        "{raw}"
    );
    assert!(raw.contains(r"\u003c\u002fscript\u003e\u003cb\u003ebold\u003c\u002fb\u003e a\u002fb"));
    // Compact separators.
    assert!(!raw.contains(": ") && !raw.contains(", "), "{raw}");

    let layout = reply.json();
    assert_eq!(keys(&layout), ["props", "type", "namespace"]);
    assert_eq!(layout["type"], "Div");
    assert_eq!(layout["namespace"], "dash_html_components");
    assert_eq!(layout["props"]["id"], "root");
    let children = layout["props"]["children"].as_array().expect("a list");
    assert_eq!(children.len(), 9);
    assert_eq!(
        children[0],
        json!({"props": {"id": "inp", "value": "hello"}, "type": "Input", "namespace": "dash_core_components"})
    );
    assert_eq!(children[1]["type"], "Button");
    assert_eq!(children[1]["namespace"], "dash_html_components");
    assert_eq!(children[1]["props"]["n_clicks"], 0);
    assert_eq!(children[1]["props"]["children"], "go");
    assert_eq!(children[8]["props"]["children"], "</script><b>bold</b> a/b");
}

#[actix_web::test]
async fn list_and_dynamic_layouts() {
    let app = serve!(production().layout(vec![
        html::Div::new().id("one").into_component(),
        html::Div::new().id("two").into_component(),
    ]));
    let layout = get!(&app, "/_dash-layout").json();
    let ids: Vec<&Value> = layout
        .as_array()
        .expect("a list layout is a JSON array")
        .iter()
        .map(|c| &c["props"]["id"])
        .collect();
    assert_eq!(ids, [&json!("one"), &json!("two")]);

    let loads = Arc::new(AtomicUsize::new(0));
    let counter = loads.clone();
    let app = serve!(production().layout(Layout::dynamic(move || {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        html::Div::new()
            .id("root")
            .child(format!("load {n}"))
            .into()
    })));
    let first = get!(&app, "/_dash-layout").json();
    let second = get!(&app, "/_dash-layout").json();
    assert_ne!(
        first["props"]["children"], second["props"]["children"],
        "a dynamic layout is rebuilt per request"
    );
    assert!(loads.load(Ordering::SeqCst) >= 2);
}

#[actix_web::test]
async fn the_dependencies_have_dash_shape() {
    let app = serve!(layout_app());
    let reply = get!(&app, "/_dash-dependencies");
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply.content_type().starts_with("application/json"),
        "{}",
        reply.content_type()
    );
    let dependencies = reply.json();
    let btn = json!([{"id": "btn", "property": "n_clicks"}]);
    let inp = json!([{"id": "inp", "property": "value"}]);
    assert_eq!(
        dependencies,
        json!([
            entry(
                "..a.children...b.children..",
                btn.clone(),
                inp.clone(),
                false
            ),
            entry("c.children", inp.clone(), json!([]), true),
            entry("d.children", inp.clone(), json!([]), false),
            entry("e.children", btn.clone(), json!([]), false),
            entry("..f.children..", btn.clone(), json!([]), false),
        ])
    );
    // Field order as Dash emits it (§4.1).
    assert_eq!(
        keys(&dependencies[0]),
        keys(&entry("", json!([]), json!([]), false))
    );
}

#[actix_web::test]
async fn the_app_default_for_prevent_initial_call_applies_where_callbacks_say_nothing() {
    let app = serve!(layout_app().prevent_initial_callbacks(true));
    let dependencies = get!(&app, "/_dash-dependencies").json();
    let prevent: Vec<(&str, bool)> = dependencies
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["output"].as_str().unwrap(),
                e["prevent_initial_call"].as_bool().expect("a strict bool"),
            )
        })
        .collect();
    assert_eq!(
        prevent,
        [
            ("..a.children...b.children..", true),
            ("c.children", true),
            ("d.children", false), // said `prevent_initial_call = false` itself
            ("e.children", true),
            ("..f.children..", true),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// `/_dash-component-suites/` (§2.4)

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

// ---------------------------------------------------------------------------------------------
// `/_favicon.ico` and `/_reload-hash` (§2.5, §10.1)

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
