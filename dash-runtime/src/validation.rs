//! Callback validation at startup: the rules that `#[callback]` and `layout!` apply at compile
//! time (shared through `dash-validation`), applied again to what only exists at runtime —
//! layouts built in code, ids computed from data, callbacks defined by hand. A server whose app
//! breaks them refuses to start.

use crate::callback::CallbackDefinition;
use dash_validation as rules;
use serde_json::Value;

/// Every problem of the app, as messages (empty when it is sound).
///
/// `layout` is the layout JSON when it is fixed; `None` (a layout function, or
/// `suppress_callback_exceptions`) means ids cannot all be known, so unknown ids are not
/// reported.
pub fn check<'a>(
    layout: Option<&Value>,
    callbacks: impl IntoIterator<Item = &'a CallbackDefinition>,
) -> Vec<String> {
    let mut app = rules::App {
        ids: Vec::new(),
        ids_complete: layout.is_some(),
        callbacks: Vec::new(),
    };
    if let Some(layout) = layout {
        collect_ids(layout, &mut app);
    }
    for callback in callbacks {
        app.callbacks.push(model(callback));
    }
    rules::check(&app, rules::catalog::dash())
        .into_iter()
        .map(|diagnostic| diagnostic.message)
        .collect()
}

fn model(callback: &CallbackDefinition) -> rules::Callback<()> {
    let dependency = |dep: &crate::callback::Dependency| {
        rules::Dependency::new(dep.id.clone(), dep.property.clone(), ())
    };
    rules::Callback {
        name: callback.name.to_owned(),
        outputs: callback
            .outputs
            .iter()
            .enumerate()
            .map(|(index, dep)| rules::Output {
                dependency: dependency(dep),
                allow_duplicate: callback.duplicate_outputs.contains(&index),
            })
            .collect(),
        inputs: callback.inputs.iter().map(dependency).collect(),
        state: callback.state.iter().map(dependency).collect(),
        site: (),
    }
}

/// Walks a layout's JSON: every component object, in any prop (children and components-as-props).
fn collect_ids(value: &Value, app: &mut rules::App<()>) {
    match value {
        Value::Array(items) => items.iter().for_each(|item| collect_ids(item, app)),
        Value::Object(object) => {
            let component = (
                object.get("type"),
                object.get("namespace"),
                object.get("props"),
            );
            if let (
                Some(Value::String(kind)),
                Some(Value::String(namespace)),
                Some(Value::Object(props)),
            ) = component
            {
                // Pattern-matching ids (objects) are matched by the renderer, not by name.
                if let Some(Value::String(id)) = props.get("id") {
                    app.ids.push(rules::DeclaredId {
                        id: id.clone(),
                        component: kind.clone(),
                        namespace: Some(namespace.clone()),
                        flags: props
                            .iter()
                            .filter(|(_, value)| **value == Value::Bool(true))
                            .map(|(name, _)| name.clone())
                            .collect(),
                        site: (),
                    });
                }
                props.values().for_each(|prop| collect_ids(prop, app));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::callback::Dependency;
    use serde_json::json;

    fn callback(name: &'static str, output: &str, input: &str) -> CallbackDefinition {
        let (out_id, out_prop) = output.split_once('.').unwrap();
        let (in_id, in_prop) = input.split_once('.').unwrap();
        CallbackDefinition::blocking(name, |_| Ok(vec![]))
            .output(Dependency::new(out_id, out_prop))
            .input(Dependency::new(in_id, in_prop))
    }

    fn layout() -> Value {
        json!({"props": {"children": [
            {"props": {"id": "a", "children": null}, "type": "Div", "namespace": "dash_html_components"},
            {"props": {"id": "b", "value": 1}, "type": "Input", "namespace": "dash_core_components"},
        ]}, "type": "Div", "namespace": "dash_html_components"})
    }

    #[test]
    fn a_sound_app_passes() {
        let callbacks = [callback("f", "a.children", "b.value")];
        assert!(check(Some(&layout()), &callbacks).is_empty());
    }

    #[test]
    fn runtime_mistakes_are_caught_with_the_compile_time_messages() {
        let callbacks = [
            callback("f", "a.children", "bb.value"),
            callback("g", "a.childen", "b.value"),
            callback("h", "b.value", "a.children"),
            callback("i", "a.children", "b.value"),
        ];
        let messages = check(Some(&layout()), &callbacks).join("\n");
        assert!(messages.contains("`bb`"), "{messages}");
        assert!(messages.contains("no property `childen`"), "{messages}");
        assert!(messages.contains("circular dependency"), "{messages}");
        assert!(messages.contains("already an output"), "{messages}");
    }

    #[test]
    fn unknown_ids_are_not_errors_when_the_layout_is_not_known() {
        let callbacks = [callback("f", "x.children", "y.value")];
        assert!(check(None, &callbacks).is_empty());
    }

    #[test]
    fn wildcard_mistakes_in_callbacks_built_in_code_are_caught() {
        let pattern =
            |wildcard: &str, kind: &str| format!(r#"{{"index":["{wildcard}"],"type":"{kind}"}}"#);
        let callbacks = [
            CallbackDefinition::blocking("smaller_out", |_| Ok(vec![]))
                .output(Dependency::new(pattern("ALLSMALLER", "total"), "children"))
                .input(Dependency::new(pattern("MATCH", "add"), "n_clicks")),
            CallbackDefinition::blocking("fine", |_| Ok(vec![]))
                .output(Dependency::new(pattern("MATCH", "total"), "title"))
                .input(Dependency::new(pattern("MATCH", "add"), "n_clicks"))
                .state(Dependency::new(pattern("ALLSMALLER", "add"), "n_clicks")),
        ];
        let messages = check(Some(&layout()), &callbacks);
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(
            messages[0].contains("uses ALLSMALLER in an output"),
            "{messages:?}"
        );
    }
}
