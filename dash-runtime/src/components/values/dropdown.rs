//! The `value` and the `labels` of a `Dropdown`.

use super::numbers::Number;
use super::options::OptionValue;
use serde::ser::{Serialize, Serializer};

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
