use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Input id="name" /><h2 id="greeting" /></div> }
}

#[callback(output = "greeting.childern", input = "name.value")]
fn greet(name: Option<String>) -> String {
    name.unwrap_or_default()
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<greet>();
}
