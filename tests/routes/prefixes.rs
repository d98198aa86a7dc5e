//! An app mounted under a URL prefix (`url_base_pathname`, or `routes_pathname_prefix` with a
//! `requests_pathname_prefix` for a proxy that strips part of the path), as Python Dash 4.4.1
//! answers: routes under the prefix only, every URL on the page with the browser's prefix.

use crate::helpers::{config_of, no_assets, read_reply, script_srcs, stylesheet_hrefs};
use actix_web::http::StatusCode;
use actix_web::{test, App};
use dash::callback::{CallbackDefinition, Dependency, IntoPropValue};
use dash::component::Builder;
use dash::html;
use dash::packages::bootstrap::themes;
use dash::server::Dash;
use serde_json::json;

fn app() -> Dash {
    Dash::new()
        .debug(false)
        .assets_folder(crate::helpers::assets())
        .external_stylesheet(themes::FLATLY)
        .external_stylesheet("https://example.org/site.css")
        .layout(
            html::Div::new()
                .child(html::Button::new().id("b"))
                .child(html::P::new().id("p")),
        )
        .add_callback(
            CallbackDefinition::blocking("echo", |mut args| {
                let clicks: Option<u64> = args.take(0)?;
                Ok(vec![format!("{clicks:?}").into_prop_value()?])
            })
            .output(Dependency::new("p", "children"))
            .input(Dependency::new("b", "n_clicks")),
        )
}

#[actix_web::test]
async fn url_base_pathname_mounts_everything_under_it() {
    let app = serve!(app().url_base_pathname("/app/"));
    assert_eq!(get!(&app, "/").status, StatusCode::NOT_FOUND);
    assert_eq!(get!(&app, "/_dash-layout").status, StatusCode::NOT_FOUND);
    let bare = get!(&app, "/app");
    assert_eq!(bare.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(bare.header("location").as_deref(), Some("/app/"));

    let page = get!(&app, "/app/").text();
    let config = config_of(&page);
    assert_eq!(config["url_base_pathname"], "/app/");
    assert_eq!(config["requests_pathname_prefix"], "/app/");
    let hrefs = stylesheet_hrefs(&page);
    assert!(hrefs[0]
        .starts_with("/app/_dash-component-suites/dash_bootstrap_components/themes/flatly/"));
    assert_eq!(
        hrefs[1], "https://example.org/site.css",
        "external URLs stay as given"
    );
    assert!(
        hrefs[2].starts_with("/app/assets/style.css?m="),
        "{hrefs:?}"
    );
    // The fixture folder has its own favicon.
    assert!(page.contains("rel=\"icon\" type=\"image/x-icon\" href=\"/app/assets/favicon.ico?m="));
    for url in hrefs
        .iter()
        .filter(|h| h.starts_with('/'))
        .chain(&script_srcs(&page))
    {
        assert!(url.starts_with("/app/"), "{url}");
        assert_eq!(get!(&app, url).status, StatusCode::OK, "{url}");
    }
    assert_eq!(get!(&app, "/app/some/page").status, StatusCode::OK);
    assert_eq!(
        get!(&app, "/app/_dash-layout").json()["props"]["children"][0]["props"]["id"],
        "b"
    );
    let update = send!(
        &app,
        test::TestRequest::post()
            .uri("/app/_dash-update-component")
            .insert_header(("content-type", "application/json"))
            .set_payload(
                json!({
                    "output": "p.children",
                    "outputs": {"id": "p", "property": "children"},
                    "inputs": [{"id": "b", "property": "n_clicks", "value": 2}],
                    "changedPropIds": ["b.n_clicks"],
                })
                .to_string()
            ),
    );
    assert_eq!(update.status, StatusCode::OK, "{}", update.text());
    assert_eq!(update.json()["response"]["p"]["children"], "Some(2)");
}

#[actix_web::test]
async fn behind_a_proxy_the_page_uses_the_requests_prefix_and_the_server_the_routes_one() {
    let app = serve!(app()
        .requests_pathname_prefix("/proxy/app/")
        .routes_pathname_prefix("/app/"));
    let page = get!(&app, "/app/").text();
    let config = config_of(&page);
    assert_eq!(config["url_base_pathname"], serde_json::Value::Null);
    assert_eq!(config["requests_pathname_prefix"], "/proxy/app/");
    for src in script_srcs(&page) {
        let served = src
            .strip_prefix("/proxy")
            .unwrap_or_else(|| panic!("{src} lacks the browser's prefix"));
        assert_eq!(get!(&app, served).status, StatusCode::OK, "{served}");
    }
    assert_eq!(get!(&app, "/proxy/app/").status, StatusCode::NOT_FOUND);
}

#[actix_web::test]
async fn malformed_prefixes_stop_the_app_with_every_reason() {
    let error = Dash::new()
        .assets_folder(no_assets())
        .url_base_pathname("app")
        .routes_pathname_prefix("/r/")
        .build()
        .err()
        .expect("the app refuses to start");
    let text = error.to_string();
    assert!(
        text.contains("`url_base_pathname` sets `routes_pathname_prefix` too"),
        "{text}"
    );
    assert!(
        text.contains("`url_base_pathname` must start and end with `/`"),
        "{text}"
    );
}
