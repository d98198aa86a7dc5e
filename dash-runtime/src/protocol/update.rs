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

    /// The concrete targets of the outputs, in declaration order: one per output, a list of
    /// them for an ALL output. `multi` says whether the callback's outputs are a list (then
    /// `outputs` has one entry per output; otherwise it is the one output's entry).
    pub fn output_slots(&self, multi: bool) -> Vec<OutputSlot> {
        match &self.outputs {
            Some(Value::Array(items)) if multi => {
                items.iter().map(OutputSlot::from_entry).collect()
            }
            Some(entry @ (Value::Object(_) | Value::Array(_))) => {
                vec![OutputSlot::from_entry(entry)]
            }
            _ => Vec::new(),
        }
    }
}

/// Where one declared output's value goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutputSlot {
    /// One component (plain or MATCH ids).
    One(OutputTarget),
    /// Every component an ALL output matched, in the order the renderer lists them; the
    /// callback returns a list with one value per component.
    All(Vec<OutputTarget>),
}

impl OutputSlot {
    fn from_entry(entry: &Value) -> Self {
        match entry {
            Value::Array(items) => {
                OutputSlot::All(items.iter().map(OutputTarget::from_entry).collect())
            }
            entry => OutputSlot::One(OutputTarget::from_entry(entry)),
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

/// Builds the 200 body for values in `slots`, with `sideUpdate` when `set_props` was called.
/// An ALL slot takes a list with one value per component; its no-update items are left out.
/// Fails, saying why, when an ALL output's value is not such a list.
pub fn response_with_side_updates(
    slots: &[OutputSlot],
    values: Vec<Option<Value>>,
    side_updates: Map<String, Value>,
) -> Result<Value, String> {
    let mut response: Map<String, Value> = Map::new();
    let mut put = |target: &OutputTarget, value: Value| {
        if crate::callback::output::is_no_update(&value) {
            return;
        }
        let props = response
            .entry(target.id.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(props) = props {
            props.insert(target.property.clone(), value);
        }
    };
    for (slot, value) in slots.iter().zip(values) {
        let Some(value) = value else { continue };
        match slot {
            OutputSlot::One(target) => put(target, value),
            OutputSlot::All(targets) => match value {
                Value::Array(items) if items.len() == targets.len() => {
                    for (target, item) in targets.iter().zip(items) {
                        put(target, item);
                    }
                }
                other => {
                    let got = match &other {
                        Value::Array(items) => format!("a list of {}", items.len()),
                        _ => "a single value".to_owned(),
                    };
                    let property = targets.first().map_or("", |t| t.property.as_str());
                    return Err(format!(
                        "an ALL output (`{property}`) matched {} components and needs a list of \
                         as many values, but the callback returned {got}",
                        targets.len()
                    ));
                }
            },
        }
    }
    let mut body = Map::with_capacity(3);
    body.insert("multi".into(), Value::Bool(true));
    if !side_updates.is_empty() {
        body.insert("sideUpdate".into(), Value::Object(side_updates));
    }
    body.insert("response".into(), Value::Object(response));
    Ok(Value::Object(body))
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
        let slots = request.output_slots(true);
        assert!(matches!(&slots[1], OutputSlot::One(target) if target.property == "data"));
        let body =
            response_with_side_updates(&slots, vec![None, Some(json!(5))], Map::new()).unwrap();
        assert_eq!(
            body,
            json!({"multi": true, "response": {"{\"index\":2,\"type\":\"x\"}": {"data": 5}}})
        );
    }

    #[test]
    fn all_outputs_spread_a_list_over_their_components() {
        let request: UpdateRequest = serde_json::from_value(json!({
            "output": "{\"index\":[\"ALL\"],\"type\":\"label\"}.style",
            "outputs": [
                {"id": {"type": "label", "index": 0}, "property": "style"},
                {"id": {"type": "label", "index": 1}, "property": "style"}
            ]
        }))
        .unwrap();
        let slots = request.output_slots(false);
        assert!(matches!(&slots[0], OutputSlot::All(targets) if targets.len() == 2));
        let marker = json!({"_dash_no_update": "_dash_no_update"});
        let body =
            response_with_side_updates(&slots, vec![Some(json!([marker, {"a": 1}]))], Map::new())
                .unwrap();
        assert_eq!(
            body,
            json!({"multi": true, "response": {"{\"index\":1,\"type\":\"label\"}": {"style": {"a": 1}}}})
        );
        let error =
            response_with_side_updates(&slots, vec![Some(json!([1]))], Map::new()).unwrap_err();
        assert!(error.contains("matched 2 components"), "{error}");
    }

    #[test]
    fn side_updates_come_with_the_response() {
        let mut side = Map::new();
        side.insert("store".into(), json!({"data": {"n": 1}}));
        let body = response_with_side_updates(&[], vec![], side).unwrap();
        assert_eq!(
            body,
            json!({"multi": true, "sideUpdate": {"store": {"data": {"n": 1}}}, "response": {}})
        );
    }
}
