//! The chained-callbacks example: each choice runs each callback of the chain once, and a
//! city that stays (a no-update) still lets the last callback see the new country.

use crate::chained::{self, CITY_CALLS, OPTIONS_CALLS, VALUE_CALLS};
use crate::{assert_console_clean, choose_option, graph, open, text_of};
use serde_json::json;
use std::sync::atomic::Ordering;
use std::time::Duration;

/// Held by each test that runs the example's callbacks, so that call counts are the test's own.
static CALLS_LOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// `(options, value, city)` call counts so far.
fn calls() -> [usize; 3] {
    [&OPTIONS_CALLS, &VALUE_CALLS, &CITY_CALLS].map(|calls| calls.load(Ordering::SeqCst))
}

/// The calls since `before`, once any late call has had time to arrive.
async fn settled_calls(before: [usize; 3]) -> [usize; 3] {
    tokio::time::sleep(Duration::from_millis(800)).await;
    let now = calls();
    [0, 1, 2].map(|i| now[i] - before[i])
}

async fn shows_city(browser: &crate::Browser, city: &str, country: &str) {
    let title = format!("{city} is a city in {country}");
    text_of(browser, "city-title", &format!("t === '{title}'")).await;
    let chart = graph(
        browser,
        "city-chart",
        &format!("s.title === 'Visitors to {city}, {country}'"),
    )
    .await;
    assert_eq!(
        chart["traces"][0]["y"],
        serde_json::json!(chained::visitors(country, city)),
        "the chart draws {city}, {country}"
    );
    let chosen = text_of(browser, "city-dropdown", "t.length > 0").await;
    assert!(chosen.contains(city), "city-dropdown shows {chosen:?}");
}

#[tokio::test]
async fn each_choice_runs_the_chain_once_and_a_kept_city_is_a_no_update() {
    let _serial = CALLS_LOCK.lock().await;
    let before = calls();
    let (_server, browser) = open(chained::app).await;

    shows_city(&browser, "Montréal", "Canada").await;
    assert_eq!(
        settled_calls(before).await,
        [1, 1, 1],
        "each callback once on load"
    );

    // A city of the same country: only the last callback runs.
    choose_option(&browser, "city-dropdown", "London").await;
    shows_city(&browser, "London", "Canada").await;
    assert_eq!(settled_calls(before).await, [1, 1, 2]);

    // London is also British: the value callback leaves it (no update), and the last
    // callback runs once, for the new country.
    choose_option(&browser, "country-dropdown", "United Kingdom").await;
    shows_city(&browser, "London", "United Kingdom").await;
    assert_eq!(settled_calls(before).await, [2, 2, 3]);

    // A country without London: its first city is chosen, and the chain runs once more.
    choose_option(&browser, "country-dropdown", "America").await;
    shows_city(&browser, "New York City", "America").await;
    assert_eq!(settled_calls(before).await, [3, 3, 4]);

    assert_console_clean(&browser).await;
    browser.finish().await;
}

fn options_of(cities: &[&str]) -> serde_json::Value {
    cities
        .iter()
        .map(|city| json!({"label": city, "value": city}))
        .collect()
}

#[tokio::test]
async fn the_chain_over_http_offers_chooses_keeps_and_names() {
    let _serial = CALLS_LOCK.lock().await;
    let request = crate::update_request(
        &["city-dropdown.options"],
        &[("country-dropdown.value", Some(json!("United Kingdom")))],
        &[],
    );
    let (status, answer) = crate::post_update(chained::app(), request).await;
    assert_eq!(status, 200);
    let british = chained::cities_of("United Kingdom");
    assert_eq!(
        answer["response"]["city-dropdown"]["options"],
        options_of(british)
    );

    // Montréal is not British: the first British city is chosen.
    let value_request = |current: &str| {
        crate::update_request(
            &["city-dropdown.value"],
            &[("city-dropdown.options", Some(options_of(british)))],
            &[("city-dropdown.value", Some(json!(current)))],
        )
    };
    let (_, answer) = crate::post_update(chained::app(), value_request("Montréal")).await;
    assert_eq!(answer["response"]["city-dropdown"]["value"], british[0]);

    // London is: the only output is left alone, which Dash 4.4.1 answers with 200 and an
    // empty response (recorded from tests/golden/chained_app.py).
    let (status, answer) = crate::post_update(chained::app(), value_request("London")).await;
    assert_eq!(status, 200);
    assert_eq!(answer, json!({"multi": true, "response": {}}));

    // Nothing offered: PreventUpdate, which Dash answers with 204 and no body.
    let request = crate::update_request(
        &["city-dropdown.value"],
        &[("city-dropdown.options", Some(json!([])))],
        &[("city-dropdown.value", Some(json!("London")))],
    );
    let (status, answer) = crate::post_update(chained::app(), request).await;
    assert_eq!((status, answer), (204, serde_json::Value::Null));

    let request = crate::update_request(
        &["city-title.children", "city-chart.figure"],
        &[
            ("country-dropdown.value", Some(json!("Canada"))),
            ("city-dropdown.value", Some(json!("London"))),
        ],
        &[],
    );
    let (_, answer) = crate::post_update(chained::app(), request).await;
    let response = &answer["response"];
    assert_eq!(
        response["city-title"]["children"],
        "London is a city in Canada"
    );
    let figure = &response["city-chart"]["figure"];
    assert_eq!(
        figure["layout"]["title"]["text"],
        "Visitors to London, Canada"
    );
    assert_eq!(
        figure["data"][0]["y"],
        json!(chained::visitors("Canada", "London"))
    );
    assert_ne!(
        chained::visitors("Canada", "London"),
        chained::visitors("United Kingdom", "London"),
        "the two Londons draw differently"
    );
}

#[tokio::test]
async fn chained_passes_the_prop_type_checks() {
    let _serial = CALLS_LOCK.lock().await;
    crate::assert_clean_in_debug_mode(chained::app, "city-chart").await;
}
