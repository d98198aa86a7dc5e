//! The gallery (`examples/gallery.rs`): every dcc component, a DataTable and the Bootstrap
//! pieces render with the renderer's prop-type checks on and no console error; the table sorts
//! and pages; the Modal opens.

use crate::{gallery, graph, open, Browser, PATIENCE};
use fantoccini::Locator;

/// Clicks `css` once it is scrolled to the middle of the window (at once: Bootstrap makes
/// scrolling smooth). Lazily loaded components (date pickers, graph, table) move the page while
/// they arrive, so a click that lands on something else is tried again after a moment.
async fn click(browser: &Browser, css: &str, what: &str) {
    let element = browser.element(Locator::Css(css), what).await;
    let started = std::time::Instant::now();
    loop {
        browser
            .client
            .execute(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                vec![serde_json::to_value(&element).unwrap()],
            )
            .await
            .unwrap();
        match element.click().await {
            Ok(()) => return,
            Err(error) if started.elapsed() > PATIENCE => panic!("{what}: {error}"),
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(250)).await,
        }
    }
}

/// What the official front end itself logs on this page, Python Dash 4.4.1's page included
/// (checked against it in debug mode): React 18.3's development build deprecates
/// `defaultProps`, which dcc's Clipboard icon and Markdown still use, and Markdown's lazy
/// loader updates state before mounting; headless Chromium's location provider, asked by
/// `dcc.Geolocation`, cannot reach Google on a machine without internet.
const UPSTREAM: &[(&str, &str)] = &[
    (
        "Support for defaultProps will be removed",
        "FontAwesomeIcon",
    ),
    (
        "Support for defaultProps will be removed",
        "async-markdown.js",
    ),
    (
        "Can't perform a React state update on a component that hasn't mounted yet",
        "async-markdown.js",
    ),
    (
        "Network location provider at 'https://www.googleapis.com/'",
        "",
    ),
];

/// Console errors other than the front end's own [`UPSTREAM`] ones: prop-type failures,
/// failed requests, renderer errors.
async fn our_console_errors(browser: &Browser) -> Vec<String> {
    browser
        .console_errors()
        .await
        .into_iter()
        .filter(|error| {
            !UPSTREAM
                .iter()
                .any(|(message, source)| error.contains(message) && error.contains(source))
        })
        .collect()
}

#[tokio::test]
async fn the_gallery_renders_clean_with_prop_checks_on() {
    let (_server, browser) = open(|| gallery::app().debug(true)).await;
    // The dev tools are on: the renderer checks every prop against its component's types.
    browser
        .wait_for(
            "the dev tools",
            PATIENCE,
            "return document.querySelector('.dash-debug-menu, .dash-debug-menu__outer') ? true : null;",
        )
        .await;
    graph(&browser, "graph", "s.traces.length === 1").await;
    let rendered = r#"
        const ids = ['dropdown', 'checklist', 'radios', 'slider', 'range', 'date', 'dates', 'input',
            'textarea', 'dcc-button', 'tabs', 'loaded', 'link', 'markdown', 'gallery-upload', 'clipboard',
            'confirm-button', 'open-modal', 'dbc-tabs', 'name', 'region', 'collapse', 'gallery-table'];
        const missing = ids.filter(id => !document.getElementById(id));
        const cards = document.querySelectorAll('.card').length;
        const rows = document.querySelectorAll('#gallery-table td[data-dash-column="city"]').length;
        return missing.length === 0 && rows === 5 ? {cards, rows} : null;
    "#;
    let shown = browser
        .wait_for("every component on the page", PATIENCE, rendered)
        .await;
    assert_eq!(shown["cards"], 27, "one card per section: {shown}");
    let errors = our_console_errors(&browser).await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");

    // The DataTable sorts and pages in the browser.
    click(
        &browser,
        "#gallery-table th[data-dash-column=\"sales\"] .column-header--sort",
        "sort by sales",
    )
    .await;
    let first_sales = "const c = document.querySelector('#gallery-table td[data-dash-column=\"sales\"]'); return c && c.textContent === '0' ? true : null;";
    browser
        .wait_for("sorted by sales", PATIENCE, first_sales)
        .await;
    click(&browser, "#gallery-table button.next-page", "next page").await;
    let page_two = "const c = document.querySelector('#gallery-table .current-page'); const v = c && (c.value || c.textContent || c.placeholder); return v && String(v).trim() === '2' ? true : null;";
    browser.wait_for("page 2", PATIENCE, page_two).await;

    // The Modal opens from its callback.
    click(&browser, "#open-modal", "the modal's button").await;
    let open_modal = "const m = document.querySelector('.modal.show #modal-body'); return m ? m.textContent : null;";
    let body = browser
        .wait_for("the modal open", PATIENCE, open_modal)
        .await;
    assert_eq!(body, "Opened by a callback");
    let errors = our_console_errors(&browser).await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    browser.finish().await;
}
