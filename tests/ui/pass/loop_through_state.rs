//! A loop closed only through a State: State does not trigger, so this is not a cycle.
use dash::prelude::*;

fn page() -> Component {
    layout! { <div><button id="add">"Add"</button><Store id="total" /><div id="shown" /></div> }
}

#[callback(output = "shown.children", input = "add.n_clicks", state = "total.data")]
fn show(clicks: Option<i64>, total: Option<i64>) -> String {
    format!("{} / {}", clicks.unwrap_or(0), total.unwrap_or(0))
}

#[callback(output = "total.data", input = "shown.children", state = "total.data")]
fn accumulate(_shown: Option<String>, total: Option<i64>) -> i64 {
    total.unwrap_or(0) + 1
}

fn main() {
    Dash::new()
        .layout(page())
        .callback::<show>()
        .callback::<accumulate>()
        .build()
        .expect("a loop through a State is a valid app");
}
