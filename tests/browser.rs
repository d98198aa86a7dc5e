//! The example apps in a real browser: headless Chromium, driven over WebDriver, against the
//! apps served on 127.0.0.1 by the official Dash front end.

#[path = "../examples/gapminder.rs"]
#[allow(dead_code)]
mod gapminder;
#[path = "../examples/sales.rs"]
#[allow(dead_code)]
mod sales;
mod support;
#[path = "../examples/todo.rs"]
#[allow(dead_code)]
mod todo;

use fantoccini::Locator;
use serde_json::Value;
use std::time::Duration;
use support::browser::Browser;
use support::server::serve;

const PATIENCE: Duration = Duration::from_secs(30);

/// What a `dcc.Graph` shows: per trace its name and its x values, plus the title.
const GRAPH_STATE: &str = r#"
    const graph = document.getElementById(arguments[0]);
    const plot = graph && (graph.classList.contains('js-plotly-plot') ? graph : graph.querySelector('.js-plotly-plot'));
    if (!plot || !plot._fullData || !plot._fullLayout) return null;
    return {
        title: plot._fullLayout.title && plot._fullLayout.title.text,
        xaxisType: plot._fullLayout.xaxis && plot._fullLayout.xaxis.type,
        traces: plot._fullData.map(t => ({name: t.name, type: t.type, x: Array.from(t.x || t.labels || [])})),
    };
"#;

/// Serves `app` and opens its page in a new headless Chromium.
async fn open(
    app: impl FnOnce() -> dash::Dash + Send + 'static,
) -> (support::server::TestServer, Browser) {
    let server = serve(app);
    let browser = Browser::launch().await;
    browser
        .client
        .goto(&server.at("/"))
        .await
        .expect("the page loads");
    (server, browser)
}

async fn graph(browser: &Browser, id: &str, until: &str) -> Value {
    let check = format!(
        "const s = (function() {{ {GRAPH_STATE} }}).apply(null, ['{id}']); return s && ({until}) ? s : null;"
    );
    browser
        .wait_for(&format!("graph `{id}` where {until}"), PATIENCE, &check)
        .await
}

async fn choose_option(browser: &Browser, dropdown_id: &str, option_text: &str) {
    browser
        .client
        .find(Locator::Id(dropdown_id))
        .await
        .expect("the dropdown is on the page")
        .click()
        .await
        .expect("the dropdown opens");
    // Type into the dropdown's search box, as a person looking for one of many options would.
    let search = browser
        .element(
            Locator::Css(".dash-dropdown-search"),
            "the dropdown's search box",
        )
        .await;
    search
        .send_keys(option_text)
        .await
        .expect("typing in the search box");
    let xpath = format!("//*[@role='option'][normalize-space(.)='{option_text}']");
    let what = format!("option `{option_text}` of `{dropdown_id}`");
    let option = browser.element(Locator::XPath(&xpath), &what).await;
    // The options pop over with an animation; a click during it lands on the search box.
    let started = std::time::Instant::now();
    while let Err(error) = option.click().await {
        assert!(
            started.elapsed() < PATIENCE,
            "option `{option_text}` cannot be clicked: {error}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn gapminder_renders_and_follows_the_year_dropdown() {
    let (_server, browser) = open(gapminder::app).await;

    let heading = browser.element(Locator::Css("h1"), "the heading").await;
    assert_eq!(heading.text().await.unwrap(), "Gapminder Explorer");

    let initial = graph(
        &browser,
        "scatter-graph",
        "s.traces.length === 5 && /2007/.test(s.title)",
    )
    .await;
    assert_eq!(initial["xaxisType"], "log");
    let names: Vec<&str> = initial["traces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Asia", "Europe", "Africa", "Americas", "Oceania"]);

    choose_option(&browser, "year-dropdown", "1952").await;
    let after = graph(&browser, "scatter-graph", "/1952/.test(s.title)").await;
    assert_ne!(
        after["traces"][0]["x"], initial["traces"][0]["x"],
        "choosing 1952 changes the plotted GDP values"
    );
    let expected_asia: Vec<f64> = {
        let mut rows: Vec<_> = gapminder::gapminder()
            .iter()
            .filter(|r| r.year == 1952 && r.continent == "Asia")
            .collect();
        rows.sort_by(|a, b| a.country.cmp(&b.country));
        rows.iter().map(|r| r.gdp_percap).collect()
    };
    let shown_asia: Vec<f64> = after["traces"][0]["x"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    assert_eq!(
        shown_asia, expected_asia,
        "the page shows 1952's Asian GDP per capita"
    );

    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "browser console errors: {errors:#?}");
    browser.finish().await;
}

async fn text_of(browser: &Browser, id: &str, until: &str) -> String {
    let check = format!(
        "const e = document.getElementById('{id}'); const t = e && e.textContent; return t && ({until}) ? t : null;"
    );
    browser
        .wait_for(&format!("`{id}` text where {until}"), PATIENCE, &check)
        .await
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn sales_kpis_follow_the_region_dropdown() {
    let (_server, browser) = open(sales::app).await;

    let all_regions = text_of(&browser, "kpi-revenue", "t.startsWith('$')").await;
    let time_chart = graph(&browser, "time-chart", "s.traces.length === 1").await;
    assert_eq!(
        time_chart["xaxisType"], "date",
        "the time chart has a date axis"
    );
    graph(
        &browser,
        "treemap",
        "s.traces.length === 1 && s.traces[0].type === 'treemap'",
    )
    .await;

    choose_option(&browser, "region-dropdown", "North").await;
    let north = text_of(
        &browser,
        "kpi-revenue",
        &format!("t.startsWith('$') && t !== '{all_regions}'"),
    )
    .await;
    let expected = sales::summarise(
        None,
        None,
        Some("North"),
        &sales::PRODUCTS.map(String::from),
    );
    let shown: f64 = north
        .trim_start_matches('$')
        .replace(',', "")
        .parse()
        .unwrap();
    assert!(
        (shown - expected.revenue).abs() <= 1.0,
        "North's revenue: the page shows {north}, the data says {:.2}",
        expected.revenue
    );

    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "browser console errors: {errors:#?}");
    browser.finish().await;
}

#[tokio::test]
async fn the_console_check_sees_errors() {
    let (_server, browser) = open(gapminder::app).await;
    browser
        .client
        .execute("console.error('planted by the test')", vec![])
        .await
        .unwrap();
    let errors = browser.console_errors().await;
    assert!(
        errors.iter().any(|e| e.contains("planted by the test")),
        "the browser log is not being read: {errors:?}"
    );
    browser.finish().await;
}

/// With the dev tools on, React's development build checks every prop against the
/// components' prop types and reports failures on the console.
async fn assert_clean_in_debug_mode(app: fn() -> dash::Dash, graph_id: &str) {
    let (_server, browser) = open(move || app().debug(true)).await;
    graph(&browser, graph_id, "s.traces.length > 0").await;
    browser
        .wait_for(
            "the dev tools",
            PATIENCE,
            "return document.querySelector('.dash-debug-menu__outer') !== null || null;",
        )
        .await;
    let errors = browser.console_errors().await;
    assert!(
        errors.is_empty(),
        "console errors with props check on: {errors:#?}"
    );
    browser.finish().await;
}

#[tokio::test]
async fn gapminder_passes_the_prop_type_checks() {
    assert_clean_in_debug_mode(gapminder::app, "scatter-graph").await;
}

#[tokio::test]
async fn sales_passes_the_prop_type_checks() {
    assert_clean_in_debug_mode(sales::app, "treemap").await;
}

/// The DOM id the renderer gives a pattern-matching id: its stringified form.
fn pattern_dom_id(kind: &str, index: usize) -> String {
    format!(r#"{{"index":{index},"type":"{kind}"}}"#)
}

async fn type_into(browser: &Browser, id: &str, text: &str) {
    let field = browser
        .element(Locator::Id(id), &format!("the `{id}` field"))
        .await;
    field.send_keys(text).await.expect("typing into the field");
}

async fn click(browser: &Browser, locator: Locator<'_>, what: &str) {
    let element = browser.element(locator, what).await;
    element.click().await.expect("the click lands");
}

#[tokio::test]
async fn todo_items_are_added_struck_through_counted_and_cleared() {
    let (_server, browser) = open(|| todo::app().debug(true)).await;
    text_of(&browser, "count", "t === '0 of 0 done'").await;

    type_into(&browser, "new-item", "milk").await;
    click(&browser, Locator::Id("add"), "the Add button").await;
    text_of(&browser, "count", "t === '0 of 1 done'").await;
    let emptied = "return document.getElementById('new-item').value === '' || null;";
    browser
        .wait_for("the input to empty after Add", PATIENCE, emptied)
        .await;

    // Enter submits too (`n_submit`).
    type_into(&browser, "new-item", "eggs\u{E007}").await;
    text_of(&browser, "count", "t === '0 of 2 done'").await;
    let first_label = pattern_dom_id("label", 0);
    let labels = text_of(&browser, "list", "t.includes('milk') && t.includes('eggs')").await;
    assert_eq!(labels, "milkeggs");

    let first_box = format!("//*[@id='{}']//input", pattern_dom_id("done", 0));
    click(
        &browser,
        Locator::XPath(&first_box),
        "the first item's checkbox",
    )
    .await;
    let struck = format!(
        "const e = document.getElementById('{first_label}'); return e && e.style.textDecoration.includes('line-through') ? e.style.textDecoration : null;"
    );
    browser
        .wait_for("the done item to be struck through", PATIENCE, &struck)
        .await;
    text_of(&browser, "count", "t === '1 of 2 done'").await;
    let second_label = pattern_dom_id("label", 1);
    let second_plain =
        format!("return document.getElementById('{second_label}').style.textDecoration || 'none';");
    let plain = browser.client.execute(&second_plain, vec![]).await.unwrap();
    assert_eq!(plain, "none", "only the done item is struck through");

    click(&browser, Locator::Id("clear-done"), "the Clear done button").await;
    text_of(&browser, "count", "t === '0 of 1 done'").await;
    let remaining = text_of(&browser, "list", "!t.includes('milk')").await;
    assert_eq!(remaining, "eggs");

    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "browser console errors: {errors:#?}");
    browser.finish().await;
}
