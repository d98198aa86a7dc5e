use dash::prelude::*;

fn page() -> Component {
    layout! { <div classname="app"><span titel="hint">"x"</span></div> }
}

fn main() {
    let _ = Dash::new().layout(page());
}
