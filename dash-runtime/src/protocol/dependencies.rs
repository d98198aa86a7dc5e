//! `GET /_dash-dependencies`: the callback list the renderer builds its graph from (§4.1).

use crate::callback::{CallbackDefinition, Dependency};
use serde_json::{json, Map, Value};

/// The dependencies entry of one server-side callback.
pub fn entry(callback: &CallbackDefinition, prevent_initial_by_default: bool) -> Value {
    let mut entry = json!({
        "output": callback.output_id(),
        "inputs": dependency_list(&callback.inputs),
        "state": dependency_list(&callback.state),
        "clientside_function": null,
        "prevent_initial_call": callback.prevent_initial_call.unwrap_or(prevent_initial_by_default),
        "background": null,
        "dynamic_creator": null,
        "no_output": callback.has_no_output(),
        "optional": false,
        "hidden": false,
        "websocket": false,
        "persistent": false,
    });
    if !callback.running.is_empty() {
        let (mut on, mut off) = (Map::new(), Map::new());
        for (dependency, on_value, off_value) in &callback.running {
            on.insert(dependency.to_string(), on_value.clone());
            off.insert(dependency.to_string(), off_value.clone());
        }
        entry["running"] = json!({"running": on, "runningOff": off});
    }
    entry
}

fn dependency_list(dependencies: &[Dependency]) -> Value {
    dependencies
        .iter()
        .map(|dep| json!({"id": dep.id, "property": dep.property}))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_carry_every_field_the_renderer_reads() {
        let callback = CallbackDefinition::blocking("f", |_| Ok(vec![]))
            .output(Dependency::new("out", "children"))
            .input(Dependency::new("btn", "n_clicks"))
            .state(Dependency::new("inp", "value"));
        let value = entry(&callback, false);
        assert_eq!(value["output"], "out.children");
        assert_eq!(
            value["inputs"],
            json!([{"id": "btn", "property": "n_clicks"}])
        );
        assert_eq!(value["state"], json!([{"id": "inp", "property": "value"}]));
        assert_eq!(value["prevent_initial_call"], false);
        assert_eq!(
            entry(&callback.clone().prevent_initial_call(true), false)["prevent_initial_call"],
            true
        );
        assert_eq!(value["no_output"], false);
        assert!(value.get("running").is_none());
    }

    #[test]
    fn running_props_and_missing_outputs_are_declared() {
        let callback = CallbackDefinition::blocking("f", |_| Ok(vec![]))
            .input(Dependency::new("btn", "n_clicks"))
            .running(Dependency::new("btn", "disabled"), true, false);
        let value = entry(&callback, false);
        assert_eq!(value["no_output"], true);
        assert_eq!(
            value["running"],
            json!({"running": {"btn.disabled": true}, "runningOff": {"btn.disabled": false}})
        );
    }
}
