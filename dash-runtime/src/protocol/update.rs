//! `POST /_dash-update-component`: the request the renderer sends and the response it expects
//! (protocol §5).

use crate::component::id::stringify_pattern;
use serde::Deserialize;
use serde_json::{Map, Value};

/// The request body. Every field but `output` may be missing (no-output callbacks omit
/// `outputs`, callbacks without State omit `state`).
#[derive(Debug, Deserialize)]
pub struct UpdateRequest {
    /// The callback's output string, exactly as in `/_dash-dependencies`.
    pub output: String,
    /// The concrete outputs: one object, or a list for multi-output callbacks.
    #[serde(default)]
    pub outputs: Option<Value>,
    /// One entry per declared input: `{id, property, value?}`, or a list of them for wildcards.
    #[serde(default)]
    pub inputs: Vec<Value>,
    /// Like `inputs`, for State.
    #[serde(default)]
    pub state: Vec<Value>,
    /// The `id.prop` strings whose change triggered this call (empty on page load).
    #[serde(default, rename = "changedPropIds")]
    pub changed_prop_ids: Vec<String>,
}

impl UpdateRequest {
    /// The value of each input entry; a missing `value` (a prop the browser never set) is
    /// `null`, and a wildcard list becomes a list of values.
    pub fn input_values(&self) -> impl Iterator<Item = Value> + '_ {
        self.inputs.iter().map(entry_value)
    }

    /// Like [`input_values`](Self::input_values), for State.
    pub fn state_values(&self) -> impl Iterator<Item = Value> + '_ {
        self.state.iter().map(entry_value)
    }

    /// The concrete `(id, property)` targets of the outputs, in declaration order.
    pub fn output_targets(&self) -> Vec<OutputTarget> {
        match &self.outputs {
            Some(Value::Array(items)) => items.iter().map(OutputTarget::from_entry).collect(),
            Some(entry @ Value::Object(_)) => vec![OutputTarget::from_entry(entry)],
            _ => Vec::new(),
        }
    }
}

fn entry_value(entry: &Value) -> Value {
    match entry {
        Value::Array(items) => Value::Array(items.iter().map(entry_value).collect()),
        Value::Object(fields) => fields.get("value").cloned().unwrap_or(Value::Null),
        _ => Value::Null,
    }
}

/// Where one output value goes in the response: the stringified id and the bare property.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputTarget {
    /// The id as a response key: the plain id, or the sorted compact form of a dict id.
    pub id: String,
    /// The property with any `@<hash>` duplicate suffix removed.
    pub property: String,
}

impl OutputTarget {
    fn from_entry(entry: &Value) -> Self {
        let id = match entry.get("id") {
            Some(Value::String(id)) => id.clone(),
            Some(Value::Object(map)) => stringify_pattern(map),
            _ => String::new(),
        };
        let property = entry
            .get("property")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let property = property.split('@').next().unwrap_or_default().to_owned();
        Self { id, property }
    }
}

/// Builds the 200 response body `{"multi":true,"response":{id:{prop:value}}}`, leaving out
/// outputs whose value is `None` (no update).
pub fn response_body(targets: &[OutputTarget], values: Vec<Option<Value>>) -> Value {
    let mut response: Map<String, Value> = Map::new();
    for (target, value) in targets.iter().zip(values) {
        let Some(value) = value else { continue };
        let props = response
            .entry(target.id.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(props) = props {
            props.insert(target.property.clone(), value);
        }
    }
    let mut body = Map::with_capacity(2);
    body.insert("multi".into(), Value::Bool(true));
    body.insert("response".into(), Value::Object(response));
    Value::Object(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn missing_values_are_null_and_wildcards_are_lists() {
        let request: UpdateRequest = serde_json::from_value(json!({
            "output": "out.children",
            "inputs": [
                {"id": "btn", "property": "n_clicks"},
                [{"id": {"i": 0}, "property": "value", "value": 1}, {"id": {"i": 1}, "property": "value"}]
            ]
        }))
        .unwrap();
        let values: Vec<Value> = request.input_values().collect();
        assert_eq!(values, vec![Value::Null, json!([1, null])]);
    }

    #[test]
    fn no_update_outputs_are_omitted_and_duplicate_suffixes_stripped() {
        let request: UpdateRequest = serde_json::from_value(json!({
            "output": "..a.children...b.data@abc..",
            "outputs": [{"id": "a", "property": "children"}, {"id": {"type": "x", "index": 2}, "property": "data@abc"}]
        }))
        .unwrap();
        let targets = request.output_targets();
        assert_eq!(targets[1].property, "data");
        let body = response_body(&targets, vec![None, Some(json!(5))]);
        assert_eq!(
            body,
            json!({"multi": true, "response": {"{\"index\":2,\"type\":\"x\"}": {"data": 5}}})
        );
    }
}
