use dash::prelude::*;

fn page() -> Component {
    layout! { <div><p>"text"</div></p> }
}

fn main() {
    let _ = Dash::new().layout(page());
}
