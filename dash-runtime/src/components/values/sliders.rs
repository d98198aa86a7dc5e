//! Sliders: [`Step`], [`Mark`], [`Marks`] and [`SliderTooltip`].

use super::enums::TooltipPlacement;
use super::numbers::Number;
use crate::component::Style;
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

/// A slider's `step`: a size, or `null` so that only the marks can be selected (Python's
/// `step=None`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Step {
    /// The distance between selectable values.
    Size(Number),
    /// `null`: only the values of `marks` are selectable.
    MarksOnly,
}

impl Serialize for Step {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Step::Size(n) => n.serialize(serializer),
            Step::MarksOnly => serializer.serialize_none(),
        }
    }
}

impl From<Number> for Step {
    fn from(n: Number) -> Self {
        Step::Size(n)
    }
}

numeric_conversions!(
    Step::Size; i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64
);

/// One slider mark's label: text, optionally with a style.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    label: String,
    style: Option<Style>,
}

impl Mark {
    /// A mark showing `label`.
    pub fn new(label: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            style: None,
        }
    }

    /// Styles the mark's label; it is then sent as `{"label": ..., "style": ...}`.
    pub fn style(mut self, style: impl Into<Style>) -> Self {
        self.style = Some(style.into());
        self
    }
}

impl Serialize for Mark {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.style {
            None => serializer.serialize_str(&self.label),
            Some(style) => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("label", &self.label)?;
                map.serialize_entry("style", style)?;
                map.end()
            }
        }
    }
}

impl From<&str> for Mark {
    fn from(label: &str) -> Self {
        Mark::new(label)
    }
}

impl From<String> for Mark {
    fn from(label: String) -> Self {
        Mark::new(label)
    }
}

impl From<&String> for Mark {
    fn from(label: &String) -> Self {
        Mark::new(label.clone())
    }
}

/// A slider's `marks`: an object from positions to labels. Positions are written as JSON
/// numbers become object keys in Python (`1952` → `"1952"`, `0.5` → `"0.5"`).
///
/// ```
/// use dash_runtime::dcc::{Mark, Marks};
/// let marks = Marks::new().mark(0, "0 °C").mark(100, Mark::new("100 °C").style("color: red"));
/// assert_eq!(
///     serde_json::to_value(&marks).unwrap(),
///     serde_json::json!({"0": "0 °C", "100": {"label": "100 °C", "style": {"color": "red"}}})
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Marks(Option<Map<String, Value>>);

impl Marks {
    /// No marks yet.
    pub fn new() -> Self {
        Marks(Some(Map::new()))
    }

    /// `null`: no marks at all (Python's `marks=None`), instead of the ones the slider
    /// generates when `marks` is left unset.
    pub fn none() -> Self {
        Marks(None)
    }

    /// Adds a mark at `position`.
    pub fn mark(mut self, position: impl Into<Number>, label: impl Into<Mark>) -> Self {
        let key = position.into().to_string();
        let label = serde_json::to_value(label.into()).unwrap_or(Value::Null);
        self.0.get_or_insert_with(Map::new).insert(key, label);
        self
    }
}

impl Serialize for Marks {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Some(map) => map.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }
}

impl<K: Into<Number>, L: Into<Mark>> FromIterator<(K, L)> for Marks {
    fn from_iter<I: IntoIterator<Item = (K, L)>>(marks: I) -> Self {
        marks
            .into_iter()
            .fold(Marks::new(), |all, (position, label)| {
                all.mark(position, label)
            })
    }
}

impl<K: Into<Number>, L: Into<Mark>> From<Vec<(K, L)>> for Marks {
    fn from(marks: Vec<(K, L)>) -> Self {
        marks.into_iter().collect()
    }
}

impl<K: Into<Number>, L: Into<Mark>, const N: usize> From<[(K, L); N]> for Marks {
    fn from(marks: [(K, L); N]) -> Self {
        marks.into_iter().collect()
    }
}

impl From<Map<String, Value>> for Marks {
    fn from(map: Map<String, Value>) -> Self {
        Marks(Some(map))
    }
}

/// A slider's `tooltip`: how the current value is shown next to the handle.
///
/// ```
/// use dash_runtime::dcc::{SliderTooltip, TooltipPlacement};
/// let tooltip = SliderTooltip::new().always_visible(true).placement(TooltipPlacement::Bottom);
/// assert_eq!(
///     serde_json::to_value(&tooltip).unwrap(),
///     serde_json::json!({"always_visible": true, "placement": "bottom"})
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct SliderTooltip {
    #[serde(skip_serializing_if = "Option::is_none")]
    always_visible: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    placement: Option<TooltipPlacement>,
    #[serde(skip_serializing_if = "Option::is_none")]
    template: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    style: Option<Style>,
    #[serde(skip_serializing_if = "Option::is_none")]
    transform: Option<String>,
}

impl SliderTooltip {
    /// A tooltip with Dash's defaults (shown while hovering or dragging).
    pub fn new() -> Self {
        Self::default()
    }

    /// Shows the tooltip all the time, not only on hover.
    pub fn always_visible(mut self, always: bool) -> Self {
        self.always_visible = Some(always);
        self
    }

    /// Which side of the handle it appears on.
    pub fn placement(mut self, placement: TooltipPlacement) -> Self {
        self.placement = Some(placement);
        self
    }

    /// A text template in which `{value}` is replaced by the value, e.g. `"$ {value}"`.
    pub fn template(mut self, template: impl Into<String>) -> Self {
        self.template = Some(template.into());
        self
    }

    /// Inline style of the tooltip.
    pub fn style(mut self, style: impl Into<Style>) -> Self {
        self.style = Some(style.into());
        self
    }

    /// The name of a JavaScript function in `window.dccFunctions` applied to the value before
    /// display.
    pub fn transform(mut self, function: impl Into<String>) -> Self {
        self.transform = Some(function.into());
        self
    }
}
