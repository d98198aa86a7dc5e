use dash::prelude::*;

#[callback(
    output = {"type": "total", "index": ALLSMALLER}.children,
    input = {"type": "add", "index": MATCH}.n_clicks,
)]
fn total(clicks: Option<u64>) -> String {
    format!("{clicks:?}")
}

fn main() {
    let _ = Dash::new().callback::<total>();
}
