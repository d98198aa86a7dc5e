use dash::prelude::*;

fn page() -> Component {
    layout! { <div><div id="a" /><div id="b" /></div> }
}

#[callback(output = "b.children", input = "a.children")]
fn update_b(a: Option<String>) -> String {
    a.unwrap_or_default()
}

#[callback(output = "a.children", input = "b.children")]
fn update_a(b: Option<String>) -> String {
    b.unwrap_or_default()
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<update_a>().callback::<update_b>();
}
