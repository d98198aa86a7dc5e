//! Inline styles: the `style` prop, a JSON object of camelCase CSS properties.

use serde::Serialize;
use serde_json::{Map, Value};

/// A `style` prop. Build it with [`Style::new`] and [`Style::set`], or from a CSS declaration
/// string (`"font-size: 12px; color: red"`), whose property names are camel-cased as React
/// expects.
///
/// ```
/// use dash_runtime::component::Style;
/// let style = Style::from("font-size: 12px; color: red");
/// assert_eq!(serde_json::to_string(&style).unwrap(), r#"{"fontSize":"12px","color":"red"}"#);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Style(Map<String, Value>);

impl Style {
    /// An empty style.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets one CSS property; `name` may be kebab-case or camelCase.
    pub fn set(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.0.insert(camel_case(name), value.into());
        self
    }
}

fn camel_case(name: &str) -> String {
    if name.starts_with("--") {
        return name.to_owned(); // CSS custom properties keep their spelling
    }
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '-' {
            upper = !out.is_empty();
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

impl From<&str> for Style {
    fn from(css: &str) -> Self {
        css.split(';')
            .filter_map(|declaration| declaration.split_once(':'))
            .fold(Style::new(), |style, (name, value)| {
                style.set(name.trim(), value.trim())
            })
    }
}

impl From<Map<String, Value>> for Style {
    fn from(map: Map<String, Value>) -> Self {
        Style(map)
    }
}

impl From<Value> for Style {
    fn from(value: Value) -> Self {
        match value {
            Value::Object(map) => Style(map),
            _ => Style::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_strings_become_camel_case_objects() {
        let style = Style::from("background-color: #fff; --brand: blue;");
        let json = serde_json::to_value(&style).unwrap();
        assert_eq!(json["backgroundColor"], "#fff");
        assert_eq!(json["--brand"], "blue");
    }
}
