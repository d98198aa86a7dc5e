use dash::prelude::*;

fn page() -> Component {
    layout! { <div><DataTable id="sales" /><div id="out" /></div> }
}

#[callback(output = "out.children", input = "sales.active_cel")]
fn show(cell: Option<serde_json::Value>) -> String {
    format!("{cell:?}")
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<show>();
}
