use dash::prelude::*;

#[callback(
    output = {"type": "total", "index": MATCH}.children,
    input = [{"type": "add", "index": MATCH}.n_clicks, {"type": "add", "row": MATCH}.n_clicks],
)]
fn total(a: Option<u64>, b: Option<u64>) -> String {
    format!("{a:?} {b:?}")
}

#[callback(
    output = [{"type": "a", "index": MATCH}.children, {"type": "b", "index": ALL}.children],
    input = {"type": "add", "index": MATCH}.n_clicks,
)]
fn both(a: Option<u64>) -> (String, Vec<String>) {
    (format!("{a:?}"), Vec::new())
}

fn main() {
    let _ = Dash::new().callback::<total>().callback::<both>();
}
