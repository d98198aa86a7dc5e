use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Input id="first-name" /><button id="save">"Save"</button><div id="out" /></div> }
}

#[callback(output = "out.children", input = "save.n_clicks", state = "frist-name.value")]
fn save(clicks: Option<i64>, name: Option<String>) -> String {
    format!("{clicks:?} {name:?}")
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<save>();
}
