//! Typed values for the props of the official components: numbers as Python sends them,
//! children-like props, dropdown options, slider marks, figures and the string enums.
//!
//! Everything here is re-exported by [`crate::dcc`].

use crate::component::{Child, Style};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};
use std::fmt;

// ---------------------------------------------------------------------------------------------
// Numbers and lists
// ---------------------------------------------------------------------------------------------

/// A JSON number as Python Dash sends it: integers stay integers (`2007`), floats stay floats
/// (`2.0`). Converts from every Rust integer and float type.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// A signed integer.
    Int(i64),
    /// An unsigned integer too large for `i64`.
    UInt(u64),
    /// A float; NaN and infinities serialise as `null`, as in JSON.
    Float(f64),
}

impl Number {
    /// The number as an `f64` (possibly rounded for huge integers).
    pub fn as_f64(self) -> f64 {
        match self {
            Number::Int(n) => n as f64,
            Number::UInt(n) => n as f64,
            Number::Float(n) => n,
        }
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Number::Int(n) => serializer.serialize_i64(n),
            Number::UInt(n) => serializer.serialize_u64(n),
            Number::Float(n) => serializer.serialize_f64(n),
        }
    }
}

impl fmt::Display for Number {
    /// Formats like JSON: `2007`, `2.0`, `0.5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

macro_rules! number_from_signed {
    ($($t:ty),*) => {$(
        impl From<$t> for Number {
            fn from(n: $t) -> Self {
                Number::Int(n as i64)
            }
        }
    )*};
}
number_from_signed!(i8, i16, i32, i64, isize);

macro_rules! number_from_unsigned {
    ($($t:ty),*) => {$(
        impl From<$t> for Number {
            fn from(n: $t) -> Self {
                match i64::try_from(n) {
                    Ok(n) => Number::Int(n),
                    Err(_) => Number::UInt(n as u64),
                }
            }
        }
    )*};
}
number_from_unsigned!(u8, u16, u32, u64, usize);

impl From<f64> for Number {
    fn from(n: f64) -> Self {
        Number::Float(n)
    }
}

impl From<f32> for Number {
    /// Keeps the `f32`'s shortest decimal form: `0.1_f32` becomes `0.1`, not `0.10000000149…`.
    fn from(n: f32) -> Self {
        Number::Float(n.to_string().parse().unwrap_or(f64::from(n)))
    }
}

impl From<Number> for Value {
    fn from(n: Number) -> Self {
        serde_json::to_value(n).unwrap_or(Value::Null)
    }
}

/// A list prop (`[number]`, `[string]`, ...): built from a `Vec` or an array of anything that
/// converts into the element type, so `vec![1, 5]` fills a `List<Number>` and `["a", "b"]` a
/// `List<String>`.
#[derive(Clone, Debug, PartialEq)]
pub struct List<T>(pub Vec<T>);

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List(Vec::new())
    }
}

impl<T, U: Into<T>> From<Vec<U>> for List<T> {
    fn from(items: Vec<U>) -> Self {
        List(items.into_iter().map(Into::into).collect())
    }
}

impl<T, U: Into<T>, const N: usize> From<[U; N]> for List<T> {
    fn from(items: [U; N]) -> Self {
        List(items.into_iter().map(Into::into).collect())
    }
}

impl<T, U: Into<T> + Clone> From<&[U]> for List<T> {
    fn from(items: &[U]) -> Self {
        List(items.iter().cloned().map(Into::into).collect())
    }
}

impl<T, U: Into<T>> FromIterator<U> for List<T> {
    fn from_iter<I: IntoIterator<Item = U>>(items: I) -> Self {
        List(items.into_iter().map(Into::into).collect())
    }
}

// ---------------------------------------------------------------------------------------------
// Children-like props
// ---------------------------------------------------------------------------------------------

/// A prop that holds components the way `children` does (`dcc.Tab`'s `label`, `dcc.Loading`'s
/// `custom_spinner`, an option's `label`): text, a number, a component or a list of them.
#[derive(Clone, Debug, PartialEq)]
pub struct Node(Value);

impl Node {
    /// The prop's JSON value.
    pub fn into_value(self) -> Value {
        self.0
    }
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<T: Into<Child>> From<T> for Node {
    fn from(child: T) -> Self {
        Node(child.into().into_value())
    }
}

// ---------------------------------------------------------------------------------------------
// String enums
// ---------------------------------------------------------------------------------------------

/// Declares a prop enum whose variants serialise to fixed wire strings.
macro_rules! wire_enum {
    (
        $(#[$doc:meta])*
        $name:ident {
            $( $(#[$variant_doc:meta])* $variant:ident = $wire:literal ),+ $(,)?
        }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$variant_doc])* $variant ),+
        }

        impl $name {
            /// Every variant, in the order Dash's metadata lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The exact string Dash expects on the wire.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $wire ),+
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl From<$name> for Value {
            fn from(value: $name) -> Self {
                Value::String(value.as_str().to_owned())
            }
        }
    };
}

wire_enum! {
    /// Where persisted user edits are kept (`persistence_type`).
    PersistenceType {
        /// `"local"`: `window.localStorage`, kept across browser sessions.
        Local = "local",
        /// `"session"`: `window.sessionStorage`, kept until the tab closes.
        Session = "session",
        /// `"memory"`: kept until the page reloads.
        Memory = "memory",
    }
}

wire_enum! {
    /// A prop whose user edits may persist (`persisted_props` entries).
    PersistedProp {
        /// `"value"`.
        Value = "value",
        /// `"date"` (`DatePickerSingle`).
        Date = "date",
        /// `"start_date"` (`DatePickerRange`).
        StartDate = "start_date",
        /// `"end_date"` (`DatePickerRange`).
        EndDate = "end_date",
    }
}

wire_enum! {
    /// `Dropdown.search_order`: how matching options are ordered while searching.
    SearchOrder {
        /// `"index"`: by search relevance.
        Index = "index",
        /// `"original"`: in the order of `options`.
        Original = "original",
    }
}

wire_enum! {
    /// `Slider.updatemode` / `RangeSlider.updatemode`: when `value` is sent to the server.
    SliderUpdateMode {
        /// `"mouseup"` (default): when the handle is released.
        Mouseup = "mouseup",
        /// `"drag"`: continuously while dragging.
        Drag = "drag",
    }
}

wire_enum! {
    /// Where a slider's value tooltip appears (`SliderTooltip::placement`).
    TooltipPlacement {
        /// `"left"`.
        Left = "left",
        /// `"right"`.
        Right = "right",
        /// `"top"`.
        Top = "top",
        /// `"bottom"`.
        Bottom = "bottom",
        /// `"topLeft"`.
        TopLeft = "topLeft",
        /// `"topRight"`.
        TopRight = "topRight",
        /// `"bottomLeft"`.
        BottomLeft = "bottomLeft",
        /// `"bottomRight"`.
        BottomRight = "bottomRight",
    }
}

wire_enum! {
    /// `dcc.Input.type`: the kind of `<input>`.
    InputType {
        /// `"text"` (default).
        Text = "text",
        /// `"number"`: the value is sent as a number.
        Number = "number",
        /// `"password"`.
        Password = "password",
        /// `"email"`.
        Email = "email",
        /// `"range"`.
        Range = "range",
        /// `"search"`.
        Search = "search",
        /// `"tel"`.
        Tel = "tel",
        /// `"url"`.
        Url = "url",
        /// `"hidden"`.
        Hidden = "hidden",
    }
}

wire_enum! {
    /// `dcc.Input.inputMode`: the virtual keyboard hint.
    InputMode {
        /// `"verbatim"` (default).
        Verbatim = "verbatim",
        /// `"latin"`.
        Latin = "latin",
        /// `"latin-name"`.
        LatinName = "latin-name",
        /// `"latin-prose"`.
        LatinProse = "latin-prose",
        /// `"full-width-latin"`.
        FullWidthLatin = "full-width-latin",
        /// `"kana"`.
        Kana = "kana",
        /// `"katakana"`.
        Katakana = "katakana",
        /// `"numeric"`.
        Numeric = "numeric",
        /// `"tel"`.
        Tel = "tel",
        /// `"email"`.
        Email = "email",
        /// `"url"`.
        Url = "url",
    }
}

wire_enum! {
    /// `calendar_orientation` of the date pickers.
    CalendarOrientation {
        /// `"vertical"`.
        Vertical = "vertical",
        /// `"horizontal"` (default).
        Horizontal = "horizontal",
    }
}

wire_enum! {
    /// `DatePickerRange.updatemode`: when the dates are sent to the server.
    DateUpdateMode {
        /// `"singledate"` (default): as soon as either date changes.
        Singledate = "singledate",
        /// `"bothdates"`: once both dates are chosen.
        Bothdates = "bothdates",
    }
}

wire_enum! {
    /// `Store.storage_type`: where the store keeps its data.
    StorageType {
        /// `"local"`: `window.localStorage`.
        Local = "local",
        /// `"session"`: `window.sessionStorage`.
        Session = "session",
        /// `"memory"` (default): lost on page reload.
        Memory = "memory",
    }
}

wire_enum! {
    /// `Markdown.highlight_config.theme`: code highlighting colours.
    HighlightTheme {
        /// `"dark"`.
        Dark = "dark",
        /// `"light"` (default).
        Light = "light",
    }
}

wire_enum! {
    /// `Loading.type`: the spinner.
    LoadingType {
        /// `"graph"`.
        Graph = "graph",
        /// `"cube"`.
        Cube = "cube",
        /// `"circle"`.
        Circle = "circle",
        /// `"dot"`.
        Dot = "dot",
        /// `"default"`.
        Default = "default",
    }
}

wire_enum! {
    /// `Loading.display`: whether the spinner follows the loading state or is forced.
    LoadingDisplay {
        /// `"auto"` (default): shown while loading.
        Auto = "auto",
        /// `"show"`: always shown.
        Show = "show",
        /// `"hide"`: never shown.
        Hide = "hide",
    }
}

wire_enum! {
    /// `dcc.Button.type`.
    ButtonType {
        /// `"submit"`.
        Submit = "submit",
        /// `"reset"`.
        Reset = "reset",
        /// `"button"` (default).
        Button = "button",
    }
}

wire_enum! {
    /// `dcc.Tooltip.direction`: which side of the target the tooltip opens on.
    TooltipDirection {
        /// `"top"`.
        Top = "top",
        /// `"right"` (default).
        Right = "right",
        /// `"bottom"`.
        Bottom = "bottom",
        /// `"left"`.
        Left = "left",
    }
}

// ---------------------------------------------------------------------------------------------
// Enums mixing booleans, strings and numbers
// ---------------------------------------------------------------------------------------------

/// `Graph.responsive`: `true`, `false` or `"auto"` (the default: responsive unless the figure
/// fixes its size).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Responsive {
    /// `true`: always resize with the container.
    True,
    /// `false`: never resize.
    False,
    /// `"auto"`.
    Auto,
}

impl Serialize for Responsive {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Responsive::True => serializer.serialize_bool(true),
            Responsive::False => serializer.serialize_bool(false),
            Responsive::Auto => serializer.serialize_str("auto"),
        }
    }
}

impl From<bool> for Responsive {
    fn from(responsive: bool) -> Self {
        if responsive {
            Responsive::True
        } else {
            Responsive::False
        }
    }
}

impl From<Responsive> for Value {
    fn from(value: Responsive) -> Self {
        serde_json::to_value(value).unwrap_or(Value::Null)
    }
}

/// `Location.refresh`: `true` (default, full page reload on change), `false`, or
/// `"callback-nav"` (no reload; callbacks that use the location still fire).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LocationRefresh {
    /// `true`.
    True,
    /// `false`.
    False,
    /// `"callback-nav"`.
    CallbackNav,
}

impl Serialize for LocationRefresh {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            LocationRefresh::True => serializer.serialize_bool(true),
            LocationRefresh::False => serializer.serialize_bool(false),
            LocationRefresh::CallbackNav => serializer.serialize_str("callback-nav"),
        }
    }
}

impl From<bool> for LocationRefresh {
    fn from(refresh: bool) -> Self {
        if refresh {
            LocationRefresh::True
        } else {
            LocationRefresh::False
        }
    }
}

impl From<LocationRefresh> for Value {
    fn from(value: LocationRefresh) -> Self {
        serde_json::to_value(value).unwrap_or(Value::Null)
    }
}

/// `first_day_of_week` of the date pickers: sent as its number, Sunday = 0 (the default).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DayOfWeek {
    /// `0`.
    Sunday = 0,
    /// `1`.
    Monday = 1,
    /// `2`.
    Tuesday = 2,
    /// `3`.
    Wednesday = 3,
    /// `4`.
    Thursday = 4,
    /// `5`.
    Friday = 5,
    /// `6`.
    Saturday = 6,
}

impl Serialize for DayOfWeek {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(*self as u8)
    }
}

impl From<DayOfWeek> for Value {
    fn from(day: DayOfWeek) -> Self {
        Value::from(day as u8)
    }
}

// ---------------------------------------------------------------------------------------------
// Options of Dropdown, Checklist and RadioItems
// ---------------------------------------------------------------------------------------------

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

macro_rules! numeric_conversions {
    ($target:ident :: $variant:ident; $($t:ty),*) => {$(
        impl From<$t> for $target {
            fn from(n: $t) -> Self {
                $target::$variant(Number::from(n))
            }
        }
    )*};
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

/// The `value` of a `Dropdown`: one option value, a list of them (with `multi`), or `null`
/// (nothing selected).
#[derive(Clone, Debug, PartialEq)]
pub enum SelectValue {
    /// One selected value.
    One(OptionValue),
    /// Several selected values (`multi=True`).
    Many(Vec<OptionValue>),
    /// Nothing selected: `null`.
    None,
}

impl Serialize for SelectValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            SelectValue::One(value) => value.serialize(serializer),
            SelectValue::Many(values) => values.serialize(serializer),
            SelectValue::None => serializer.serialize_none(),
        }
    }
}

macro_rules! one_select_value {
    ($($t:ty),*) => {$(
        impl From<$t> for SelectValue {
            fn from(value: $t) -> Self {
                SelectValue::One(value.into())
            }
        }
    )*};
}
one_select_value!(
    OptionValue,
    &str,
    String,
    &String,
    bool,
    Number,
    i8,
    i16,
    i32,
    i64,
    isize,
    u8,
    u16,
    u32,
    u64,
    usize,
    f32,
    f64
);

impl<T: Into<OptionValue>> From<Vec<T>> for SelectValue {
    fn from(values: Vec<T>) -> Self {
        SelectValue::Many(values.into_iter().map(Into::into).collect())
    }
}

impl<T: Into<OptionValue>, const N: usize> From<[T; N]> for SelectValue {
    fn from(values: [T; N]) -> Self {
        SelectValue::Many(values.into_iter().map(Into::into).collect())
    }
}

impl<T: Into<SelectValue>> From<Option<T>> for SelectValue {
    /// `None` selects nothing.
    fn from(value: Option<T>) -> Self {
        value.map_or(SelectValue::None, Into::into)
    }
}

/// Texts of the dropdown's own controls (`Dropdown.labels`); unset entries keep Dash's English
/// defaults.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct DropdownLabels {
    #[serde(skip_serializing_if = "Option::is_none")]
    select_all: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deselect_all: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    selected_count: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    search: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    clear_search: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    clear_selection: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    no_options_found: Option<String>,
}

impl DropdownLabels {
    /// No custom texts.
    pub fn new() -> Self {
        Self::default()
    }

    /// The "select all" action (multi dropdowns).
    pub fn select_all(mut self, text: impl Into<String>) -> Self {
        self.select_all = Some(text.into());
        self
    }

    /// The "deselect all" action (multi dropdowns).
    pub fn deselect_all(mut self, text: impl Into<String>) -> Self {
        self.deselect_all = Some(text.into());
        self
    }

    /// The "n selected" summary.
    pub fn selected_count(mut self, text: impl Into<String>) -> Self {
        self.selected_count = Some(text.into());
        self
    }

    /// The search box placeholder.
    pub fn search(mut self, text: impl Into<String>) -> Self {
        self.search = Some(text.into());
        self
    }

    /// The "clear search" button.
    pub fn clear_search(mut self, text: impl Into<String>) -> Self {
        self.clear_search = Some(text.into());
        self
    }

    /// The "clear selection" button.
    pub fn clear_selection(mut self, text: impl Into<String>) -> Self {
        self.clear_selection = Some(text.into());
        self
    }

    /// The message shown when no option matches.
    pub fn no_options_found(mut self, text: impl Into<String>) -> Self {
        self.no_options_found = Some(text.into());
        self
    }
}

// ---------------------------------------------------------------------------------------------
// Sliders
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Graph
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Small object props
// ---------------------------------------------------------------------------------------------

/// `Tabs.colors`: the tab bar's border, selected-tab accent and background colours (any CSS
/// colour).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TabColors {
    /// Border colour.
    pub border: String,
    /// Accent colour of the selected tab.
    pub primary: String,
    /// Background colour of the tabs.
    pub background: String,
}

impl TabColors {
    /// All three colours.
    pub fn new(
        border: impl Into<String>,
        primary: impl Into<String>,
        background: impl Into<String>,
    ) -> Self {
        Self {
            border: border.into(),
            primary: primary.into(),
            background: background.into(),
        }
    }
}

/// `Markdown.highlight_config`: options of code-block highlighting.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct HighlightConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    theme: Option<HighlightTheme>,
}

impl HighlightConfig {
    /// Dash's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// The colour scheme.
    pub fn theme(mut self, theme: HighlightTheme) -> Self {
        self.theme = Some(theme);
        self
    }
}

impl From<HighlightTheme> for HighlightConfig {
    fn from(theme: HighlightTheme) -> Self {
        HighlightConfig::new().theme(theme)
    }
}

/// `Download.data`: a file to hand to the browser.
///
/// ```
/// use dash_runtime::dcc::DownloadData;
/// let file = DownloadData::new("hello.txt", "Hello!").mime_type("text/plain");
/// assert_eq!(
///     serde_json::to_value(&file).unwrap(),
///     serde_json::json!({"filename": "hello.txt", "content": "Hello!", "type": "text/plain"})
/// );
/// ```
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct DownloadData {
    filename: String,
    content: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    base64: Option<bool>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    mime_type: Option<String>,
}

impl DownloadData {
    /// A file named `filename` holding `content` (text, or base64 with [`DownloadData::base64`]).
    pub fn new(filename: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            filename: filename.into(),
            content: content.into(),
            base64: None,
            mime_type: None,
        }
    }

    /// Whether `content` is base64-encoded binary.
    pub fn base64(mut self, base64: bool) -> Self {
        self.base64 = Some(base64);
        self
    }

    /// The MIME type (`type` on the wire).
    pub fn mime_type(mut self, mime_type: impl Into<String>) -> Self {
        self.mime_type = Some(mime_type.into());
        self
    }
}

/// `dcc.Tooltip.bbox`: the box, in pixels relative to the tooltip's container, that the
/// tooltip points at.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct BBox {
    /// Left edge.
    pub x0: Number,
    /// Top edge.
    pub y0: Number,
    /// Right edge.
    pub x1: Number,
    /// Bottom edge.
    pub y1: Number,
}

impl BBox {
    /// The box from `(x0, y0)` to `(x1, y1)`.
    pub fn new(
        x0: impl Into<Number>,
        y0: impl Into<Number>,
        x1: impl Into<Number>,
        y1: impl Into<Number>,
    ) -> Self {
        Self {
            x0: x0.into(),
            y0: y0.into(),
            x1: x1.into(),
            y1: y1.into(),
        }
    }
}
