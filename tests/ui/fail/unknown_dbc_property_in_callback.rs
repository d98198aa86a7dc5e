use dash::dbc;
use dash::prelude::*;

fn page() -> Component {
    layout! {
        <div>
            <dbc::Button id="open" n_clicks={0}>"Open"</dbc::Button>
            <dbc::Collapse id="more">"More"</dbc::Collapse>
        </div>
    }
}

#[callback(output = "more.is_opne", input = "open.n_clicks")]
fn toggle(clicks: Option<i64>) -> bool {
    clicks.unwrap_or(0) % 2 == 1
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<toggle>();
}
