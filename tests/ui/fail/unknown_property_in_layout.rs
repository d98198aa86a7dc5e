use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Dropdown id="year-dropdown" valeu={2007} /></div> }
}

fn main() {
    let _ = Dash::new().layout(page());
}
