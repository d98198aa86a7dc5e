//! An app's own page template (`index_string`) and `<meta>` tags: the page shows the template's
//! banner around the app, the tags are in the head, and the app still works.

use crate::support::browser::Browser;
use crate::support::server::serve;
use crate::{assert_console_clean, choose_option, gapminder, graph, PATIENCE};

const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n{%metas%}\n<title>{%title%}</title>\n\
{%favicon%}\n{%css%}\n</head>\n<body>\n<header id=\"banner\">ACME analytics</header>\n{%app_entry%}\n\
<footer>\n{%config%}\n{%scripts%}\n{%renderer%}\n</footer>\n</body>\n</html>\n";

#[tokio::test]
async fn the_apps_template_frames_a_working_app() {
    let server = serve(|| {
        gapminder::app()
            .meta_tag([("name", "description"), ("content", "Life expectancy")])
            .index_string(TEMPLATE)
            .debug(true)
    });
    let browser = Browser::launch().await;
    browser.client.goto(&server.at("/")).await.unwrap();
    let banner = browser
        .wait_for(
            "the banner",
            PATIENCE,
            "const b = document.getElementById('banner'); return b ? b.textContent : false;",
        )
        .await;
    assert_eq!(banner, "ACME analytics");
    let head = browser
        .wait_for(
            "the head",
            PATIENCE,
            "return [document.documentElement.lang, document.querySelector('meta[name=description]').content];",
        )
        .await;
    assert_eq!(head, serde_json::json!(["en", "Life expectancy"]));
    graph(
        &browser,
        "scatter-graph",
        "s.traces.length === 5 && /2007/.test(s.title)",
    )
    .await;
    choose_option(&browser, "year-dropdown", "1952").await;
    graph(&browser, "scatter-graph", "/1952/.test(s.title)").await;
    assert_console_clean(&browser).await;
    browser.finish().await;
}
