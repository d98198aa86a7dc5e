//! The graph_events example: hovering a point and zooming with the mouse, then what the
//! renderer sent and what the app answers.

use crate::support::browser::Browser;
use crate::{
    assert_console_clean, callback_requests, data_point_on_page, graph, graph_events, mouse_path,
    open, record_callback_requests, text_of,
};
use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use serde_json::{json, Value};
use std::time::Duration;

/// Moves the mouse to `point` (viewport pixels) and rests there, without pressing a button.
async fn hover_at(browser: &Browser, point: (f64, f64)) {
    let actions = MouseActions::new("mouse".to_owned())
        .then(PointerAction::MoveTo {
            duration: Some(Duration::from_millis(100)),
            x: point.0,
            y: point.1,
        })
        .then(PointerAction::Pause {
            duration: Duration::from_millis(300),
        });
    browser
        .client
        .perform_actions(actions)
        .await
        .expect("the mouse moves");
}

/// Double-clicks at `point`, which resets a zoomed Plotly graph.
async fn double_click_at(browser: &Browser, point: (f64, f64)) {
    let press = || PointerAction::Down {
        button: MOUSE_BUTTON_LEFT,
    };
    let release = || PointerAction::Up {
        button: MOUSE_BUTTON_LEFT,
    };
    let actions = MouseActions::new("mouse".to_owned())
        .then(PointerAction::MoveTo {
            duration: Some(Duration::from_millis(100)),
            x: point.0,
            y: point.1,
        })
        .then(press())
        .then(release())
        .then(press())
        .then(release());
    browser
        .client
        .perform_actions(actions)
        .await
        .expect("the mouse double-clicks");
}

/// `"x from A to B"` as `(A, B)`.
fn shown_range(text: &str) -> (f64, f64) {
    let rest = text.strip_prefix("x from ").expect("a range text");
    let (start, end) = rest.split_once(" to ").expect("two ends");
    (start.parse().unwrap(), end.parse().unwrap())
}

#[tokio::test]
async fn hovering_names_the_point_and_a_drag_zoom_shows_the_new_x_range() {
    let (_server, browser) = open(|| graph_events::app().debug(true)).await;
    graph(&browser, "events-graph", "s.traces.length === 1").await;
    text_of(&browser, "hovered", "t === 'Hover over a point'").await;
    text_of(&browser, "x-range", "t === 'x: full range'").await;
    record_callback_requests(&browser).await;

    let p3 = data_point_on_page(&browser, "events-graph", 3.0, 9.0).await;
    hover_at(&browser, p3).await;
    text_of(&browser, "hovered", "t === 'P3 at x=3, y=9'").await;
    // The page shows the answer to the last hover the renderer sent: dcc.Graph's point.
    let requests = callback_requests(&browser).await;
    let hover = requests
        .iter()
        .rev()
        .find(|r| r["inputs"][0]["property"] == "hoverData")
        .expect("a hoverData request was sent");
    let decoded: dash::figure::events::HoverData =
        serde_json::from_value(hover["inputs"][0]["value"].clone()).unwrap();
    assert_eq!(decoded.points[0].text, Some(json!("P3")));
    assert_eq!(decoded.points[0].point_number, Some(3));
    assert_eq!(decoded.points[0].curve_number, 0);
    assert!(
        decoded.points[0].bbox.is_some(),
        "a hover has the point's box"
    );

    let p7 = data_point_on_page(&browser, "events-graph", 7.0, 49.0).await;
    hover_at(&browser, p7).await;
    text_of(&browser, "hovered", "t === 'P7 at x=7, y=49'").await;

    // Drag a box from (2, 90) to (6, 10): the x axis zooms to about 2..6.
    let corner = data_point_on_page(&browser, "events-graph", 2.0, 90.0).await;
    let opposite = data_point_on_page(&browser, "events-graph", 6.0, 10.0).await;
    let middle = ((corner.0 + opposite.0) / 2.0, (corner.1 + opposite.1) / 2.0);
    mouse_path(&browser, &[corner, middle, opposite], true).await;
    let text = text_of(&browser, "x-range", "t.startsWith('x from')").await;
    let (start, end) = shown_range(&text);
    assert!(
        (start - 2.0).abs() < 0.2 && (end - 6.0).abs() < 0.2,
        "the drag went from x=2 to x=6, the page says {text}"
    );
    let zoomed = graph(&browser, "events-graph", "true").await;
    let axis = browser
        .client
        .execute(
            "return document.querySelector('#events-graph .js-plotly-plot')._fullLayout.xaxis.range;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        text,
        graph_events::describe_range(Some(
            &serde_json::from_value(json!({"xaxis.range[0]": axis[0], "xaxis.range[1]": axis[1]}))
                .unwrap()
        )),
        "the text shows the range the graph is drawn with"
    );
    assert_eq!(
        zoomed["traces"][0]["x"].as_array().unwrap().len(),
        graph_events::POINTS
    );

    // A double click returns to the full range.
    let centre = data_point_on_page(&browser, "events-graph", 4.0, 30.0).await;
    double_click_at(&browser, centre).await;
    text_of(&browser, "x-range", "t === 'x: full range'").await;
    assert_console_clean(&browser).await;
    browser.finish().await;
}

/// A hover as dcc.Graph sends it (the shape recorded from the page above).
fn p3_hover() -> Value {
    json!({"points": [{"bbox": {"x0": 440.5, "x1": 454.5, "y0": 385.2, "y1": 399.2},
        "curveNumber": 0, "pointIndex": 3, "pointNumber": 3, "text": "P3", "x": 3, "y": 9}]})
}

#[tokio::test]
async fn hover_and_relayout_requests_are_answered_with_the_texts() {
    let request = crate::update_request(
        &["hovered.children"],
        &[("events-graph.hoverData", Some(p3_hover()))],
        &[],
    );
    let (status, answer) = crate::post_update(graph_events::app(), request).await;
    assert_eq!(status, 200);
    assert_eq!(answer["response"]["hovered"]["children"], "P3 at x=3, y=9");

    for (relayout, expected) in [
        (
            json!({"xaxis.range[0]": 1.5, "xaxis.range[1]": 4.25, "yaxis.range[0]": 0, "yaxis.range[1]": 20}),
            "x from 1.50 to 4.25",
        ),
        (
            json!({"xaxis.autorange": true, "yaxis.autorange": true}),
            "x: full range",
        ),
        (json!({"autosize": true}), "x: full range"),
    ] {
        let request = crate::update_request(
            &["x-range.children"],
            &[("events-graph.relayoutData", Some(relayout.clone()))],
            &[],
        );
        let (status, answer) = crate::post_update(graph_events::app(), request).await;
        assert_eq!(status, 200, "{relayout}");
        assert_eq!(
            answer["response"]["x-range"]["children"], expected,
            "{relayout}"
        );
    }
}
