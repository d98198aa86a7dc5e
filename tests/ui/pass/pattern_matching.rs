//! Pattern-matching ids in layouts and callbacks, with the context, set_props, running props,
//! a callback without outputs and a Patch: everything of Dash's that takes them.
use dash::prelude::*;

fn row(index: usize) -> Component {
    layout! {
        <div>
            <button id={"type": "add", "index": index}>"+"</button>
            <span id={"type": "total", "index": index} />
        </div>
    }
}

fn page() -> Component {
    layout! {
        <div>
            {(0..3).map(row).collect::<Vec<_>>()}
            <div id="summary" />
            <Store id="log" data={serde_json::json!([])} />
        </div>
    }
}

#[callback(
    output = {"type": "total", "index": MATCH}.children,
    input = {type: "add", index: MATCH}.n_clicks,
    state = {"type": "add", "index": ALLSMALLER}.n_clicks,
)]
fn total(clicks: Option<u64>, earlier: Vec<Option<u64>>, ctx: &CallbackContext) -> String {
    let index = ctx.triggered_id().and_then(|id| id.get("index")).cloned();
    format!("{index:?}: {} after {}", clicks.unwrap_or(0), earlier.len())
}

#[callback(output = "summary.children", input = {"type": "add", "index": ALL}.n_clicks)]
fn summary(clicks: Vec<Option<u64>>) -> String {
    clicks.iter().flatten().sum::<u64>().to_string()
}

#[callback(
    input = {"type": "add", "index": ALL}.n_clicks,
    prevent_initial_call = true,
    running = [("summary.style", serde_json::json!({"opacity": 0.5}), serde_json::json!({}))],
)]
fn record(clicks: Vec<Option<u64>>, ctx: CallbackContext) {
    let mut patch = Patch::new();
    patch.root().append(clicks.len());
    ctx.set_props("log", serde_json::json!({"data": patch}));
}

#[callback(output = {"type": "total", "index": ALL}.title, input = "summary.children")]
fn titles(summary: Option<String>, ctx: &CallbackContext) -> Vec<Update<String>> {
    let count = ctx.outputs_list().as_array().map_or(0, Vec::len);
    (0..count)
        .map(|i| if i == 0 { Update::NoUpdate } else { Update::Value(format!("{summary:?}")) })
        .collect()
}

fn main() {
    Dash::new()
        .layout(page())
        .callback::<total>()
        .callback::<summary>()
        .callback::<record>()
        .callback::<titles>()
        .build()
        .expect("pattern-matching callbacks are a valid app");
}
