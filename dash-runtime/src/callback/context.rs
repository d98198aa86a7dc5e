//! The callback context: what triggered a call, every input and state by id, the concrete
//! outputs, the HTTP request, and `set_props` (protocol §6). Python reaches it through the
//! global `dash.ctx`; here a callback takes it as a parameter of type [`CallbackContext`].

use crate::component::ComponentId;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};
use std::sync::{Arc, Mutex};

/// One prop whose change triggered the call.
#[derive(Clone, Debug, PartialEq)]
pub struct Triggered {
    /// `"<stringified id>.<prop>"`, e.g. `btn.n_clicks` or `{"index":1,"type":"done"}.value`.
    pub prop_id: String,
    /// The component id: the text before the last `.`, parsed when it is a pattern id.
    pub id: ComponentId,
    /// The new value, when the prop is one of the callback's inputs.
    pub value: Value,
}

/// The HTTP request a call came in, as far as callbacks may care.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RequestInfo {
    /// Request headers, names lowercase, in arrival order.
    pub headers: Vec<(String, String)>,
    /// Cookies by name.
    pub cookies: Vec<(String, String)>,
    /// The path with its query string.
    pub path: String,
    /// The client's address, when known.
    pub remote: Option<String>,
}

/// Everything about one call of a callback beyond its argument values. Cheap to clone.
///
/// Take it as a parameter of a `#[callback]` fn (anywhere in the list; it is not an input):
///
/// ```
/// use dash_runtime::callback::CallbackContext;
/// fn which(ctx: &CallbackContext) -> String {
///     match ctx.triggered_id() {
///         Some(id) => format!("{id} changed"),
///         None => "page load".to_owned(),
///     }
/// }
/// assert_eq!(which(&CallbackContext::default()), "page load");
/// ```
#[derive(Clone, Debug, Default)]
pub struct CallbackContext {
    inner: Arc<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    triggered: Vec<Triggered>,
    inputs: Map<String, Value>,
    states: Map<String, Value>,
    inputs_list: Vec<Value>,
    states_list: Vec<Value>,
    outputs_list: Value,
    request: RequestInfo,
    side_updates: Mutex<Map<String, Value>>,
}

impl CallbackContext {
    /// The context of a call with these request parts (`inputs`/`state` entries as the renderer
    /// sends them, `outputs` as in the body, `changed` its `changedPropIds`).
    pub fn new(
        inputs_list: Vec<Value>,
        states_list: Vec<Value>,
        outputs_list: Value,
        changed: &[String],
        request: RequestInfo,
    ) -> Self {
        let inputs = flatten(&inputs_list);
        let states = flatten(&states_list);
        let triggered = changed
            .iter()
            .map(|prop_id| Triggered {
                prop_id: prop_id.clone(),
                id: component_id_of(prop_id),
                value: inputs.get(prop_id).cloned().unwrap_or(Value::Null),
            })
            .collect();
        CallbackContext {
            inner: Arc::new(Inner {
                triggered,
                inputs,
                states,
                inputs_list,
                states_list,
                outputs_list,
                request,
                side_updates: Mutex::default(),
            }),
        }
    }

    /// The props whose change triggered this call; empty on the page-load call.
    pub fn triggered(&self) -> &[Triggered] {
        &self.inner.triggered
    }

    /// The id of the first triggering component (a name or a pattern id), or `None` on the
    /// page-load call: Python's `ctx.triggered_id`.
    pub fn triggered_id(&self) -> Option<&ComponentId> {
        self.inner.triggered.first().map(|t| &t.id)
    }

    /// The first triggering pattern id decoded into a type of the app's own, e.g. a struct with
    /// `index: usize`; `None` on page load or when it does not fit.
    pub fn triggered_id_as<T: DeserializeOwned>(&self) -> Option<T> {
        let id = serde_json::to_value(self.triggered_id()?).ok()?;
        serde_json::from_value(id).ok()
    }

    /// Whether `prop_id` (`"id.prop"`, pattern ids stringified) is among the triggering props.
    pub fn is_triggered(&self, prop_id: &str) -> bool {
        self.inner.triggered.iter().any(|t| t.prop_id == prop_id)
    }

    /// `prop_id` → component id of each triggering prop: Python's `ctx.triggered_prop_ids`.
    pub fn triggered_prop_ids(&self) -> impl Iterator<Item = (&str, &ComponentId)> {
        self.inner
            .triggered
            .iter()
            .map(|t| (t.prop_id.as_str(), &t.id))
    }

    /// Every input value by `"id.prop"` (wildcard lists flattened; unset props are `null`).
    pub fn inputs(&self) -> &Map<String, Value> {
        &self.inner.inputs
    }

    /// Every state value by `"id.prop"`.
    pub fn states(&self) -> &Map<String, Value> {
        &self.inner.states
    }

    /// The `inputs` entries of the request as sent: `{id, property, value}` objects, or lists
    /// of them for ALL and ALLSMALLER.
    pub fn inputs_list(&self) -> &[Value] {
        &self.inner.inputs_list
    }

    /// The `state` entries of the request as sent.
    pub fn states_list(&self) -> &[Value] {
        &self.inner.states_list
    }

    /// The concrete outputs of this call: an `{id, property}` object, a list of them, or `[]`
    /// for a callback without outputs.
    pub fn outputs_list(&self) -> &Value {
        &self.inner.outputs_list
    }

    /// The HTTP request.
    pub fn request(&self) -> &RequestInfo {
        &self.inner.request
    }

    /// The value of the header `name` (any case), if sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.inner
            .request
            .headers
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The value of the cookie `name`, if sent.
    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.inner
            .request
            .cookies
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// Sets props of any component in the page, beside the outputs: Python's
    /// `set_props(id, {prop: value})`. Later calls for the same component merge into earlier
    /// ones. Values may be [`Patch`](super::Patch)es.
    pub fn set_props(&self, id: impl Into<ComponentId>, props: impl Serialize) {
        let key = id.into().stringify();
        let props = serde_json::to_value(props).unwrap_or(Value::Null);
        let mut updates = self
            .inner
            .side_updates
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let entry = updates
            .entry(key)
            .or_insert_with(|| Value::Object(Map::new()));
        match (entry, props) {
            (Value::Object(existing), Value::Object(new)) => existing.extend(new),
            (entry, props) => *entry = props,
        }
    }

    /// Sets one prop of a component: `set_props(id, {prop: value})`.
    pub fn set_prop(&self, id: impl Into<ComponentId>, prop: &str, value: impl Serialize) {
        let mut props = Map::new();
        props.insert(
            prop.to_owned(),
            serde_json::to_value(value).unwrap_or(Value::Null),
        );
        self.set_props(id, Value::Object(props));
    }

    /// The props set with [`set_props`](Self::set_props), leaving none behind.
    pub fn take_side_updates(&self) -> Map<String, Value> {
        std::mem::take(
            &mut *self
                .inner
                .side_updates
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        )
    }
}

/// `"id.prop"` → value over every entry, wildcard lists flattened.
fn flatten(entries: &[Value]) -> Map<String, Value> {
    let mut out = Map::new();
    for entry in entries {
        let items = match entry {
            Value::Array(items) => items.as_slice(),
            other => std::slice::from_ref(other),
        };
        for item in items {
            let Some(id) = item.get("id").and_then(ComponentId::from_value) else {
                continue;
            };
            let property = item.get("property").and_then(Value::as_str).unwrap_or("");
            let value = item.get("value").cloned().unwrap_or(Value::Null);
            out.insert(format!("{}.{property}", id.stringify()), value);
        }
    }
    out
}

/// The id part of `"<id>.<prop>"`: before the last `.`, parsed when it is a pattern id.
fn component_id_of(prop_id: &str) -> ComponentId {
    let id = prop_id.rsplit_once('.').map_or(prop_id, |(id, _)| id);
    if id.starts_with('{') {
        if let Ok(Value::Object(map)) = serde_json::from_str(id) {
            return ComponentId::Pattern(map);
        }
    }
    ComponentId::Name(id.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn context(changed: &[&str]) -> CallbackContext {
        let changed: Vec<String> = changed.iter().map(|s| s.to_string()).collect();
        CallbackContext::new(
            vec![
                json!({"id": "btn", "property": "n_clicks", "value": 3}),
                json!([
                    {"id": {"type": "done", "index": 0}, "property": "value", "value": []},
                    {"id": {"type": "done", "index": 1}, "property": "value"}
                ]),
            ],
            vec![json!({"id": "inp", "property": "value", "value": "hi"})],
            json!({"id": "out", "property": "children"}),
            &changed,
            RequestInfo {
                headers: vec![("x-user".into(), "ann".into())],
                ..RequestInfo::default()
            },
        )
    }

    #[test]
    fn the_page_load_call_has_no_trigger() {
        let ctx = context(&[]);
        assert!(ctx.triggered().is_empty());
        assert_eq!(ctx.triggered_id(), None);
    }

    #[test]
    fn pattern_triggers_are_parsed_and_valued() {
        let ctx = context(&[r#"{"index":1,"type":"done"}.value"#]);
        let id = ctx.triggered_id().unwrap();
        assert_eq!(id.get("index"), Some(&json!(1)));
        assert_eq!(ctx.triggered()[0].value, Value::Null);
        #[derive(serde::Deserialize)]
        struct Item {
            index: usize,
        }
        assert_eq!(ctx.triggered_id_as::<Item>().unwrap().index, 1);
        assert_eq!(
            ctx.inputs()[r#"{"index":0,"type":"done"}.value"#],
            json!([])
        );
    }

    #[test]
    fn plain_triggers_carry_their_input_value() {
        let ctx = context(&["btn.n_clicks"]);
        assert_eq!(ctx.triggered_id(), Some(&ComponentId::from("btn")));
        assert_eq!(ctx.triggered()[0].value, json!(3));
        assert!(ctx.is_triggered("btn.n_clicks"));
        assert_eq!(ctx.states()["inp.value"], json!("hi"));
        assert_eq!(ctx.header("X-User"), Some("ann"));
    }

    #[test]
    fn set_props_merge_per_component() {
        let ctx = context(&[]);
        ctx.set_prop("a", "children", "x");
        ctx.set_props("a", json!({"style": {"color": "red"}}));
        ctx.set_prop(
            ComponentId::from_entries([("type", json!("done")), ("index", json!(2))]),
            "value",
            json!([]),
        );
        let updates = ctx.take_side_updates();
        assert_eq!(
            Value::Object(updates),
            json!({
                "a": {"children": "x", "style": {"color": "red"}},
                "{\"index\":2,\"type\":\"done\"}": {"value": []}
            })
        );
        assert!(ctx.take_side_updates().is_empty());
    }
}
