//! What `dcc.Graph` reports about the user's interactions: `clickData`, `hoverData`,
//! `selectedData` and `relayoutData`, as typed callback parameters.
//!
//! `dcc.Graph` does not forward Plotly.js event objects as they are: of each point it keeps
//! the fields whose values are neither objects nor arrays, then adds back `bbox`, the point's
//! entry of the trace's `customdata` and a histogram's `pointNumbers`. A selection also keeps
//! `range` (box select) or `lassoPoints` (lasso), and a click gains a `timestamp`.
//! `relayoutData` is Plotly.js' relayout update as it is, a flat map such as
//! `{"xaxis.range[0]": 1.5, "xaxis.range[1]": 4}`. Fields these types do not name stay
//! reachable in each `extra` map.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// One point of a click, hover or selection.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Point {
    /// Index of the point's trace in the figure's `data`.
    pub curve_number: usize,
    /// Index of the point in its trace's (possibly transformed) arrays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point_number: Option<usize>,
    /// Index of the point in its trace's input arrays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point_index: Option<usize>,
    /// The input points a binned point (a histogram bar) stands for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point_numbers: Option<Vec<usize>>,
    /// The point's x: a number, or a string on category and date axes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<Value>,
    /// The point's y.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y: Option<Value>,
    /// The point's z (heatmaps, 3-D traces).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub z: Option<Value>,
    /// The point's entry of its trace's `customdata`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customdata: Option<Value>,
    /// The point's `text`, when its trace has one per point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Value>,
    /// The point's `hovertext`, when its trace has one per point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hovertext: Option<Value>,
    /// Label of a pie, funnel or bar point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Value>,
    /// Value of a pie or funnel point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Where the point is drawn, in pixels (clicks and hovers only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bbox: Option<BoundingBox>,
    /// Every other field dcc.Graph sent (`marker.color`, `lat`, `lon`, ...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Point {
    /// The x value as a number, if it is one.
    pub fn x_f64(&self) -> Option<f64> {
        self.x.as_ref().and_then(Value::as_f64)
    }

    /// The y value as a number, if it is one.
    pub fn y_f64(&self) -> Option<f64> {
        self.y.as_ref().and_then(Value::as_f64)
    }

    /// The x value as text, if it is a string (a category or a date).
    pub fn x_str(&self) -> Option<&str> {
        self.x.as_ref().and_then(Value::as_str)
    }

    /// The customdata entry read as `T`, if there is one and it fits.
    pub fn customdata_as<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        T::deserialize(self.customdata.as_ref()?).ok()
    }
}

/// A point's box on the page, in pixels from the graph's top left corner.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize, Serialize)]
pub struct BoundingBox {
    /// Left edge.
    pub x0: f64,
    /// Right edge.
    pub x1: f64,
    /// Top edge.
    pub y0: f64,
    /// Bottom edge.
    pub y1: f64,
}

/// `clickData` or `hoverData`: the points clicked or under the mouse.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct PointsData {
    /// The points, one per trace under the mouse at most for a click.
    #[serde(default)]
    pub points: Vec<Point>,
    /// When the click happened, in ms since the epoch: dcc.Graph adds it so that two clicks
    /// on one point are two changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<f64>,
    /// Every other field (`xvals`, `yvals`, `xaxes_id` with `clickanywhere`/`hoveranywhere`).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `clickData`: the points of the last click.
pub type ClickData = PointsData;

/// `hoverData`: the points under the mouse.
pub type HoverData = PointsData;

/// `selectedData`: the points inside a box or lasso selection.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SelectedData {
    /// The selected points (without `bbox`).
    #[serde(default)]
    pub points: Vec<Point>,
    /// A box selection's extent per axis: `{"x": [x0, x1], "y": [y0, y1]}` (`x2`, ... on
    /// subplots). Values are numbers, or strings on date axes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<BTreeMap<String, Vec<Value>>>,
    /// A lasso's vertices per axis: `{"x": [...], "y": [...]}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lasso_points: Option<BTreeMap<String, Vec<Value>>>,
    /// Every other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl SelectedData {
    /// A box selection's extent on `axis` (`"x"`, `"y"`, `"x2"`, ...) as `(low, high)`, when
    /// it is numeric.
    pub fn range_of(&self, axis: &str) -> Option<(f64, f64)> {
        let (a, b) = numeric_pair(self.range.as_ref()?.get(axis)?)?;
        Some((a.min(b), a.max(b)))
    }
}

/// `relayoutData`: the layout attributes the user changed, keyed by Plotly.js attribute path
/// (`"xaxis.range[0]"`, `"xaxis.autorange"`, `"dragmode"`, `"autosize"`, ...).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(transparent)]
pub struct RelayoutData(pub Map<String, Value>);

impl RelayoutData {
    /// The value at `key`, e.g. `"dragmode"`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.get(key)
    }

    /// The range `axis` (`"xaxis"`, `"yaxis2"`, ...) was zoomed or panned to, as `(start,
    /// end)`: Plotly.js sends either `axis.range[0]` and `axis.range[1]` or `axis.range`.
    pub fn axis_range(&self, axis: &str) -> Option<(f64, f64)> {
        if let Some(pair) = self.0.get(&format!("{axis}.range")) {
            let Value::Array(pair) = pair else {
                return None;
            };
            return numeric_pair(pair);
        }
        let start = self.0.get(&format!("{axis}.range[0]"))?.as_f64()?;
        let end = self.0.get(&format!("{axis}.range[1]"))?.as_f64()?;
        Some((start, end))
    }

    /// Whether the user reset `axis` to its automatic range (a double click).
    pub fn is_autorange(&self, axis: &str) -> bool {
        self.0.get(&format!("{axis}.autorange")) == Some(&Value::Bool(true))
    }
}

/// `[a, b]` of numbers, as `(a, b)`.
fn numeric_pair(values: &[Value]) -> Option<(f64, f64)> {
    let [a, b] = values else {
        return None;
    };
    Some((a.as_f64()?, b.as_f64()?))
}

#[cfg(test)]
#[path = "events_tests.rs"]
mod tests;
