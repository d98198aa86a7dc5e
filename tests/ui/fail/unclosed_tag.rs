use dash::prelude::*;

fn page() -> Component {
    layout! { <div><p>"text"</p> }
}

fn main() {
    let _ = Dash::new().layout(page());
}
