//! A diamond: one input feeds two callbacks whose outputs feed a third. Not a cycle.
use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Input id="source" /><div id="left" /><div id="right" /><div id="joined" /></div> }
}

#[callback(output = "left.children", input = "source.value")]
fn left(v: Option<String>) -> String {
    format!("L{}", v.unwrap_or_default())
}

#[callback(output = "right.children", input = "source.value")]
fn right(v: Option<String>) -> String {
    format!("R{}", v.unwrap_or_default())
}

#[callback(output = "joined.children", input = ["left.children", "right.children"])]
fn join(l: Option<String>, r: Option<String>) -> String {
    format!("{}{}", l.unwrap_or_default(), r.unwrap_or_default())
}

fn main() {
    Dash::new()
        .layout(page())
        .callback::<left>()
        .callback::<right>()
        .callback::<join>()
        .build()
        .expect("a diamond is a valid app");
}
