use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Store id="cache" style="display: none" /></div> }
}

fn main() {
    let _ = Dash::new().layout(page());
}
