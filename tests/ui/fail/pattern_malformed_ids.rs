use dash::prelude::*;

#[callback(
    output = {"type": "total", "index": MACTH}.children,
    input = [{"type": 1.5}.n_clicks, {"type": "a", "type": "b"}.n_clicks, {}.n_clicks],
)]
fn total(a: Option<u64>, b: Option<u64>, c: Option<u64>) -> String {
    format!("{a:?} {b:?} {c:?}")
}

fn main() {
    let _ = Dash::new().callback::<total>();
}
