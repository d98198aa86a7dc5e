//! The live example: the interval adds a point per tick, and the pause button stops it.

use crate::live::{self, PAUSE_CALLS, TICK_CALLS};
use crate::{assert_console_clean, graph, open, text_of, Browser};
use fantoccini::Locator;
use serde_json::json;
use std::sync::atomic::Ordering;
use std::time::Duration;

/// Held by each test that runs the example's callbacks, so that call counts are the test's own.
static CALLS_LOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The tick count `tick-count` starts with.
async fn shown_ticks(browser: &Browser) -> u64 {
    let text = text_of(browser, "tick-count", "/^\\d+ ticks?$/.test(t)").await;
    text.split(' ').next().unwrap().parse().unwrap()
}

/// Checks that `live-chart` holds the feed's readings up to `ticks`.
async fn chart_matches(browser: &Browser, ticks: u64) {
    let chart = graph(
        browser,
        "live-chart",
        &format!("s.traces[0].x.length === {}", ticks + 1),
    )
    .await;
    assert_eq!(
        chart["traces"][0]["y"],
        serde_json::json!(live::feed(ticks))
    );
}

async fn click_pause(browser: &Browser, label_after: &str) {
    browser
        .element(Locator::Id("pause"), "the pause button")
        .await
        .click()
        .await
        .expect("the pause button clicks");
    text_of(browser, "pause", &format!("t === '{label_after}'")).await;
}

#[tokio::test]
async fn the_interval_adds_a_point_per_tick_until_paused() {
    let _serial = CALLS_LOCK.lock().await;
    let (ticks_before, pauses_before) = (
        TICK_CALLS.load(Ordering::SeqCst),
        PAUSE_CALLS.load(Ordering::SeqCst),
    );
    let tick_calls = || TICK_CALLS.load(Ordering::SeqCst) - ticks_before;
    let pause_calls = || PAUSE_CALLS.load(Ordering::SeqCst) - pauses_before;
    let (_server, browser) = open(live::app).await;

    text_of(&browser, "tick-count", "/^[2-9] ticks$/.test(t)").await;
    assert_eq!(pause_calls(), 0, "prevent_initial_call");

    click_pause(&browser, "Resume").await;
    // A tick already on its way may still land; after that nothing moves.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let paused_at = shown_ticks(&browser).await;
    chart_matches(&browser, paused_at).await;
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert_eq!(shown_ticks(&browser).await, paused_at, "paused: no ticks");
    assert_eq!(
        tick_calls() as u64,
        paused_at + 1,
        "once on load (tick 0), then once per tick"
    );
    assert_eq!(pause_calls(), 1);

    click_pause(&browser, "Pause").await;
    let resumed = format!("/^\\d+ ticks$/.test(t) && parseInt(t) > {}", paused_at + 1);
    let text = text_of(&browser, "tick-count", &resumed).await;
    let ticks: u64 = text.split(' ').next().unwrap().parse().unwrap();
    chart_matches(&browser, ticks).await;
    assert_eq!(pause_calls(), 2);

    assert_console_clean(&browser).await;
    browser.finish().await;
}

#[tokio::test]
async fn the_interval_stops_by_itself_after_max_intervals() {
    let _serial = CALLS_LOCK.lock().await;
    // The example's limit, on a faster clock: 200 ms instead of a second.
    let (_server, browser) = open(|| live::app_with(200, live::MAX_TICKS)).await;
    let last = format!("t === '{} ticks'", live::MAX_TICKS);
    text_of(&browser, "tick-count", &last).await;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(shown_ticks(&browser).await, u64::from(live::MAX_TICKS));
    chart_matches(&browser, live::MAX_TICKS.into()).await;
    assert_console_clean(&browser).await;
    browser.finish().await;
}

/// The example as it ships, on its real clock: 30 ticks a second apart (about 31 s, which
/// runs beside the other browser tests), then nothing more.
#[tokio::test]
async fn the_shipped_interval_stops_after_thirty_one_second_ticks() {
    let _serial = CALLS_LOCK.lock().await;
    let ticks_before = TICK_CALLS.load(Ordering::SeqCst);
    let started = std::time::Instant::now();
    let (_server, browser) = open(live::app).await;
    let period = Duration::from_millis(live::PERIOD_MS.into());
    let last = format!(
        "const t = document.getElementById('tick-count').textContent; return t === '{} ticks' || null;",
        live::MAX_TICKS
    );
    let allowance = period * (live::MAX_TICKS + 15);
    browser.wait_for("the last tick", allowance, &last).await;
    let elapsed = started.elapsed();
    assert!(
        elapsed >= period * (live::MAX_TICKS - 1),
        "{} ticks came after {elapsed:?}, faster than one a second",
        live::MAX_TICKS
    );
    tokio::time::sleep(period * 3).await;
    assert_eq!(shown_ticks(&browser).await, u64::from(live::MAX_TICKS));
    chart_matches(&browser, live::MAX_TICKS.into()).await;
    assert_eq!(
        TICK_CALLS.load(Ordering::SeqCst) - ticks_before,
        live::MAX_TICKS as usize + 1,
        "once on load (tick 0), then once per tick, none after the last"
    );
    assert_console_clean(&browser).await;
    browser.finish().await;
}

#[tokio::test]
async fn a_tick_request_redraws_the_series_and_a_click_toggles_the_interval() {
    let _serial = CALLS_LOCK.lock().await;
    let tick = |n: u64| {
        crate::update_request(
            &["tick-count.children", "live-chart.figure"],
            &[("interval.n_intervals", Some(json!(n)))],
            &[],
        )
    };
    let (status, answer) = crate::post_update(live::app(), tick(5)).await;
    assert_eq!(status, 200);
    assert_eq!(answer["response"]["tick-count"]["children"], "5 ticks");
    let trace = &answer["response"]["live-chart"]["figure"]["data"][0];
    assert_eq!(trace["x"], json!([0, 1, 2, 3, 4, 5]));
    assert_eq!(trace["y"], json!(live::feed(5)));
    let (_, answer) = crate::post_update(live::app(), tick(1)).await;
    assert_eq!(answer["response"]["tick-count"]["children"], "1 tick");

    // `disabled` was never set in the layout, so the first click's state has no value.
    let click = |disabled: Option<serde_json::Value>| {
        crate::update_request(
            &["interval.disabled", "pause.children"],
            &[("pause.n_clicks", Some(json!(1)))],
            &[("interval.disabled", disabled)],
        )
    };
    let (_, answer) = crate::post_update(live::app(), click(None)).await;
    assert_eq!(
        answer["response"],
        json!({"interval": {"disabled": true}, "pause": {"children": "Resume"}})
    );
    let (_, answer) = crate::post_update(live::app(), click(Some(json!(true)))).await;
    assert_eq!(
        answer["response"],
        json!({"interval": {"disabled": false}, "pause": {"children": "Pause"}})
    );
}

#[tokio::test]
async fn live_passes_the_prop_type_checks() {
    let _serial = CALLS_LOCK.lock().await;
    crate::assert_clean_in_debug_mode(live::app, "live-chart").await;
}
