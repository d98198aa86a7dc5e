use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Input id="a" /><Input id="b" /><div id="out" /></div> }
}

#[callback(output = "out.children", input = "a.value")]
fn from_a(a: Option<String>) -> String {
    a.unwrap_or_default()
}

#[callback(output = "out.children", input = "b.value")]
fn from_b(b: Option<String>) -> String {
    b.unwrap_or_default()
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<from_a>().callback::<from_b>();
}
