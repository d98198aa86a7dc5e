use dash::prelude::*;

fn page() -> Component {
    layout! { <div><dash_table::DataTable id="sales" page_sise={10} /></div> }
}

fn main() {
    let _ = Dash::new().layout(page());
}
