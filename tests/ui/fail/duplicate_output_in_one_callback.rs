use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Input id="a" /><div id="out" /></div> }
}

#[callback(output = ["out.children", "out.children"], input = "a.value")]
fn twice(a: Option<String>) -> (String, String) {
    (a.clone().unwrap_or_default(), a.unwrap_or_default())
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<twice>();
}
