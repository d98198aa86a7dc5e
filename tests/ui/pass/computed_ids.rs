//! Ids computed at runtime cannot be checked at compile time; the startup check sees them.
use dash::prelude::*;

fn card(id: &str) -> Component {
    layout! { <div id={id} /> }
}

fn page() -> Component {
    layout! { <div>{card("kpi-revenue")}<Input id="region" /></div> }
}

#[callback(output = "kpi-revenue.children", input = "region.value")]
fn revenue(region: Option<String>) -> String {
    region.unwrap_or_default()
}

fn main() {
    Dash::new()
        .layout(page())
        .callback::<revenue>()
        .build()
        .expect("the computed id exists at startup");
}
