//! An app mounted under `url_base_pathname`: the renderer, its lazily loaded chunks, Plotly and
//! the callbacks all go through the prefix.

use crate::support::browser::Browser;
use crate::support::server::serve;
use crate::{assert_console_clean, choose_option, gapminder, graph, PATIENCE};

#[tokio::test]
async fn the_gapminder_app_works_under_a_prefix() {
    let server = serve(|| gapminder::app().url_base_pathname("/explore/").debug(true));
    let browser = Browser::launch().await;
    browser.client.goto(&server.at("/explore/")).await.unwrap();
    graph(
        &browser,
        "scatter-graph",
        "s.traces.length === 5 && /2007/.test(s.title)",
    )
    .await;
    choose_option(&browser, "year-dropdown", "1952").await;
    graph(&browser, "scatter-graph", "/1952/.test(s.title)").await;
    // Every request the page made went to the prefix (scripts, chunks, layout, callbacks).
    let outside = "const bad = performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => !p.startsWith('/explore/')); return bad.length === 0 ? true : bad;";
    let found = browser
        .wait_for("only prefixed requests", PATIENCE, outside)
        .await;
    assert_eq!(found, true, "requests outside the prefix: {found}");
    assert_console_clean(&browser).await;
    browser.finish().await;
}
