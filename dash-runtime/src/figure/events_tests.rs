//! Decoding the payloads dcc.Graph sends, in the shapes recorded from Dash 4.4.1 pages.

use super::*;
use serde_json::json;

#[test]
fn a_bar_click_decodes_with_its_category_bbox_and_timestamp() {
    // Sent by the crossfilter example's page for a click on its third bar.
    let payload = json!({"points":[{"bbox":{"x0":658.92,"x1":870.33,"y0":321.75,"y1":321.75},
        "curveNumber":0,"label":"History","pointIndex":2,"pointNumber":2,"value":8,"x":"History",
        "xPixel":740.625,"y":8,"yPixel":241.75}],"timestamp":1_796_159_504_975_u64});
    let click: ClickData = serde_json::from_value(payload).unwrap();
    let point = &click.points[0];
    assert_eq!(point.curve_number, 0);
    assert_eq!(point.point_number, Some(2));
    assert_eq!(point.x_str(), Some("History"));
    assert_eq!(point.y_f64(), Some(8.0));
    assert_eq!(point.label, Some(json!("History")));
    assert_eq!(point.bbox.unwrap().x1, 870.33);
    assert_eq!(point.extra.get("xPixel"), Some(&json!(740.625)));
    assert_eq!(click.timestamp, Some(1_796_159_504_975.0));
    assert!(click.extra.is_empty());
}

#[test]
fn a_hover_keeps_customdata_text_and_unknown_fields() {
    let payload = json!({
        "points": [{
            "curveNumber": 1, "pointNumber": 3, "pointIndex": 3, "x": 251, "y": 4.1,
            "text": "Book 7", "customdata": 6, "marker.size": 12,
            "bbox": {"x0": 1, "x1": 2, "y0": 3, "y1": 4}
        }]
    });
    let hover: HoverData = serde_json::from_value(payload).unwrap();
    let point = &hover.points[0];
    assert_eq!(point.customdata_as::<usize>(), Some(6));
    assert_eq!(point.text, Some(json!("Book 7")));
    assert_eq!(point.x_f64(), Some(251.0));
    assert_eq!(point.extra.get("marker.size"), Some(&json!(12)));
    assert_eq!(hover.timestamp, None);
}

#[test]
fn a_box_selection_has_points_and_a_range_per_axis() {
    // Sent by the crossfilter example's page for a box over four of its points.
    let payload = json!({"points":[
        {"curveNumber":0,"customdata":7,"pointIndex":0,"pointNumber":0,"text":"Book 8","x":379,"y":3.1},
        {"curveNumber":0,"customdata":18,"pointIndex":3,"pointNumber":3,"text":"Book 19","x":386,"y":4.4},
        {"curveNumber":0,"customdata":27,"pointIndex":4,"pointNumber":4,"text":"Book 28","x":319,"y":4.1},
        {"curveNumber":0,"customdata":28,"pointIndex":5,"pointNumber":5,"text":"Book 29","x":356,"y":3.4}],
        "range":{"x":[399.9062800384492,299.93938908469505],"y":[3.0066337719298244,4.600493421052632]}});
    let selection: SelectedData = serde_json::from_value(payload).unwrap();
    let indexes: Vec<usize> = selection
        .points
        .iter()
        .filter_map(|p| p.customdata_as())
        .collect();
    assert_eq!(indexes, [7, 18, 27, 28]);
    assert_eq!(selection.points[1].text, Some(json!("Book 19")));
    assert!(selection.points.iter().all(|p| p.bbox.is_none()));
    // Reversed here on purpose: a box dragged right to left still yields (low, high).
    assert_eq!(
        selection.range_of("x"),
        Some((299.93938908469505, 399.9062800384492))
    );
    assert_eq!(
        selection.range_of("y"),
        Some((3.0066337719298244, 4.600493421052632))
    );
    assert_eq!(selection.range_of("x2"), None);
    assert!(selection.lasso_points.is_none());
}

#[test]
fn a_lasso_selection_keeps_its_vertices() {
    let payload = json!({
        "points": [],
        "lassoPoints": {"x": [1, 2, 3], "y": [4, 5, 4]}
    });
    let selection: SelectedData = serde_json::from_value(payload).unwrap();
    let lasso = selection.lasso_points.unwrap();
    assert_eq!(lasso["x"], [json!(1), json!(2), json!(3)]);
    assert!(selection.range.is_none());
}

#[test]
fn a_selection_on_a_date_axis_has_no_numeric_range() {
    let payload = json!({
        "points": [],
        "range": {"x": ["2024-01-01 00:00", "2024-02-01 12:00"], "y": [0, 1]}
    });
    let selection: SelectedData = serde_json::from_value(payload).unwrap();
    assert_eq!(selection.range_of("x"), None);
    assert_eq!(selection.range.unwrap()["x"][0], "2024-01-01 00:00");
}

#[test]
fn relayout_ranges_come_as_two_keys_or_one_pair() {
    let zoom: RelayoutData = serde_json::from_value(json!({
        "xaxis.range[0]": 1.5, "xaxis.range[1]": 4.25, "yaxis.range[0]": -1, "yaxis.range[1]": 2
    }))
    .unwrap();
    assert_eq!(zoom.axis_range("xaxis"), Some((1.5, 4.25)));
    assert_eq!(zoom.axis_range("yaxis"), Some((-1.0, 2.0)));
    assert_eq!(zoom.axis_range("xaxis2"), None);

    let pan: RelayoutData =
        serde_json::from_value(json!({"xaxis.range": [5, 2], "dragmode": "pan"})).unwrap();
    assert_eq!(pan.axis_range("xaxis"), Some((5.0, 2.0)), "order is kept");
    assert_eq!(pan.get("dragmode"), Some(&json!("pan")));

    let reset: RelayoutData =
        serde_json::from_value(json!({"xaxis.autorange": true, "yaxis.autorange": true})).unwrap();
    assert!(reset.is_autorange("xaxis"));
    assert!(!zoom.is_autorange("xaxis"));
}

#[test]
fn decoded_events_serialise_back_to_what_was_sent() {
    let payload = json!({
        "points": [{"curveNumber": 0, "pointNumber": 0, "pointIndex": 0, "x": 1, "y": 2,
                    "customdata": ["a", 1], "lat": 45.5}],
        "range": {"x": [0, 1], "y": [0, 3]}
    });
    let selection: SelectedData = serde_json::from_value(payload.clone()).unwrap();
    assert_eq!(serde_json::to_value(&selection).unwrap(), payload);
}

#[test]
fn a_point_without_its_trace_number_is_refused() {
    let result = serde_json::from_value::<ClickData>(json!({"points": [{"x": 1}]}));
    assert!(result.is_err());
}
