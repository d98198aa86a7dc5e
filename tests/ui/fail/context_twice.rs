use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Input id="a" /><div id="out" /></div> }
}

#[callback(output = "out.children", input = "a.value")]
fn show(a: Option<String>, first: &CallbackContext, second: &CallbackContext) -> String {
    let _ = (first, second);
    a.unwrap_or_default()
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<show>();
}
