//! Chained callbacks, after the "Basic Callbacks" chapter of the Dash docs.
//!
//! Choosing a country in `country-dropdown` sets the options of `city-dropdown`; a second
//! callback picks the first of them, unless the city already chosen is among them (London is
//! in Canada and in the United Kingdom), in which case it leaves the value as it is; a third
//! writes `city-title` and draws `city-chart` from the country and the city. Run it with
//! `cargo run --example chained`. The Python twin is `tests/golden/chained_app.py`.

use dash::prelude::*;
use plotly::common::Title;
use plotly::layout::Axis;
use plotly::{Bar, Layout, Plot};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Countries and their cities, first city first.
pub const COUNTRIES: [(&str, &[&str]); 3] = [
    ("Canada", &["Montréal", "Toronto", "Ottawa", "London"]),
    ("United Kingdom", &["London", "Manchester", "Edinburgh"]),
    ("America", &["New York City", "San Francisco", "Cincinnati"]),
];

/// How often [`set_city_options`] has run.
pub static OPTIONS_CALLS: AtomicUsize = AtomicUsize::new(0);
/// How often [`set_city_value`] has run.
pub static VALUE_CALLS: AtomicUsize = AtomicUsize::new(0);
/// How often [`show_city`] has run.
pub static CITY_CALLS: AtomicUsize = AtomicUsize::new(0);

/// The cities of `country` (none for an unknown one).
pub fn cities_of(country: &str) -> &'static [&'static str] {
    COUNTRIES
        .iter()
        .find(|(name, _)| *name == country)
        .map_or(&[], |(_, cities)| cities)
}

/// The page.
pub fn layout() -> Component {
    let countries: Vec<SelectOption> = COUNTRIES
        .iter()
        .map(|(name, _)| SelectOption::new(*name, *name))
        .collect();
    layout! {
        <div style="font-family: sans-serif; margin: 16px">
            <h1>"Cities of three countries"</h1>
            <Dropdown id="country-dropdown" options={countries} value="Canada" clearable={false} />
            <Dropdown id="city-dropdown" clearable={false} />
            <h2 id="city-title" />
            <Graph id="city-chart" />
        </div>
    }
}

/// Offers the chosen country's cities.
#[callback(output = "city-dropdown.options", input = "country-dropdown.value")]
pub fn set_city_options(country: Option<String>) -> Vec<SelectOption> {
    OPTIONS_CALLS.fetch_add(1, Ordering::SeqCst);
    cities_of(country.as_deref().unwrap_or_default())
        .iter()
        .map(|city| SelectOption::new(*city, *city))
        .collect()
}

/// An option as the browser sends it back: only its value matters here.
#[derive(Debug, serde::Deserialize)]
pub struct CityOption {
    /// The option's value, the city's name.
    pub value: String,
}

/// Chooses the first offered city, or keeps the chosen one when it is still offered; with
/// nothing offered, nothing changes.
#[callback(
    output = "city-dropdown.value",
    input = "city-dropdown.options",
    state = "city-dropdown.value"
)]
pub fn set_city_value(
    options: Option<Vec<CityOption>>,
    current: Option<String>,
) -> CallbackResult<Update<String>> {
    VALUE_CALLS.fetch_add(1, Ordering::SeqCst);
    let options = options.unwrap_or_default();
    if options
        .iter()
        .any(|option| Some(&option.value) == current.as_ref())
    {
        return Ok(Update::NoUpdate);
    }
    let first = options.into_iter().next().ok_or(PreventUpdate)?;
    Ok(Update::Value(first.value))
}

/// A made-up monthly visitor count (thousands) for a city, from its and its country's names,
/// so that both apps draw the same bars.
pub fn visitors(country: &str, city: &str) -> Vec<u32> {
    let seed: u32 = city.chars().map(u32::from).sum::<u32>() + 7 * country.chars().count() as u32;
    (1..=12)
        .map(|month| 20 + (seed * (month + 3)) % 37)
        .collect()
}

/// The months, as the chart labels them.
pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Names the chosen city and draws its visitors.
#[callback(
    output = ["city-title.children", "city-chart.figure"],
    input = ["country-dropdown.value", "city-dropdown.value"]
)]
pub fn show_city(country: Option<String>, city: Option<String>) -> (String, Plot) {
    CITY_CALLS.fetch_add(1, Ordering::SeqCst);
    let country = country.unwrap_or_default();
    let city = city.unwrap_or_default();
    let mut plot = Plot::new();
    plot.add_trace(Bar::new(MONTHS.to_vec(), visitors(&country, &city)).name(city.as_str()));
    plot.set_layout(
        Layout::new()
            .title(Title::with_text(format!("Visitors to {city}, {country}")))
            .y_axis(Axis::new().title(Title::with_text("thousands"))),
    );
    (format!("{city} is a city in {country}"), plot)
}

/// The app, ready to run.
pub fn app() -> Dash {
    Dash::new()
        .layout(layout())
        .callback::<set_city_options>()
        .callback::<set_city_value>()
        .callback::<show_city>()
}

#[allow(dead_code)]
fn main() -> std::io::Result<()> {
    app().run()
}
