use dash::prelude::*;

#[callback(output = "out.children", inptu = "a.value")]
fn show(a: Option<String>) -> String {
    a.unwrap_or_default()
}

fn main() {
    let _ = Dash::new().layout(layout! { <div><Input id="a" /><div id="out" /></div> }).callback::<show>();
}
