use dash::prelude::*;

#[callback(output = {"type": "v1.2", "index": MATCH}.children, input = {"type": "add", "index": MATCH}.n_clicks)]
fn total(a: Option<u64>) -> String {
    format!("{a:?}")
}

fn main() {
    let _ = Dash::new().callback::<total>();
}
