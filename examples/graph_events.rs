//! Hover and zoom on one graph: `hoverData` names the point under the mouse, `relayoutData`
//! reports the x range a drag zoomed to (and a double click's return to the full range).
//!
//! Run it with `cargo run --example graph_events`. The Python twin is
//! `tests/golden/graph_events_app.py`.

use dash::prelude::*;
use plotly::common::{Marker, Mode, Title};
use plotly::layout::{Axis, DragMode, HoverMode};
use plotly::{Layout, Plot, Scatter};

/// How many points the graph shows.
pub const POINTS: usize = 11;

/// The points: x from 0 to 10, y = x², each named "P<x>".
pub fn points() -> Vec<(f64, f64, String)> {
    (0..POINTS)
        .map(|i| {
            let x = i as f64;
            (x, x * x, format!("P{i}"))
        })
        .collect()
}

/// The graph: markers only, zoom on drag, the nearest point under the mouse hovered.
pub fn figure() -> Plot {
    let points = points();
    let mut plot = Plot::new();
    plot.add_trace(
        Scatter::new(
            points.iter().map(|p| p.0).collect(),
            points.iter().map(|p| p.1).collect(),
        )
        .name("squares")
        .mode(Mode::Markers)
        .marker(Marker::new().size(14))
        .text_array(points.iter().map(|p| p.2.clone()).collect()),
    );
    plot.set_layout(
        Layout::new()
            .title(Title::with_text("Hover a point, drag to zoom"))
            .x_axis(Axis::new().title(Title::with_text("x")))
            .y_axis(Axis::new().title(Title::with_text("x squared")))
            .drag_mode(DragMode::Zoom)
            .hover_mode(HoverMode::Closest),
    );
    plot
}

/// The page.
pub fn layout() -> Component {
    layout! {
        <div style="font-family: sans-serif; margin: 16px">
            <Graph id="events-graph" figure={figure()} />
            <div id="hovered" />
            <div id="x-range" />
        </div>
    }
}

/// What the hover text says for `hover`.
pub fn describe_hover(hover: Option<&HoverData>) -> String {
    let Some(point) = hover.and_then(|hover| hover.points.first()) else {
        return "Hover over a point".to_owned();
    };
    let name = point
        .text
        .as_ref()
        .and_then(|text| text.as_str())
        .unwrap_or("?");
    match (point.x_f64(), point.y_f64()) {
        (Some(x), Some(y)) => format!("{name} at x={x}, y={y}"),
        _ => name.to_owned(),
    }
}

/// Names the hovered point.
#[callback(output = "hovered.children", input = "events-graph.hoverData")]
pub fn show_hover(hover: Option<HoverData>) -> String {
    describe_hover(hover.as_ref())
}

/// What the range text says for `relayout`.
pub fn describe_range(relayout: Option<&RelayoutData>) -> String {
    match relayout.and_then(|relayout| relayout.axis_range("xaxis")) {
        Some((start, end)) => format!("x from {start:.2} to {end:.2}"),
        None => "x: full range".to_owned(),
    }
}

/// Shows the x range after a zoom or pan.
#[callback(output = "x-range.children", input = "events-graph.relayoutData")]
pub fn show_range(relayout: Option<RelayoutData>) -> String {
    describe_range(relayout.as_ref())
}

/// The app, ready to run.
pub fn app() -> Dash {
    Dash::new()
        .title("Graph events")
        .layout(layout())
        .callback::<show_hover>()
        .callback::<show_range>()
}

#[allow(dead_code)]
fn main() -> std::io::Result<()> {
    app().run()
}
