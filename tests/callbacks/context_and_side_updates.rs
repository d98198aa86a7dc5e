//! The callback context, `set_props`, callbacks without outputs, `Patch`, `running` and ALL
//! outputs, through `POST /_dash-update-component` (protocol §4.1, §5.3, §6, §8).

use crate::requests::read_reply;
use actix_web::{test as actix_test, App};
use dash::prelude::*;
use serde_json::{json, Value};

/// Echoes what the context says, and records the user agent in a store.
#[callback(output = "ctx-out.children", input = ["ctx-a.n_clicks", "ctx-b.n_clicks"])]
fn describe(_a: Option<u64>, ctx: &CallbackContext, _b: Option<u64>) -> String {
    let agent = ctx.header("user-agent").unwrap_or("?").to_owned();
    ctx.set_prop("ctx-store", "data", json!({ "agent": agent }));
    format!(
        "{:?} {:?} {}",
        ctx.triggered_id().map(|id| id.to_string()),
        ctx.triggered()
            .iter()
            .map(|t| t.value.clone())
            .collect::<Vec<_>>(),
        ctx.cookie("flavour").unwrap_or("none"),
    )
}

/// Writes nothing unless clicked an even number of times; then appends to a list by Patch.
#[callback(
    input = "side-btn.n_clicks",
    running = [("side-btn.disabled", true, false)],
)]
fn record(clicks: Option<u64>, ctx: CallbackContext) {
    if clicks.unwrap_or(0) % 2 == 0 {
        let mut patch = Patch::new();
        patch.at("seen").append(clicks);
        ctx.set_props("ctx-store", json!({ "data": patch }));
    }
}

/// One title per matched item; the first left as it is.
#[callback(output = {"type": "ctx-item", "index": ALL}.title, input = "ctx-title.value")]
fn titles(title: Option<String>, ctx: &CallbackContext) -> Vec<Update<String>> {
    let count = ctx.outputs_list().as_array().map_or(0, Vec::len);
    (0..count)
        .map(|i| match i {
            0 => Update::NoUpdate,
            _ => Update::Value(format!("{} {i}", title.clone().unwrap_or_default())),
        })
        .collect()
}

/// A MATCH callback reading every smaller item's value.
#[callback(
    output = {"type": "ctx-total", "index": MATCH}.children,
    input = {"type": "ctx-item", "index": MATCH}.value,
    state = {"type": "ctx-item", "index": ALLSMALLER}.value,
)]
fn running_total(value: Option<i64>, smaller: Vec<Option<i64>>) -> i64 {
    value.unwrap_or(0) + smaller.into_iter().flatten().sum::<i64>()
}

fn layout() -> Component {
    layout! {
        <div>
            <button id="ctx-a">"a"</button>
            <button id="ctx-b">"b"</button>
            <button id="side-btn">"side"</button>
            <Input id="ctx-title" />
            <div id="ctx-out" />
            <Store id="ctx-store" data={json!({"seen": []})} />
            {(0..3).map(|i| layout! {
                <div>
                    <Input id={"type": "ctx-item", "index": i} type={InputType::Number} />
                    <span id={"type": "ctx-total", "index": i} />
                </div>
            }).collect::<Vec<_>>()}
        </div>
    }
}

fn app() -> Dash {
    Dash::new()
        .layout(layout())
        .callback::<describe>()
        .callback::<record>()
        .callback::<titles>()
        .callback::<running_total>()
}

fn item(kind: &str, index: i64) -> Value {
    json!({"type": kind, "index": index})
}

#[actix_web::test]
async fn the_context_tells_the_trigger_request_and_collects_set_props() {
    let app = serve!(app());
    let request = actix_test::TestRequest::post()
        .uri("/_dash-update-component")
        .insert_header(("content-type", "application/json"))
        .insert_header(("user-agent", "probe/1"))
        .insert_header(("cookie", "flavour=mint"))
        .set_payload(
            json!({
                "output": "ctx-out.children",
                "outputs": {"id": "ctx-out", "property": "children"},
                "inputs": [
                    {"id": "ctx-a", "property": "n_clicks"},
                    {"id": "ctx-b", "property": "n_clicks", "value": 2}
                ],
                "changedPropIds": ["ctx-b.n_clicks"],
                "parsedChangedPropsIds": ["ctx-b.n_clicks"]
            })
            .to_string(),
        )
        .to_request();
    let reply = read_reply(actix_test::call_service(&app, request).await).await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(
        reply.json(),
        json!({
            "multi": true,
            "sideUpdate": {"ctx-store": {"data": {"agent": "probe/1"}}},
            "response": {"ctx-out": {"children": "Some(\"ctx-b\") [Number(2)] mint"}}
        })
    );
}

#[actix_web::test]
async fn a_callback_without_outputs_answers_204_or_its_side_updates() {
    let app = serve!(app());
    let dependencies = read_reply(
        actix_test::call_service(
            &app,
            actix_test::TestRequest::get()
                .uri("/_dash-dependencies")
                .to_request(),
        )
        .await,
    )
    .await
    .json();
    let entry = dependencies
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["no_output"] == true)
        .expect("the callback without outputs is listed");
    // The SHA-256 of "side-btn.n_clicks", as Python names it.
    let output = entry["output"].as_str().unwrap().to_owned();
    assert_eq!(output.len(), 64, "{output}");
    assert_eq!(
        entry["running"],
        json!({"running": {"side-btn.disabled": true}, "runningOff": {"side-btn.disabled": false}})
    );
    let click = |n: u64| {
        json!({
            "output": output,
            "inputs": [{"id": "side-btn", "property": "n_clicks", "value": n}],
            "changedPropIds": ["side-btn.n_clicks"],
            "parsedChangedPropsIds": ["side-btn.n_clicks"]
        })
    };
    let odd = post!(&app, click(1));
    assert_eq!(odd.status, 204, "{}", odd.text());
    let even = post!(&app, click(2));
    assert_eq!(even.status, 200, "{}", even.text());
    assert_eq!(
        even.json(),
        json!({
            "multi": true,
            "sideUpdate": {"ctx-store": {"data": {
                "__dash_patch_update": "__dash_patch_update",
                "operations": [{"operation": "Append", "location": ["seen"], "params": {"value": 2}}]
            }}},
            "response": {}
        })
    );
}

#[actix_web::test]
async fn all_outputs_take_one_value_per_matched_component() {
    let app = serve!(app());
    let outputs: Vec<Value> = (0..3)
        .map(|i| json!({"id": item("ctx-item", i), "property": "title"}))
        .collect();
    let reply = post!(
        &app,
        json!({
            "output": "{\"index\":[\"ALL\"],\"type\":\"ctx-item\"}.title",
            "outputs": outputs,
            "inputs": [{"id": "ctx-title", "property": "value", "value": "T"}],
            "changedPropIds": ["ctx-title.value"],
            "parsedChangedPropsIds": ["ctx-title.value"]
        })
    );
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(
        reply.json(),
        json!({"multi": true, "response": {
            "{\"index\":1,\"type\":\"ctx-item\"}": {"title": "T 1"},
            "{\"index\":2,\"type\":\"ctx-item\"}": {"title": "T 2"}
        }})
    );
    // ALL matching nothing: an empty list, and nothing to update.
    let none = post!(
        &app,
        json!({
            "output": "{\"index\":[\"ALL\"],\"type\":\"ctx-item\"}.title",
            "outputs": [],
            "inputs": [{"id": "ctx-title", "property": "value", "value": "T"}],
            "changedPropIds": [],
            "parsedChangedPropsIds": []
        })
    );
    assert_eq!(none.json(), json!({"multi": true, "response": {}}));
}

#[actix_web::test]
async fn match_callbacks_answer_for_the_triggering_component() {
    let app = serve!(app());
    let reply = post!(
        &app,
        json!({
            "output": "{\"index\":[\"MATCH\"],\"type\":\"ctx-total\"}.children",
            "outputs": {"id": item("ctx-total", 2), "property": "children"},
            "inputs": [{"id": item("ctx-item", 2), "property": "value", "value": 5}],
            "changedPropIds": ["{\"index\":2,\"type\":\"ctx-item\"}.value"],
            "parsedChangedPropsIds": [item("ctx-item", 2)],
            "state": [[
                {"id": item("ctx-item", 0), "property": "value", "value": 1},
                {"id": item("ctx-item", 1), "property": "value"}
            ]]
        })
    );
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(
        reply.json(),
        json!({"multi": true, "response": {"{\"index\":2,\"type\":\"ctx-total\"}": {"children": 6}}})
    );
}
