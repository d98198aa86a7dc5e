//! Component ids: plain strings, or flat objects for pattern matching (protocol §3.1, §4.3).

use serde::Serialize;
use serde_json::{Map, Value};

/// The `id` of a component.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
