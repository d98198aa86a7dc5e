//! Helpers shared by the route tests: an in-process service, its replies, the fixtures and
//! readers of the index page.

use actix_web::body::MessageBody;
use actix_web::dev::ServiceResponse;
use actix_web::http::header::HeaderMap;
use actix_web::http::StatusCode;
use actix_web::test;
use dash::html;
use dash::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// An in-process service for `dash` (an expression of type `Dash`).
macro_rules! serve {
    ($dash:expr) => {
        test::init_service(App::new().configure($dash.build().expect("the app builds").configure()))
            .await
    };
}

/// What a route answered.
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
}

impl Reply {
    pub(crate) fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .map(|v| v.to_str().expect("an ASCII header").to_owned())
    }

    pub(crate) fn content_type(&self) -> String {
        self.header("content-type").unwrap_or_default()
    }

    pub(crate) fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("a UTF-8 body")
    }

    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
}

pub(crate) async fn read_reply<B: MessageBody>(response: ServiceResponse<B>) -> Reply {
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

pub(crate) fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// The fixture assets folder: `style.css`, `sub/b.css`, `app.js`, `mod.mjs`, `favicon.ico`,
/// `notes.txt`.
pub(crate) fn assets() -> PathBuf {
    fixture("assets")
}

/// A folder that does not exist, so that no `./assets` of the working directory leaks in.
pub(crate) fn no_assets() -> PathBuf {
    fixture("this-folder-does-not-exist")
}

/// A production app (debug explicitly off, whatever `DASH_DEBUG` says) without assets.
pub(crate) fn production() -> Dash {
    Dash::new()
        .debug(false)
        .assets_folder(no_assets())
        .layout(html::Div::new().id("root").child("hello"))
}

/// The same in debug mode.
pub(crate) fn debug() -> Dash {
    Dash::new()
        .debug(true)
        .assets_folder(no_assets())
        .layout(html::Div::new().id("root").child("hello"))
}

/// The text between `<script id="_dash-config" ...>` and the first `</script>` after it.
pub(crate) fn config_text(page: &str) -> &str {
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
pub(crate) fn config_of(page: &str) -> Value {
    let text = config_text(page);
    serde_json::from_str(text).unwrap_or_else(|e| panic!("the config is not JSON ({e}): {text}"))
}

/// Every `<tag ...>` opening tag of the page, in document order.
pub(crate) fn tags<'a>(page: &'a str, tag: &str) -> Vec<&'a str> {
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
pub(crate) fn attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = start + tag[start..].find('"')?;
    Some(tag[start..end].replace("&amp;", "&"))
}

/// The `src` of every `<script src>` of the page, in order.
pub(crate) fn script_srcs(page: &str) -> Vec<String> {
    tags(page, "script")
        .into_iter()
        .filter_map(|tag| attribute(tag, "src"))
        .collect()
}

/// The `href` of every stylesheet `<link>`, in order.
pub(crate) fn stylesheet_hrefs(page: &str) -> Vec<String> {
    tags(page, "link")
        .into_iter()
        .filter(|tag| attribute(tag, "rel").as_deref() == Some("stylesheet"))
        .filter_map(|tag| attribute(tag, "href"))
        .collect()
}

/// Dash's un-fingerprinting (§2.4): drops part 1 of the file name when it is `v<ver>m<hex>`.
pub(crate) fn unfingerprint(url: &str) -> String {
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
pub(crate) fn fingerprint_of(url: &str) -> String {
    let name = url.rsplit('/').next().unwrap();
    name.split('.').nth(1).unwrap().to_owned()
}

pub(crate) const SUITES: &str = "/_dash-component-suites/";

/// The scripts of a production page, without fingerprints (§1.5).
pub(crate) const PRODUCTION_SCRIPTS: [&str; 9] = [
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
pub(crate) const DEBUG_SCRIPTS: [&str; 10] = [
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
pub(crate) const CONFIG_KEYS: [&str; 20] = [
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

pub(crate) fn keys(value: &Value) -> Vec<String> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .cloned()
        .collect()
}

/// The `?m=` cache-busting value of an asset URL, checked against the file's mtime.
pub(crate) fn assert_mtime_query(url: &str, file: &Path) {
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
