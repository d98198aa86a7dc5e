//! The index page (§1).

use crate::helpers::{
    config_of, config_text, debug, fingerprint_of, keys, production, read_reply, script_srcs,
    stylesheet_hrefs, tags, unfingerprint, CONFIG_KEYS, DEBUG_SCRIPTS, PRODUCTION_SCRIPTS,
};
use actix_web::http::StatusCode;
use actix_web::{test, App};
use serde_json::{json, Value};

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

#[actix_web::test]
async fn meta_tags_and_an_index_string_shape_the_page_around_the_app() {
    let template = "<!DOCTYPE html><html lang=\"en\"><head>{%metas%}<title>{%title%}</title>\
        {%favicon%}{%css%}</head><body><header id=\"banner\">ACME analytics</header>\
        {%app_entry%}<footer>{%config%}{%scripts%}{%renderer%}</footer></body></html>";
    let app = serve!(production()
        .title("Sales")
        .meta_tag([("name", "description"), ("content", "Sales by <region>")])
        .meta_tag([("name", "viewport"), ("content", "width=1024")])
        .index_string(template));
    let page = get!(&app, "/").text();
    assert!(
        page.starts_with("<!DOCTYPE html><html lang=\"en\"><head>"),
        "{page}"
    );
    assert!(
        page.contains(
            "<header id=\"banner\">ACME analytics</header><div id=\"react-entry-point\">"
        ),
        "{page}"
    );
    assert!(page.contains("<title>Sales</title>"), "{page}");
    assert!(
        page.contains("<meta name=\"description\" content=\"Sales by &lt;region&gt;\">"),
        "{page}"
    );
    // The app's viewport tag replaces Dash's.
    assert_eq!(page.matches("name=\"viewport\"").count(), 1, "{page}");
    assert!(page.contains("<meta charset=\"UTF-8\">"), "{page}");
    // The config still carries a fresh end_id, and the renderer its bundles.
    let config = config_of(&page);
    assert!(config["end_id"].as_str().is_some_and(|id| !id.is_empty()));
    assert!(page.contains("dash_renderer"), "{page}");
    assert!(page.contains("new DashRenderer()"), "{page}");
}

#[actix_web::test]
async fn an_index_string_without_the_config_or_the_renderer_stops_the_app() {
    let error = production()
        .index_string("<html><body>{%app_entry%}{%scripts%}</body></html>")
        .build()
        .err()
        .expect("the app must not start");
    assert_eq!(
        error.errors,
        [
            "the index string has no {%config%}: the page needs it",
            "the index string has no {%renderer%}: the page needs it"
        ]
    );
}
