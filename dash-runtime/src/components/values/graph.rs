//! Graph: a `Graph`'s [`Figure`].

use serde::ser::{Serialize, Serializer};
use serde_json::Value;

/// A `Graph`'s `figure`: `{"data": [...], "layout": {...}, "frames": [...]}`.
///
/// Built from a `plotly::Plot` (see [`figure_value`](crate::figure::figure_value)) or from
/// any JSON value.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure(Value);

impl Figure {
    /// The figure's JSON value.
    pub fn into_value(self) -> Value {
        self.0
    }
}

impl Serialize for Figure {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl From<plotly::Plot> for Figure {
    fn from(plot: plotly::Plot) -> Self {
        Figure(figure_value(&plot))
    }
}

impl From<&plotly::Plot> for Figure {
    fn from(plot: &plotly::Plot) -> Self {
        Figure(figure_value(plot))
    }
}

impl From<Value> for Figure {
    fn from(value: Value) -> Self {
        Figure(value)
    }
}

pub use crate::figure::figure_value;
