use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Input id="inp" /><div id="out" /></div> }
}

#[callback(output = "out.children", input = "inp.value", allow_duplicate = "out.children")]
fn echo(value: Option<String>) -> String {
    value.unwrap_or_default()
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<echo>();
}
