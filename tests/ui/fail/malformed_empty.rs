use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Dropdown id="year" /><div id="out" /></div> }
}

#[callback(output = "out.children", input = "")]
fn show(year: Option<i64>) -> String {
    format!("{year:?}")
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<show>();
}
