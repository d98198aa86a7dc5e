//! The Gapminder and Sales examples: what the page shows after a dropdown choice, and that
//! the console stays clean.

use crate::{assert_clean_in_debug_mode, choose_option, gapminder, graph, open, sales, text_of};
use fantoccini::Locator;

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

#[tokio::test]
async fn gapminder_passes_the_prop_type_checks() {
    assert_clean_in_debug_mode(gapminder::app, "scatter-graph").await;
}

#[tokio::test]
async fn sales_passes_the_prop_type_checks() {
    assert_clean_in_debug_mode(sales::app, "treemap").await;
}
