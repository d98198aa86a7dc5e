//! Gapminder Explorer: life expectancy against GDP per capita, one year at a time.
//!
//! The Rust twin of the classic Dash tutorial app (see `tests/golden/gapminder_app.py`):
//! a year dropdown drives a bubble chart of every country, sized by population and coloured by
//! continent. Run it with `cargo run --example gapminder` and open http://127.0.0.1:8050/.

use dash::prelude::*;
use plotly::common::{Marker, Mode, Title};
use plotly::layout::{Axis, AxisType, ItemSizing, Legend};
use plotly::{Layout, Plot, Scatter};
use std::io::Read;
use std::sync::OnceLock;

/// One row of the Gapminder table.
#[derive(Debug, serde::Deserialize)]
pub struct Country {
    /// Country name.
    pub country: String,
    /// Continent name.
    pub continent: String,
    /// Year of the observation (1952, 1957, ..., 2007).
    pub year: i64,
    /// Life expectancy at birth, in years.
    #[serde(rename = "lifeExp")]
    pub life_exp: f64,
    /// Population.
    pub pop: f64,
    /// GDP per capita, in inflation-adjusted dollars.
    #[serde(rename = "gdpPercap")]
    pub gdp_percap: f64,
}

/// The Gapminder table, shipped in the binary and parsed once.
pub fn gapminder() -> &'static [Country] {
    static DATA: OnceLock<Vec<Country>> = OnceLock::new();
    DATA.get_or_init(|| {
        let mut csv = String::new();
        flate2::read::GzDecoder::new(&include_bytes!("data/gapminder.csv.gz")[..])
            .read_to_string(&mut csv)
            .expect("the embedded Gapminder table is gzip");
        csv::Reader::from_reader(csv.as_bytes())
            .deserialize()
            .collect::<Result<_, _>>()
            .expect("the embedded Gapminder table parses")
    })
}

const CONTINENT_COLOURS: [&str; 10] = [
    "#636efa", "#EF553B", "#00cc96", "#ab63fa", "#FFA15A", "#19d3f3", "#FF6692", "#B6E880",
    "#FF97FF", "#FECB52",
];
/// Largest bubble diameter, in pixels.
const SIZE_MAX: f64 = 60.0;

/// The page.
pub fn layout() -> Component {
    let years: Vec<SelectOption> = (1952..=2007)
        .step_by(5)
        .map(|year| SelectOption::new(year.to_string(), year))
        .collect();
    layout! {
        <div>
            <h1>"Gapminder Explorer"</h1>
            <Dropdown id="year-dropdown" options={years} value={2007} />
            <Graph id="scatter-graph" />
        </div>
    }
}

/// Redraws the bubble chart for the chosen year (an empty chart when the dropdown is cleared).
#[callback(output = "scatter-graph.figure", input = "year-dropdown.value")]
pub fn update_graph(year: Option<i64>) -> Plot {
    let rows: Vec<&Country> = gapminder()
        .iter()
        .filter(|row| Some(row.year) == year)
        .collect();
    // Plotly Express's rule for area-sized markers: the largest value gets SIZE_MAX pixels.
    let largest = rows.iter().map(|row| row.pop).fold(0.0, f64::max);
    let size_ref = (largest / (SIZE_MAX * SIZE_MAX)).round().max(1.0) as usize;
    let mut continents: Vec<&str> = Vec::new();
    for row in &rows {
        if !continents.contains(&row.continent.as_str()) {
            continents.push(&row.continent);
        }
    }
    let mut plot = Plot::new();
    for (i, continent) in continents.iter().enumerate() {
        let mut members: Vec<&&Country> =
            rows.iter().filter(|r| r.continent == *continent).collect();
        members.sort_by(|a, b| a.country.cmp(&b.country));
        let trace = Scatter::new(
            members.iter().map(|r| r.gdp_percap).collect(),
            members.iter().map(|r| r.life_exp).collect(),
        )
        .name(continent)
        .legend_group(continent)
        .mode(Mode::Markers)
        .hover_text_array(members.iter().map(|r| r.country.clone()).collect())
        .hover_template(format!(
            "<b>%{{hovertext}}</b><br><br>continent={continent}<br>gdpPercap=%{{x}}<br>lifeExp=%{{y}}<br>pop=%{{marker.size}}<extra></extra>"
        ))
        .marker(
            Marker::new()
                .color(CONTINENT_COLOURS[i % CONTINENT_COLOURS.len()])
                .size_array(members.iter().map(|r| r.pop as usize).collect())
                .size_mode(plotly::common::SizeMode::Area)
                .size_ref(size_ref),
        );
        plot.add_trace(trace);
    }
    let year_text = year.map_or_else(|| "None".to_owned(), |y| y.to_string());
    let mut legend = Legend::new()
        .trace_group_gap(0)
        .item_sizing(ItemSizing::Constant);
    if !continents.is_empty() {
        legend = legend.title(Title::with_text("continent"));
    }
    plot.set_layout(
        Layout::new()
            .title(Title::with_text(format!(
                "Life expectancy vs GDP per capita, {year_text}"
            )))
            .x_axis(
                Axis::new()
                    .title(Title::with_text("gdpPercap"))
                    .type_(AxisType::Log),
            )
            .y_axis(Axis::new().title(Title::with_text("lifeExp")))
            .legend(legend),
    );
    plot
}

/// The app, ready to run.
pub fn app() -> Dash {
    Dash::new().layout(layout()).callback::<update_graph>()
}

#[allow(dead_code)]
fn main() -> std::io::Result<()> {
    app().run()
}
