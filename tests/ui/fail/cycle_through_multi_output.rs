use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Input id="query" /><div id="summary" /><div id="detail" /></div> }
}

#[callback(output = ["summary.children", "detail.children"], input = "query.value")]
fn search(q: Option<String>) -> (String, String) {
    (q.clone().unwrap_or_default(), q.unwrap_or_default())
}

#[callback(output = "query.value", input = "detail.children")]
fn refine(detail: Option<String>) -> String {
    detail.unwrap_or_default()
}

fn main() {
    let _ = Dash::new().layout(page());
}
