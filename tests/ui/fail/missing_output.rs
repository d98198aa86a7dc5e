use dash::prelude::*;

#[callback(input = "a.value")]
fn show(a: Option<String>) -> String {
    a.unwrap_or_default()
}

fn main() {
    let _ = Dash::new().layout(layout! { <div><Input id="a" /></div> }).callback::<show>();
}
