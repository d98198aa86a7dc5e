use dash::prelude::*;

#[callback(output = "out.children", input = ["a.value", "b.value"], state = "c.value")]
fn combine(a: Option<String>) -> String {
    a.unwrap_or_default()
}

fn main() {
    let _ = Dash::new().layout(layout! { <div><Input id="a" /><Input id="b" /><Input id="c" /><div id="out" /></div> }).callback::<combine>();
}
