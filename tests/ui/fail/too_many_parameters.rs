use dash::prelude::*;

#[callback(output = "out.children", input = "a.value")]
fn combine(a: Option<String>, b: Option<String>) -> String {
    format!("{a:?}{b:?}")
}

fn main() {
    let _ = Dash::new().layout(layout! { <div><Input id="a" /><div id="out" /></div> }).callback::<combine>();
}
