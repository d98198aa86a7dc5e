//! Options of Dropdown, Checklist and RadioItems.

use super::node::Node;
use super::numbers::Number;
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

/// The value of one option: a string, a number or a boolean.
#[derive(Clone, Debug, PartialEq)]
pub enum OptionValue {
    /// A string value.
    String(String),
    /// A number value.
    Number(Number),
    /// A boolean value.
    Bool(bool),
}

impl Serialize for OptionValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            OptionValue::String(s) => serializer.serialize_str(s),
            OptionValue::Number(n) => n.serialize(serializer),
            OptionValue::Bool(b) => serializer.serialize_bool(*b),
        }
    }
}

impl From<&str> for OptionValue {
    fn from(s: &str) -> Self {
        OptionValue::String(s.to_owned())
    }
}

impl From<String> for OptionValue {
    fn from(s: String) -> Self {
        OptionValue::String(s)
    }
}

impl From<&String> for OptionValue {
    fn from(s: &String) -> Self {
        OptionValue::String(s.clone())
    }
}

impl From<bool> for OptionValue {
    fn from(b: bool) -> Self {
        OptionValue::Bool(b)
    }
}

impl From<Number> for OptionValue {
    fn from(n: Number) -> Self {
        OptionValue::Number(n)
    }
}

numeric_conversions!(
    OptionValue::Number; i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64
);

/// One detailed option: a label (text or components) and a value, optionally disabled, with a
/// hover title or a search text.
///
/// ```
/// use dash_runtime::dcc::SelectOption;
/// let option = SelectOption::new("Montréal", "MTL").disabled(true);
/// assert_eq!(
///     serde_json::to_value(&option).unwrap(),
///     serde_json::json!({"label": "Montréal", "value": "MTL", "disabled": true})
/// );
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct SelectOption {
    label: Node,
    value: OptionValue,
    disabled: Option<bool>,
    title: Option<String>,
    search: Option<String>,
}

impl SelectOption {
    /// An option showing `label` and selecting `value`.
    pub fn new(label: impl Into<Node>, value: impl Into<OptionValue>) -> Self {
        Self {
            label: label.into(),
            value: value.into(),
            disabled: None,
            title: None,
            search: None,
        }
    }

    /// Whether the option can't be selected.
    pub fn disabled(mut self, disabled: bool) -> Self {
        self.disabled = Some(disabled);
        self
    }

    /// The `title` shown when hovering the option.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// The text searched instead of the label (useful when the label is a component).
    pub fn search(mut self, search: impl Into<String>) -> Self {
        self.search = Some(search.into());
        self
    }
}

impl Serialize for SelectOption {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("label", &self.label)?;
        map.serialize_entry("value", &self.value)?;
        if let Some(disabled) = self.disabled {
            map.serialize_entry("disabled", &disabled)?;
        }
        if let Some(title) = &self.title {
            map.serialize_entry("title", title)?;
        }
        if let Some(search) = &self.search {
            map.serialize_entry("search", search)?;
        }
        map.end()
    }
}

impl<L: Into<Node>, V: Into<OptionValue>> From<(L, V)> for SelectOption {
    /// `(label, value)`.
    fn from((label, value): (L, V)) -> Self {
        SelectOption::new(label, value)
    }
}

/// One entry of an options list: a plain value (its own label) or a [`SelectOption`].
#[derive(Clone, Debug, PartialEq)]
pub enum OptionEntry {
    /// A value shown as its own label.
    Plain(OptionValue),
    /// A labelled option.
    Detailed(SelectOption),
}

impl Serialize for OptionEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            OptionEntry::Plain(value) => value.serialize(serializer),
            OptionEntry::Detailed(option) => option.serialize(serializer),
        }
    }
}

impl From<OptionValue> for OptionEntry {
    fn from(value: OptionValue) -> Self {
        OptionEntry::Plain(value)
    }
}

impl From<SelectOption> for OptionEntry {
    fn from(option: SelectOption) -> Self {
        OptionEntry::Detailed(option)
    }
}

impl<L: Into<Node>, V: Into<OptionValue>> From<(L, V)> for OptionEntry {
    /// `(label, value)` becomes `{"label": label, "value": value}`.
    fn from(pair: (L, V)) -> Self {
        OptionEntry::Detailed(pair.into())
    }
}

macro_rules! plain_option_entry {
    ($($t:ty),*) => {$(
        impl From<$t> for OptionEntry {
            fn from(value: $t) -> Self {
                OptionEntry::Plain(value.into())
            }
        }
    )*};
}
plain_option_entry!(
    &str, String, &String, bool, Number, i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32,
    f64
);

/// The `options` of `Dropdown`, `Checklist` and `RadioItems`.
///
/// Build it from a list of plain values (`vec!["NYC", "MTL"]`, `[1952, 2007]`), of
/// `(label, value)` pairs, of [`SelectOption`]s, or use [`Options::dict`] for Dash's
/// `{value: label}` form.
///
/// ```
/// use dash_runtime::dcc::{Options, SelectOption};
/// let plain = Options::from(vec![1952, 2007]);
/// let pairs = Options::from(vec![("New York", "NYC"), ("Montréal", "MTL")]);
/// let detailed = Options::from(vec![SelectOption::new("San Francisco", "SF").disabled(true)]);
/// assert_eq!(serde_json::to_value(&plain).unwrap(), serde_json::json!([1952, 2007]));
/// # let _ = (pairs, detailed);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum Options {
    /// A list of plain values and/or detailed options.
    List(Vec<OptionEntry>),
    /// Dash's `{value: label}` object form.
    Dict(Map<String, Value>),
    /// Any JSON, sent as is.
    Raw(Value),
}

impl Options {
    /// The `{value: label}` form, from `(value, label)` pairs.
    pub fn dict<K: Into<String>, L: Into<String>>(pairs: impl IntoIterator<Item = (K, L)>) -> Self {
        Options::Dict(
            pairs
                .into_iter()
                .map(|(value, label)| (value.into(), Value::String(label.into())))
                .collect(),
        )
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::List(Vec::new())
    }
}

impl Serialize for Options {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Options::List(entries) => entries.serialize(serializer),
            Options::Dict(map) => map.serialize(serializer),
            Options::Raw(value) => value.serialize(serializer),
        }
    }
}

impl<T: Into<OptionEntry>> From<Vec<T>> for Options {
    fn from(entries: Vec<T>) -> Self {
        entries.into_iter().collect()
    }
}

impl<T: Into<OptionEntry>, const N: usize> From<[T; N]> for Options {
    fn from(entries: [T; N]) -> Self {
        entries.into_iter().collect()
    }
}

impl<T: Into<OptionEntry> + Clone> From<&[T]> for Options {
    fn from(entries: &[T]) -> Self {
        entries.iter().cloned().collect()
    }
}

impl<T: Into<OptionEntry>> FromIterator<T> for Options {
    fn from_iter<I: IntoIterator<Item = T>>(entries: I) -> Self {
        Options::List(entries.into_iter().map(Into::into).collect())
    }
}

impl From<Map<String, Value>> for Options {
    /// The `{value: label}` form.
    fn from(map: Map<String, Value>) -> Self {
        Options::Dict(map)
    }
}

impl From<Value> for Options {
    fn from(value: Value) -> Self {
        Options::Raw(value)
    }
}
