//! The crossfilter example: a click on a bar and a box selection, made with the mouse.

use crate::crossfilter::{self, DETAIL_CALLS, SCATTER_CALLS};
use crate::{
    assert_console_clean, callback_requests, data_point_on_page, graph, mouse_path, open,
    record_callback_requests,
};
use serde_json::{json, Value};
use std::sync::atomic::Ordering;

/// Held by each test that runs the example's callbacks, so that call counts are the test's own.
static CALLS_LOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The viewport centre of bar `index` of the graph `bar`.
const BAR_CENTRE: &str = r#"
    const bar = document.querySelectorAll('#bar g.point path')[arguments[0]];
    bar.scrollIntoView({block: 'center'});
    const box = bar.getBoundingClientRect();
    return [box.left + box.width / 2, box.top + box.height / 2];
"#;

#[tokio::test]
async fn clicking_a_bar_filters_the_scatter_and_a_box_selection_fills_the_detail() {
    let _serial = CALLS_LOCK.lock().await;
    let (scatter_before, detail_before) = (
        SCATTER_CALLS.load(Ordering::SeqCst),
        DETAIL_CALLS.load(Ordering::SeqCst),
    );
    let scatter_calls = || SCATTER_CALLS.load(Ordering::SeqCst) - scatter_before;
    let detail_calls = || DETAIL_CALLS.load(Ordering::SeqCst) - detail_before;
    let (_server, browser) = open(crossfilter::app).await;
    let books = crossfilter::library();

    let all = graph(&browser, "scatter", "/^All books/.test(s.title)").await;
    assert_eq!(all["traces"][0]["x"].as_array().unwrap().len(), books.len());
    graph(&browser, "detail", "/^No books selected/.test(s.title)").await;
    graph(&browser, "bar", "s.traces.length === 1").await;
    assert_eq!(scatter_calls(), 1, "once on page load");
    assert_eq!(detail_calls(), 1, "once on page load");
    record_callback_requests(&browser).await;

    // Click the History bar (the third) where it is drawn.
    let centre = browser
        .client
        .execute(BAR_CENTRE, vec![2.into()])
        .await
        .unwrap();
    let centre = (centre[0].as_f64().unwrap(), centre[1].as_f64().unwrap());
    mouse_path(&browser, &[centre], false).await;

    let history = graph(&browser, "scatter", "/^History/.test(s.title)").await;
    assert_eq!(history["title"], "History: pages against rating");
    let expected: Vec<&crossfilter::Book> = books
        .iter()
        .filter(|book| book.genre == "History")
        .collect();
    let shown_pages: Vec<u64> = history["traces"][0]["x"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    let expected_pages: Vec<u64> = expected.iter().map(|b| u64::from(b.pages)).collect();
    assert_eq!(
        shown_pages, expected_pages,
        "the scatter shows History only"
    );
    assert_eq!(scatter_calls(), 2, "once per click");

    // What the renderer sent for the click: dcc.Graph's filtered clickData.
    let requests = callback_requests(&browser).await;
    let click = requests
        .iter()
        .find(|r| r["inputs"][0]["property"] == "clickData")
        .expect("a clickData request was sent");
    let point = &click["inputs"][0]["value"]["points"][0];
    assert_eq!(point["x"], "History");
    assert_eq!(point["curveNumber"], 0);
    assert!(point["bbox"].is_object() && point.get("data").is_none());
    let decoded: dash::figure::events::ClickData =
        serde_json::from_value(click["inputs"][0]["value"].clone()).unwrap();
    assert_eq!(decoded.points[0].point_number, Some(2));
    assert!(decoded.timestamp.is_some());

    // Drag a box over pages 300 to 400 and ratings 3.0 to 4.6 (dragmode is "select"); both
    // corners lie inside the plot area, where a drag starts a selection.
    let corner = data_point_on_page(&browser, "scatter", 300.0, 4.6).await;
    let opposite = data_point_on_page(&browser, "scatter", 400.0, 3.0).await;
    let middle = ((corner.0 + opposite.0) / 2.0, (corner.1 + opposite.1) / 2.0);
    mouse_path(&browser, &[corner, middle, opposite], true).await;

    let inside: Vec<&&crossfilter::Book> = expected
        .iter()
        .filter(|b| (300..=400).contains(&b.pages) && (3.0..=4.6).contains(&b.rating))
        .collect();
    let title = format!("{} books selected", inside.len());
    let detail = graph(&browser, "detail", &format!("s.title === '{title}'")).await;
    let names: Vec<&str> = inside.iter().map(|b| b.title.as_str()).collect();
    assert_eq!(detail["traces"][0]["x"], serde_json::json!(names));
    assert_eq!(detail_calls(), 2, "once per selection");
    assert_eq!(scatter_calls(), 2, "a selection is no click");

    let requests = callback_requests(&browser).await;
    let selection = requests
        .iter()
        .find(|r| r["inputs"][0]["property"] == "selectedData")
        .expect("a selectedData request was sent");
    let decoded: dash::figure::events::SelectedData =
        serde_json::from_value(selection["inputs"][0]["value"].clone()).unwrap();
    let (low, high) = decoded.range_of("x").expect("a box has an x range");
    assert!(
        (low - 300.0).abs() < 5.0 && (high - 400.0).abs() < 5.0,
        "{low}..{high}"
    );

    assert_console_clean(&browser).await;
    browser.finish().await;
}

/// A click as dcc.Graph sends it (recorded from the page): the genre is the point's `x`.
fn history_click() -> Value {
    json!({"points": [{"bbox": {"x0": 658.92, "x1": 870.33, "y0": 321.75, "y1": 321.75},
        "curveNumber": 0, "label": "History", "pointIndex": 2, "pointNumber": 2, "value": 8,
        "x": "History", "xPixel": 740.625, "y": 8, "yPixel": 241.75}],
        "timestamp": 1_796_159_504_975_u64})
}

#[tokio::test]
async fn a_click_request_is_answered_with_the_clicked_genre_only() {
    let _serial = CALLS_LOCK.lock().await;
    let request = crate::update_request(
        &["scatter.figure"],
        &[("bar.clickData", Some(history_click()))],
        &[],
    );
    let (status, answer) = crate::post_update(crossfilter::app(), request).await;
    assert_eq!(status, 200);
    let figure = &answer["response"]["scatter"]["figure"];
    assert_eq!(
        figure["layout"]["title"]["text"],
        "History: pages against rating"
    );
    assert_eq!(figure["layout"]["dragmode"], "select");
    let history: Vec<crossfilter::Book> = crossfilter::library()
        .into_iter()
        .filter(|book| book.genre == "History")
        .collect();
    let indexes: Vec<usize> = history.iter().map(|book| book.index).collect();
    assert_eq!(figure["data"][0]["customdata"], json!(indexes));
    assert_eq!(figure["data"][0]["text"][0], history[0].title);

    // Before any click the property was never set: the renderer leaves `value` out.
    let request = crate::update_request(&["scatter.figure"], &[("bar.clickData", None)], &[]);
    let (_, answer) = crate::post_update(crossfilter::app(), request).await;
    let figure = &answer["response"]["scatter"]["figure"];
    assert_eq!(
        figure["layout"]["title"]["text"],
        "All books: pages against rating"
    );
    assert_eq!(
        figure["data"][0]["x"].as_array().unwrap().len(),
        crossfilter::BOOKS
    );
}

#[tokio::test]
async fn a_selection_request_lists_the_selected_books() {
    let _serial = CALLS_LOCK.lock().await;
    let selection = json!({"points": [
        {"curveNumber": 0, "customdata": 7, "pointIndex": 0, "pointNumber": 0, "text": "Book 8", "x": 379, "y": 3.1},
        {"curveNumber": 0, "customdata": 28, "pointIndex": 5, "pointNumber": 5, "text": "Book 29", "x": 356, "y": 3.4}],
        "range": {"x": [299.9, 399.9], "y": [3.0, 4.6]}});
    let request = crate::update_request(
        &["detail.figure"],
        &[("scatter.selectedData", Some(selection))],
        &[],
    );
    let (status, answer) = crate::post_update(crossfilter::app(), request).await;
    assert_eq!(status, 200);
    let figure = &answer["response"]["detail"]["figure"];
    assert_eq!(figure["layout"]["title"]["text"], "2 books selected");
    let books = crossfilter::library();
    assert_eq!(
        figure["data"][0]["x"],
        json!([books[7].title, books[28].title])
    );
    assert_eq!(
        figure["data"][0]["y"],
        json!([books[7].rating, books[28].rating])
    );

    // A double click clears the selection: dcc.Graph sets selectedData to null.
    let request = crate::update_request(
        &["detail.figure"],
        &[("scatter.selectedData", Some(Value::Null))],
        &[],
    );
    let (_, answer) = crate::post_update(crossfilter::app(), request).await;
    let title = &answer["response"]["detail"]["figure"]["layout"]["title"]["text"];
    assert!(title.as_str().unwrap().starts_with("No books selected"));
}

#[tokio::test]
async fn crossfilter_passes_the_prop_type_checks() {
    let _serial = CALLS_LOCK.lock().await;
    crate::assert_clean_in_debug_mode(crossfilter::app, "scatter").await;
}
