//! Two callbacks write one property; the second allows duplicates (and, as Dash requires,
//! does not run on page load). Its output travels with Dash's `@<hash>` suffix.
use dash::callback::Callback;
use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Input id="inp" /><button id="reset">"Reset"</button><div id="out2" /></div> }
}

#[callback(output = "out2.children", input = "reset.n_clicks")]
fn reset(_clicks: Option<i64>) -> String {
    String::new()
}

#[callback(
    output = "out2.children",
    input = "inp.value",
    allow_duplicate = "out2.children",
    prevent_initial_call = true
)]
fn echo(value: Option<String>) -> String {
    value.unwrap_or_default()
}

fn main() {
    assert_eq!(
        echo::definition().output_id(),
        "out2.children@19cb88899e45dfa24cc7a1e0ef5119bba76a132ae02e32bedd3054f0fe4ce977"
    );
    Dash::new()
        .layout(page())
        .callback::<reset>()
        .callback::<echo>()
        .build()
        .expect("a duplicate-allowing output is a valid app");
}
