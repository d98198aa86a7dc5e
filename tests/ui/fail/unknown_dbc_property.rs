use dash::dbc;
use dash::prelude::*;

fn page() -> Component {
    layout! { <dbc::Card colour="primary"><dbc::CardBody>"Revenue"</dbc::CardBody></dbc::Card> }
}

fn main() {
    let _ = Dash::new().layout(page());
}
