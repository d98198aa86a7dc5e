//! Component ids: plain strings, or flat objects for pattern matching (protocol §3.1, §4.3).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

/// The `id` of a component.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ComponentId {
    /// A plain id such as `"year-dropdown"`.
    Name(String),
    /// A pattern-matching id such as `{"type": "filter", "index": 3}`.
    Pattern(Map<String, Value>),
}

impl ComponentId {
    /// Dash's string form of the id: the name itself, or the object with its keys sorted and no
    /// spaces (`{"index":1,"type":"pm"}`), as used in output strings and `changedPropIds`.
    pub fn stringify(&self) -> String {
        match self {
            ComponentId::Name(name) => name.clone(),
            ComponentId::Pattern(map) => stringify_pattern(map),
        }
    }

    /// A pattern id from `(key, value)` pairs: what `layout!` makes of
    /// `id={"type": "done", "index": i}`.
    ///
    /// ```
    /// use dash_runtime::component::ComponentId;
    /// let id = ComponentId::from_entries([("type", "done".into()), ("index", 3.into())]);
    /// assert_eq!(id.stringify(), r#"{"index":3,"type":"done"}"#);
    /// ```
    pub fn from_entries<'a>(entries: impl IntoIterator<Item = (&'a str, Value)>) -> Self {
        ComponentId::Pattern(
            entries
                .into_iter()
                .map(|(key, value)| (key.to_owned(), value))
                .collect(),
        )
    }

    /// The id in a request or layout (a string or an object), if it is one.
    pub fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::String(name) => Some(ComponentId::Name(name.clone())),
            Value::Object(map) => Some(ComponentId::Pattern(map.clone())),
            _ => None,
        }
    }

    /// The value of `key` of a pattern id (`None` for plain ids).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            ComponentId::Pattern(map) => map.get(key),
            ComponentId::Name(_) => None,
        }
    }

    /// The name of a plain id (`None` for pattern ids).
    pub fn as_name(&self) -> Option<&str> {
        match self {
            ComponentId::Name(name) => Some(name),
            ComponentId::Pattern(_) => None,
        }
    }
}

impl fmt::Display for ComponentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.stringify())
    }
}

impl PartialEq<str> for ComponentId {
    fn eq(&self, other: &str) -> bool {
        self.as_name() == Some(other)
    }
}

impl PartialEq<&str> for ComponentId {
    fn eq(&self, other: &&str) -> bool {
        self.as_name() == Some(*other)
    }
}

/// A value for a key of a pattern id, from anything serialisable (`layout!` calls this).
pub fn id_value(value: &impl Serialize) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// Stringifies a pattern id's object with sorted keys, compact separators.
pub fn stringify_pattern(map: &Map<String, Value>) -> String {
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort();
    let entries: Vec<String> = keys
        .into_iter()
        .map(|key| format!("{}:{}", Value::from(key.as_str()), map[key]))
        .collect();
    format!("{{{}}}", entries.join(","))
}

impl From<&str> for ComponentId {
    fn from(name: &str) -> Self {
        ComponentId::Name(name.to_owned())
    }
}

impl From<String> for ComponentId {
    fn from(name: String) -> Self {
        ComponentId::Name(name)
    }
}

impl From<Map<String, Value>> for ComponentId {
    fn from(map: Map<String, Value>) -> Self {
        ComponentId::Pattern(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pattern_ids_stringify_with_sorted_keys() {
        let Value::Object(map) = serde_json::json!({"type": "pm", "index": 1}) else {
            unreachable!()
        };
        assert_eq!(
            ComponentId::from(map).stringify(),
            r#"{"index":1,"type":"pm"}"#
        );
    }
}
