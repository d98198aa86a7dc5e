//! A chain: country → city options → chart title. Each link is a separate callback.
use dash::prelude::*;

fn page() -> Component {
    layout! {
        <div>
            <Dropdown id="country" options={vec!["France", "Japan"]} value="France" />
            <Dropdown id="city" />
            <h2 id="city-title" />
        </div>
    }
}

#[callback(output = "city.options", input = "country.value")]
fn cities(country: Option<String>) -> Vec<&'static str> {
    match country.as_deref() {
        Some("Japan") => vec!["Tokyo", "Osaka"],
        _ => vec!["Paris", "Lyon"],
    }
}

#[callback(output = "city-title.children", input = "city.value")]
fn title(city: Option<String>) -> String {
    city.unwrap_or_default()
}

fn main() {
    Dash::new()
        .layout(page())
        .callback::<cities>()
        .callback::<title>()
        .build()
        .expect("a chain is a valid app");
}
