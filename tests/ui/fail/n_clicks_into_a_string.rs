use dash::prelude::*;

fn page() -> Component {
    layout! { <div><button id="save">"Save"</button><div id="status" /></div> }
}

#[callback(output = "status.children", input = "save.n_clicks")]
fn save(clicks: Option<String>) -> String {
    clicks.unwrap_or_default()
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<save>();
}
