//! The HTTP routes (protocol §2) and the per-app state they share.

use super::app_assets::AssetsFolder;
use super::app_bundles::AppBundles;
use super::component_suites;
use super::end_id::Signer;
use super::layout::Layout;
use super::page_shell::PageShell;
use super::prefixes::PathPrefixes;
use super::settings::DevTools;
use crate::callback::RequestInfo;
use crate::dispatch::{Outcome, Registry};
use crate::packages::{ComponentPackage, Script};
use crate::protocol::config::{config, config_script, ConfigSettings};
use crate::protocol::index::{render, IndexPage, Resource};
use crate::protocol::json::to_json;
use crate::protocol::{dependencies, update::UpdateRequest};
use actix_web::http::{header, Method, StatusCode};
use actix_web::{guard, web, HttpRequest, HttpResponse};
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Instant;

const END_ID_SLOT: &str = "__dash_end_id__";
/// Stands for the config script while the page is rendered; chosen so no escaped text can
/// contain it (`<` is escaped everywhere else).
const CONFIG_SLOT: &str = "<dash-config-slot>";
const JSON: &str = "application/json";

/// What the builder hands over to the routes.
pub struct StateParts {
    pub title: String,
    pub layout: Layout,
    pub registry: Registry,
    pub dev_tools: DevTools,
    pub assets: AssetsFolder,
    pub assets_url_path: String,
    pub external_stylesheets: Vec<Resource>,
    pub external_scripts: Vec<Resource>,
    pub component_packages: Vec<&'static ComponentPackage>,
    pub validation_layout: Option<serde_json::Value>,
    pub prefixes: PathPrefixes,
    pub update_title: Option<String>,
    pub suppress_callback_exceptions: bool,
    pub prevent_initial_callbacks: bool,
    pub max_request_body: usize,
    pub health_endpoint: Option<String>,
    pub shell: PageShell,
    pub signer: Signer,
}

/// Everything the routes read, computed once at startup.
pub struct AppState {
    layout: Layout,
    /// The layout JSON, when the layout does not change per page load.
    layout_json: Option<web::Bytes>,
    dependencies_json: web::Bytes,
    registry: Registry,
    /// The index page before and after the per-load `end_id`, which goes inside the config.
    index_halves: (String, String),
    assets: AssetsFolder,
    /// The JS bundles of the app's own component packages.
    bundles: AppBundles,
    /// Where the routes are mounted.
    routes_prefix: String,
    /// The URL path of the assets folder, below the routes prefix.
    assets_url_path: String,
    signer: Signer,
    dev_tools: DevTools,
    max_request_body: usize,
    /// Where `GET` answers `OK` for load balancers and orchestrators, if anywhere.
    health_endpoint: Option<String>,
}

impl AppState {
    /// Precomputes the layout, dependencies and index page.
    pub fn new(parts: StateParts) -> Self {
        let layout_json = match &parts.layout {
            Layout::Dynamic(_) => None,
            fixed => Some(web::Bytes::from(fixed.to_json())),
        };
        let dependencies: Vec<_> = parts
            .registry
            .iter()
            .map(|callback| dependencies::entry(callback, parts.prevent_initial_callbacks))
            .collect();
        let settings = ConfigSettings {
            url_base_pathname: parts.prefixes.url_base.clone(),
            requests_pathname_prefix: parts.prefixes.requests.clone(),
            ui: parts.dev_tools.ui,
            props_check: parts.dev_tools.props_check,
            validate_callbacks: parts.dev_tools.validate_callbacks,
            suppress_callback_exceptions: parts.suppress_callback_exceptions,
            update_title: parts.update_title.clone(),
            show_undo_redo: false,
            hot_reload: None,
            packages: parts.component_packages.clone(),
            validation_layout: parts.validation_layout.clone(),
        };
        let bundles = AppBundles::new(&parts.component_packages);
        let index_halves = index_halves(&parts, &bundles, &settings);
        Self {
            layout: parts.layout,
            layout_json,
            dependencies_json: web::Bytes::from(to_json(&dependencies)),
            registry: parts.registry,
            index_halves,
            assets: parts.assets,
            bundles,
            routes_prefix: parts.prefixes.routes.clone(),
            assets_url_path: parts.assets_url_path.clone(),
            signer: parts.signer,
            dev_tools: parts.dev_tools,
            max_request_body: parts.max_request_body,
            health_endpoint: parts.health_endpoint.clone(),
        }
    }
}

/// The index page split where the `end_id` goes: inside the config script, whatever the title
/// or other settings contain.
fn index_halves(
    parts: &StateParts,
    bundles: &AppBundles,
    settings: &ConfigSettings,
) -> (String, String) {
    // Every URL of the app's own goes through the prefix the browser uses.
    let prefix = parts.prefixes.requests.as_str();
    let assets = &parts.assets_url_path;
    let asset_url = |(path, mtime): &(String, f64)| {
        format!("{prefix}{assets}/{path}?m={}", python_float(*mtime))
    };
    let in_app = |resource: &Resource| match resource {
        Resource::AppPath(path) => Resource::Url(format!("{prefix}{path}")),
        other => other.clone(),
    };
    let mut stylesheets: Vec<Resource> = parts.external_stylesheets.iter().map(in_app).collect();
    stylesheets.extend(
        parts
            .assets
            .stylesheets
            .iter()
            .map(|a| Resource::Url(asset_url(a))),
    );
    let dev = parts.dev_tools;
    let suite_in = |namespace: &str, path: &str| {
        let asset = dash_assets::find(namespace, path)
            .unwrap_or_else(|| panic!("the embedded front end lacks {namespace}/{path}"));
        Resource::Url(format!(
            "{prefix}_dash-component-suites/{namespace}/{}",
            asset.fingerprinted_path()
        ))
    };
    let suite = |path: &str| suite_in("dash", path);
    let react_flavour = if dev.props_check { "js" } else { "min.js" };
    let mut scripts = vec![
        suite("deps/polyfill@7.12.1.min.js"),
        suite(&format!("deps/react@18.3.1.{react_flavour}")),
        suite(&format!("deps/react-dom@18.3.1.{react_flavour}")),
        suite(&format!("deps/prop-types@15.8.1.{react_flavour}")),
    ];
    scripts.extend(parts.external_scripts.iter().map(in_app));
    // Python Dash puts the bundles of imported component packages here, before the assets.
    for package in &parts.component_packages {
        scripts.extend(package.scripts.iter().map(|script| {
            match script {
                Script::Embedded(path) => suite_in(package.namespace, path),
                Script::Bundle(bundle) => Resource::Url(
                    bundles
                        .find(package.namespace, bundle.file)
                        .expect("every bundle of a package is served")
                        .url(prefix),
                ),
            }
        }));
    }
    scripts.extend(parts.assets.scripts.iter().map(|asset| {
        // Dash loads assets ending in `.mjs` as ES modules.
        if asset.0.ends_with(".mjs") {
            Resource::Attributes(vec![
                ("src".into(), asset_url(asset)),
                ("type".into(), "module".into()),
            ])
        } else {
            Resource::Url(asset_url(asset))
        }
    }));
    let renderer = if dev.serve_dev_bundles { "dev" } else { "min" };
    scripts.push(suite(&format!(
        "dash-renderer/build/dash_renderer.{renderer}.js"
    )));
    scripts.push(suite("dcc/dash_core_components.js"));
    scripts.push(suite("dcc/dash_core_components-shared.js"));
    if dev.serve_dev_bundles {
        scripts.push(suite("dcc/proptypes.js"));
    }
    scripts.push(suite("html/dash_html_components.min.js"));
    scripts.push(suite("dash_table/bundle.js"));
    let favicon = match &parts.assets.favicon {
        Some(favicon) => asset_url(favicon),
        None => format!("{prefix}_favicon.ico?v={}", dash_assets::DASH_VERSION),
    };
    let config_script = config_script(&config(settings, END_ID_SLOT));
    let (config_before, config_after) = config_script
        .split_once(END_ID_SLOT)
        .expect("the config carries the end_id slot");
    let inline_scripts: Vec<String> = parts
        .registry
        .iter()
        .filter_map(|callback| callback.clientside_function()?.inline_script())
        .collect();
    let page = render(&IndexPage {
        title: &parts.title,
        favicon: &favicon,
        stylesheets: &stylesheets,
        scripts: &scripts,
        config_script: CONFIG_SLOT,
        inline_scripts: &inline_scripts,
        meta_tags: &parts.shell.meta_tags,
        template: parts.shell.template.as_deref(),
    });
    let (before, after) = page
        .split_once(CONFIG_SLOT)
        .expect("the page carries the config");
    (
        format!("{before}{config_before}"),
        format!("{config_after}{after}"),
    )
}

/// A float as Python prints it: `1700000000.0`, `1795316501.5818782`.
fn python_float(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.1}")
    } else {
        value.to_string()
    }
}

/// Mounts every route under the routes prefix; the catch-all index comes last so that
/// everything else wins.
pub fn configure(config: &mut web::ServiceConfig, state: Arc<AppState>) {
    let prefix = state.routes_prefix.trim_end_matches('/').to_owned();
    if prefix.is_empty() {
        return routes(config, state);
    }
    // `/app` without its slash is redirected, as Flask does for a route declared as `/app/`.
    let with_slash = format!("{prefix}/");
    config
        .route(
            &prefix,
            web::route().to(move || {
                let location = with_slash.clone();
                async move {
                    HttpResponse::PermanentRedirect()
                        .insert_header((header::LOCATION, location))
                        .finish()
                }
            }),
        )
        .service(web::scope(&prefix).configure(move |scope| routes(scope, state.clone())));
}

fn routes(config: &mut web::ServiceConfig, state: Arc<AppState>) {
    let body_limit = state.max_request_body;
    let assets_route = format!("/{}/{{path:.*}}", state.assets_url_path);
    if let Some(health) = &state.health_endpoint {
        // Before the index's catch-all; other methods get Flask's 405.
        config.route(&format!("/{health}"), get_or_head().to(health_check));
        config.route(&format!("/{health}"), web::route().to(method_not_allowed));
    }
    config
        .app_data(web::Data::from(state))
        .app_data(web::PayloadConfig::new(body_limit))
        .route("/_dash-layout", get_or_head().to(layout))
        .route("/_dash-dependencies", get_or_head().to(dependencies))
        .route("/_dash-update-component", web::post().to(update_component))
        .route(
            "/_dash-component-suites/{namespace}/{path:.*}",
            get_or_head().to(component_suite),
        )
        .route(&assets_route, get_or_head().to(app_asset))
        .route("/_favicon.ico", get_or_head().to(favicon))
        .route("/_reload-hash", get_or_head().to(reload_hash))
        .default_service(web::to(index));
}

/// GET, and HEAD as Flask adds it to every GET route: without it a HEAD fell through to the
/// index and answered with the page's headers instead of the route's.
fn get_or_head() -> actix_web::Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

async fn index(request: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return HttpResponse::MethodNotAllowed()
            .content_type("text/plain; charset=utf-8")
            .body(format!(
                "{} is not allowed on {}",
                request.method(),
                request.path()
            ));
    }
    let (before, after) = &state.index_halves;
    let page = format!("{before}{}{after}", state.signer.new_end_id());
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(page)
}

async fn layout(state: web::Data<AppState>) -> HttpResponse {
    let body = match &state.layout_json {
        // A reference-counted copy: the fixed layout is serialised once, at startup.
        Some(json) => json.clone(),
        // A panic in a handler would drop the connection without an answer; catch it here so
        // the browser gets a 500 like any other failure.
        None => match std::panic::catch_unwind(AssertUnwindSafe(|| state.layout.to_json())) {
            Ok(json) => web::Bytes::from(json),
            Err(panic) => {
                let message = panic_text(panic.as_ref());
                tracing::error!(%message, "the layout function panicked");
                let body = if state.dev_tools.ui {
                    format!("The layout function panicked: {message}")
                } else {
                    "Internal Server Error: the layout function failed; the server log has the \
                     details."
                        .to_owned()
                };
                return text(StatusCode::INTERNAL_SERVER_ERROR, body);
            }
        },
    };
    HttpResponse::Ok().content_type(JSON).body(body)
}

/// A panic payload's message, when it is a string.
fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_owned())
}

async fn dependencies(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(JSON)
        .body(state.dependencies_json.clone())
}

/// Whether the request says its body is JSON, as Flask's `request.is_json` decides it:
/// `application/json` or any `application/*+json`, parameters (`charset`) aside.
fn is_json(request: &HttpRequest) -> bool {
    let Some(value) = request.headers().get(header::CONTENT_TYPE) else {
        return false;
    };
    let Ok(value) = value.to_str() else {
        return false;
    };
    let essence = value
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == JSON || (essence.starts_with("application/") && essence.ends_with("+json"))
}

async fn update_component(
    http: HttpRequest,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> HttpResponse {
    let started = Instant::now();
    // Dash reads the body with Flask's `get_json()`, which refuses other media types with 415.
    if !is_json(&http) {
        return text(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "the callback request must have Content-Type: application/json".to_owned(),
        );
    }
    let request: UpdateRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(error) => {
            return text(
                StatusCode::BAD_REQUEST,
                format!("the callback request is not valid JSON of the expected shape: {error}"),
            )
        }
    };
    let info = || request_info(&http);
    let mut response = match state.registry.dispatch_with(request, info).await {
        Outcome::Updated(body) => HttpResponse::Ok().content_type(JSON).body(to_json(&body)),
        Outcome::Prevented => HttpResponse::NoContent().finish(),
        Outcome::UnknownCallback(output) => text(
            StatusCode::NOT_FOUND,
            format!("no callback is registered for the output `{output}`"),
        ),
        Outcome::BadRequest(message) => text(StatusCode::BAD_REQUEST, message),
        Outcome::Failed { callback, message } => {
            tracing::error!(callback, %message, "callback failed");
            let body = if state.dev_tools.ui {
                format!("Callback `{callback}` failed: {message}")
            } else {
                "Internal Server Error: the callback failed; the server log has the details."
                    .to_owned()
            };
            text(StatusCode::INTERNAL_SERVER_ERROR, body)
        }
    };
    if state.dev_tools.ui {
        let millis = started.elapsed().as_secs_f64() * 1000.0;
        if let Ok(value) = header::HeaderValue::from_str(&format!("__dash_server;dur={millis:.3}"))
        {
            response
                .headers_mut()
                .insert(header::HeaderName::from_static("server-timing"), value);
        }
    }
    response
}

/// What a callback's context tells of the HTTP request.
fn request_info(http: &HttpRequest) -> RequestInfo {
    let headers = http
        .headers()
        .iter()
        .filter_map(|(name, value)| {
            Some((name.as_str().to_owned(), value.to_str().ok()?.to_owned()))
        })
        .collect();
    let cookies = http
        .cookies()
        .map(|cookies| {
            cookies
                .iter()
                .map(|cookie| (cookie.name().to_owned(), cookie.value().to_owned()))
                .collect()
        })
        .unwrap_or_default();
    RequestInfo {
        headers,
        cookies,
        path: http
            .uri()
            .path_and_query()
            .map_or_else(String::new, |p| p.as_str().to_owned()),
        remote: http.peer_addr().map(|addr| addr.ip().to_string()),
    }
}

fn text(status: StatusCode, message: String) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/plain; charset=utf-8")
        .body(message)
}

async fn component_suite(
    request: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> HttpResponse {
    let (namespace, path) = path.into_inner();
    component_suites::serve(&request, &state.bundles, &namespace, &path)
}

async fn app_asset(
    request: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let Some(file) = state.assets.resolve(&path) else {
        return text(StatusCode::NOT_FOUND, format!("no asset `{path}`"));
    };
    match actix_files_like(&request, &file) {
        Ok(response) => response,
        Err(error) => text(StatusCode::INTERNAL_SERVER_ERROR, error.to_string()),
    }
}

/// Serves a file with `no-cache` and a weak ETag from its size and mtime, as Flask does.
fn actix_files_like(
    request: &HttpRequest,
    file: &std::path::Path,
) -> std::io::Result<HttpResponse> {
    let metadata = std::fs::metadata(file)?;
    let mtime = super::app_assets::mtime(file);
    let etag = format!("\"{:x}-{:x}\"", metadata.len(), (mtime * 1000.0) as u64);
    let matches = request
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        == Some(etag.as_str());
    if matches {
        return Ok(HttpResponse::NotModified()
            .insert_header((header::ETAG, etag))
            .finish());
    }
    let body = std::fs::read(file)?;
    let mime = mime_guess::from_path(file).first_or_octet_stream();
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .insert_header((header::ETAG, etag))
        .content_type(mime.essence_str().to_owned() + charset_for(&mime))
        .body(body))
}

fn charset_for(mime: &mime_guess::Mime) -> &'static str {
    let textual = mime.type_() == mime_guess::mime::TEXT
        || mime.subtype() == mime_guess::mime::JAVASCRIPT
        || mime.subtype() == mime_guess::mime::JSON;
    if textual {
        "; charset=utf-8"
    } else {
        ""
    }
}

async fn health_check() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("OK")
}

async fn method_not_allowed(request: HttpRequest) -> HttpResponse {
    text(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{} is not allowed on {}", request.method(), request.path()),
    )
}

async fn favicon() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("image/x-icon")
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000"))
        .body(dash_assets::FAVICON)
}

async fn reload_hash() -> HttpResponse {
    // Hot reload is not offered; the route answers as Dash's does when it is off.
    HttpResponse::Ok()
        .content_type(JSON)
        .body(r#"{"files":[],"hard":false,"packages":["dash","plotly"],"reloadHash":null}"#)
}
