use dash::prelude::*;

#[path = "split/cycle_callbacks.rs"]
mod cycle_callbacks;

fn page() -> Component {
    layout! { <div><Input id="left" /><Input id="right" /></div> }
}

#[callback(output = "right.value", input = "left.value")]
fn mirror_right(v: Option<String>) -> String {
    v.unwrap_or_default()
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<mirror_right>().callback::<cycle_callbacks::mirror_left>();
}
