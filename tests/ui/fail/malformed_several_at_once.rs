use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Dropdown id="year" /><div id="out" /></div> }
}

#[callback(output = "out", input = ["year.", ".value"], state = "year value")]
fn show(a: Option<i64>, b: Option<i64>, c: Option<i64>) -> String {
    format!("{a:?}{b:?}{c:?}")
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<show>();
}
