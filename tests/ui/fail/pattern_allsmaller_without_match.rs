use dash::prelude::*;

fn page() -> Component {
    layout! { <div id="summary" /> }
}

#[callback(output = "summary.children", input = {"type": "add", "index": ALLSMALLER}.n_clicks)]
fn summary(clicks: Vec<Option<u64>>) -> String {
    format!("{clicks:?}")
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<summary>();
}
