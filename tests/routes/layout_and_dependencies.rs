//! `/_dash-layout` and `/_dash-dependencies` (§2.1, §2.2, §4).

use crate::helpers::{keys, production, read_reply};
use actix_web::http::StatusCode;
use actix_web::{test, App};
use dash::callback::{CallbackDefinition, Dependency};
use dash::html;
use dash::prelude::*;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

#[callback(
    output = ["a.children", "b.children"],
    input = "btn.n_clicks",
    state = "inp.value"
)]
fn both(clicks: Option<i64>, text: Option<String>) -> (String, String) {
    (format!("{}", clicks.unwrap_or(0)), text.unwrap_or_default())
}

#[callback(
    output = "c.children",
    input = "inp.value",
    prevent_initial_call = true
)]
fn echo_later(text: Option<String>) -> String {
    text.unwrap_or_default()
}

#[callback(
    output = "d.children",
    input = "inp.value",
    prevent_initial_call = false
)]
fn echo_now(text: Option<String>) -> String {
    text.unwrap_or_default()
}

#[callback(output = "e.children", input = "btn.n_clicks")]
fn default_initial(clicks: Option<i64>) -> Option<i64> {
    clicks
}

fn layout_app() -> Dash {
    production()
        .layout(
            html::Div::new()
                .id("root")
                .child(Input::new().id("inp").value("hello"))
                .child(html::Button::new().id("btn").n_clicks(0).child("go"))
                .child(html::Div::new().id("a"))
                .child(html::Div::new().id("b"))
                .children(["c", "d", "e", "f"].map(|id| html::Div::new().id(id)))
                .child(
                    html::P::new()
                        .id("hostile")
                        .child("</script><b>bold</b> a/b"),
                ),
        )
        .callback::<both>()
        .callback::<echo_later>()
        .callback::<echo_now>()
        .callback::<default_initial>()
        .add_callback(
            CallbackDefinition::blocking("listed_single", |_| Ok(vec![None]))
                .output(Dependency::new("f", "children"))
                .multi_output(true)
                .input(Dependency::new("btn", "n_clicks")),
        )
}

fn entry(output: &str, inputs: Value, state: Value, prevent: bool) -> Value {
    json!({
        "output": output,
        "inputs": inputs,
        "state": state,
        "clientside_function": null,
        "prevent_initial_call": prevent,
        "background": null,
        "dynamic_creator": null,
        "no_output": false,
        "optional": false,
        "hidden": false,
        "websocket": false,
        "persistent": false,
    })
}

#[actix_web::test]
async fn the_layout_is_component_json_escaped_as_dash_escapes_it() {
    let app = serve!(layout_app());
    let reply = get!(&app, "/_dash-layout");
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply.content_type().starts_with("application/json"),
        "{}",
        reply.content_type()
    );
    // `<`, `>` and `/` never appear raw (§0.1).
    let raw = reply.text();
    assert!(
        !raw.contains('<') && !raw.contains('>') && !raw.contains('/'),
        "{raw}"
    );
    assert!(raw.contains(r"\u003c\u002fscript\u003e\u003cb\u003ebold\u003c\u002fb\u003e a\u002fb"));
    // Compact separators.
    assert!(!raw.contains(": ") && !raw.contains(", "), "{raw}");

    let layout = reply.json();
    assert_eq!(keys(&layout), ["props", "type", "namespace"]);
    assert_eq!(layout["type"], "Div");
    assert_eq!(layout["namespace"], "dash_html_components");
    assert_eq!(layout["props"]["id"], "root");
    let children = layout["props"]["children"].as_array().expect("a list");
    assert_eq!(children.len(), 9);
    assert_eq!(
        children[0],
        json!({"props": {"id": "inp", "value": "hello"}, "type": "Input", "namespace": "dash_core_components"})
    );
    assert_eq!(children[1]["type"], "Button");
    assert_eq!(children[1]["namespace"], "dash_html_components");
    assert_eq!(children[1]["props"]["n_clicks"], 0);
    assert_eq!(children[1]["props"]["children"], "go");
    assert_eq!(children[8]["props"]["children"], "</script><b>bold</b> a/b");
}

#[actix_web::test]
async fn list_and_dynamic_layouts() {
    let app = serve!(production().layout(vec![
        html::Div::new().id("one").into_component(),
        html::Div::new().id("two").into_component(),
    ]));
    let layout = get!(&app, "/_dash-layout").json();
    let ids: Vec<&Value> = layout
        .as_array()
        .expect("a list layout is a JSON array")
        .iter()
        .map(|c| &c["props"]["id"])
        .collect();
    assert_eq!(ids, [&json!("one"), &json!("two")]);

    let loads = Arc::new(AtomicUsize::new(0));
    let counter = loads.clone();
    let app = serve!(production().layout(Layout::dynamic(move || {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        html::Div::new()
            .id("root")
            .child(format!("load {n}"))
            .into()
    })));
    let first = get!(&app, "/_dash-layout").json();
    let second = get!(&app, "/_dash-layout").json();
    assert_ne!(
        first["props"]["children"], second["props"]["children"],
        "a dynamic layout is rebuilt per request"
    );
    assert!(loads.load(Ordering::SeqCst) >= 2);
}

#[actix_web::test]
async fn the_dependencies_have_dash_shape() {
    let app = serve!(layout_app());
    let reply = get!(&app, "/_dash-dependencies");
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply.content_type().starts_with("application/json"),
        "{}",
        reply.content_type()
    );
    let dependencies = reply.json();
    let btn = json!([{"id": "btn", "property": "n_clicks"}]);
    let inp = json!([{"id": "inp", "property": "value"}]);
    assert_eq!(
        dependencies,
        json!([
            entry(
                "..a.children...b.children..",
                btn.clone(),
                inp.clone(),
                false
            ),
            entry("c.children", inp.clone(), json!([]), true),
            entry("d.children", inp.clone(), json!([]), false),
            entry("e.children", btn.clone(), json!([]), false),
            entry("..f.children..", btn.clone(), json!([]), false),
        ])
    );
    // Field order as Dash emits it (§4.1).
    assert_eq!(
        keys(&dependencies[0]),
        keys(&entry("", json!([]), json!([]), false))
    );
}

#[actix_web::test]
async fn the_app_default_for_prevent_initial_call_applies_where_callbacks_say_nothing() {
    let app = serve!(layout_app().prevent_initial_callbacks(true));
    let dependencies = get!(&app, "/_dash-dependencies").json();
    let prevent: Vec<(&str, bool)> = dependencies
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["output"].as_str().unwrap(),
                e["prevent_initial_call"].as_bool().expect("a strict bool"),
            )
        })
        .collect();
    assert_eq!(
        prevent,
        [
            ("..a.children...b.children..", true),
            ("c.children", true),
            ("d.children", false), // said `prevent_initial_call = false` itself
            ("e.children", true),
            ("..f.children..", true),
        ]
    );
}
