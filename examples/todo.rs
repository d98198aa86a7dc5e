//! A to-do list: pattern-matching callbacks over a list that grows and shrinks.
//!
//! Each item is a one-option Checklist `{"type": "done", "index": i}` beside its text
//! `{"type": "label", "index": i}`. A MATCH callback strikes the text of a done item through,
//! an ALL callback counts the done items, and the list itself is rebuilt from the ALL states
//! when an item is added or the done ones are cleared. Run it with `cargo run --example todo`.

use dash::prelude::*;
use serde_json::{json, Value};

/// The page.
pub fn layout() -> Component {
    layout! {
        <div style="margin: 16px">
            <h1>"To-do list"</h1>
            <Input id="new-item" placeholder="What needs doing?" />
            <button id="add">"Add"</button>
            <button id="clear-done">"Clear done"</button>
            <div id="list" />
            <div id="count" />
        </div>
    }
}

fn item_style(done: bool) -> Value {
    if done {
        json!({"display": "inline", "margin": "10px", "textDecoration": "line-through", "color": "#888"})
    } else {
        json!({"display": "inline", "margin": "10px"})
    }
}

fn item(index: usize, text: &str, done: &[String]) -> Component {
    layout! {
        <div style="clear: both">
            <Checklist
                id={"type": "done", "index": index}
                options={vec![SelectOption::new("", "done")]}
                value={done.to_vec()}
                style="display: inline"
                labelStyle="display: inline"
            />
            <div id={"type": "label", "index": index} style={item_style(!done.is_empty())}>
                {text.to_owned()}
            </div>
        </div>
    }
}

/// Adds the typed item, or drops the done ones, rebuilding the list from what the page holds.
#[callback(
    output = ["list.children", "new-item.value"],
    input = ["add.n_clicks", "new-item.n_submit", "clear-done.n_clicks"],
    state = [
        "new-item.value",
        {"type": "label", "index": ALL}.children,
        {"type": "done", "index": ALL}.value,
    ],
)]
#[allow(clippy::too_many_arguments)]
pub fn edit_list(
    _add: Option<u64>,
    _submit: Option<u64>,
    _clear: Option<u64>,
    new_item: Option<String>,
    texts: Vec<Option<String>>,
    done: Vec<Option<Vec<String>>>,
    ctx: &CallbackContext,
) -> (Vec<Component>, Option<String>) {
    let adding = ctx.is_triggered("add.n_clicks") || ctx.is_triggered("new-item.n_submit");
    let clearing = ctx.is_triggered("clear-done.n_clicks");
    let mut items: Vec<(String, Vec<String>)> = texts
        .into_iter()
        .zip(done)
        .map(|(text, done)| (text.unwrap_or_default(), done.unwrap_or_default()))
        .filter(|(_, done)| !clearing || done.is_empty())
        .collect();
    let new_text = new_item.clone().unwrap_or_default();
    if adding && !new_text.trim().is_empty() {
        items.push((new_text, Vec::new()));
    }
    let list = items
        .iter()
        .enumerate()
        .map(|(index, (text, done))| item(index, text, done))
        .collect();
    (
        list,
        if adding {
            Some(String::new())
        } else {
            new_item
        },
    )
}

/// Strikes an item's text through once it is done.
#[callback(
    output = {"type": "label", "index": MATCH}.style,
    input = {"type": "done", "index": MATCH}.value,
)]
pub fn mark_done(done: Option<Vec<String>>) -> Value {
    item_style(done.is_some_and(|done| !done.is_empty()))
}

/// "N of M done", over every item.
#[callback(output = "count.children", input = {"type": "done", "index": ALL}.value)]
pub fn count_done(done: Vec<Option<Vec<String>>>) -> String {
    let finished = done
        .iter()
        .filter(|done| done.as_ref().is_some_and(|d| !d.is_empty()))
        .count();
    format!("{finished} of {} done", done.len())
}

/// The app, ready to run.
pub fn app() -> Dash {
    Dash::new()
        .title("To-do list")
        .layout(layout())
        .callback::<edit_list>()
        .callback::<mark_done>()
        .callback::<count_done>()
}

#[allow(dead_code)]
fn main() -> std::io::Result<()> {
    app().run()
}
