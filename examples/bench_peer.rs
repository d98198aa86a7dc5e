//! The benchmark app: the Python peer of `scripts/bench.sh` (`../shared/bench/peer/app.py`,
//! Dash 4.4.1) re-made with this framework, with the same ids, data and callbacks, so that
//! both servers answer the very same request bodies with outputs of the same shape.
//!
//! - `echo`: `echo-in.value` → `echo-out.children`, unchanged (pure framework overhead).
//!   Not in the peer: `echo_async`, the same as an `async fn` on `echo-async-*`, which runs on
//!   the event loop instead of a callback thread, and `echo_inline` on `echo-inline-*`, the
//!   same `fn` registered with `callback_inline`, to measure what that hand-off costs.
//! - `slow` (not in the peer): sleeps `SLOW_MS` (default 2,000) milliseconds, then answers its
//!   input; the load script checks that it holds up neither `echo` nor server shutdown.
//! - `dashboard`: region, products and date range filter 100,000 orders into three figures
//!   (revenue by day, by region, by product) and a KPI line.
//! - `city_options` → `city_chart`: a chained pair, country → cities → monthly sales chart.
//!
//! The data are generated in code from a fixed seed with the peer's distributions (numpy's
//! exact random numbers are not reproduced). Run with `cargo run --release --example
//! bench_peer`.

use dash::plotly::common::{
    DashType, Line, Marker, MarkerSymbol, Mode, Orientation, TextPosition, Title,
};
use dash::plotly::layout::{Axis, BarMode, Legend};
use dash::plotly::{Bar, Layout, Plot, Scatter};
use dash::prelude::*;
use std::sync::OnceLock;
use std::time::Duration;

const SEED: u64 = 20_240_601;
const N_ROWS: usize = 100_000;
const N_DAYS: i64 = 730;
const START: &str = "2023-01-01";
const END: &str = "2024-12-30";
/// Days from 1970-01-01 to 2023-01-01.
const START_EPOCH_DAY: i64 = 19_358;
/// plotly.express's first colour, which `px.line` and `px.bar` write into their traces.
const PX_BLUE: &str = "#636efa";

const REGIONS: [&str; 4] = ["North", "South", "East", "West"];
const PRODUCTS: [&str; 10] = [
    "Product A",
    "Product B",
    "Product C",
    "Product D",
    "Product E",
    "Product F",
    "Product G",
    "Product H",
    "Product I",
    "Product J",
];
const PRICES: [f64; 10] = [9.5, 14.0, 19.99, 24.5, 29.0, 35.0, 49.99, 64.0, 79.0, 99.0];
const COUNTRIES: [(&str, [&str; 4]); 4] = [
    ("France", ["Paris", "Lyon", "Marseille", "Toulouse"]),
    ("Germany", ["Berlin", "Hamburg", "Munich", "Cologne"]),
    ("Japan", ["Tokyo", "Osaka", "Nagoya", "Sapporo"]),
    (
        "Brazil",
        ["Sao Paulo", "Rio de Janeiro", "Brasilia", "Salvador"],
    ),
];

/// SplitMix64: a small generator with the same sequence everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// An integer in `low..high`, as numpy's `integers(low, high)`.
    fn integer(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low)
    }

    /// A float in `low..high`, as numpy's `uniform(low, high)`.
    fn uniform(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * ((self.next() >> 11) as f64 / (1u64 << 53) as f64)
    }

    /// A normal deviate (Box–Muller), as numpy's `normal(mean, sd)`.
    fn normal(&mut self, mean: f64, sd: f64) -> f64 {
        let u = 1.0 - self.uniform(0.0, 1.0); // in (0, 1]: ln(u) is finite
        let v = self.uniform(0.0, 1.0);
        mean + sd * (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

/// The sales table, column by column like the peer's DataFrame, sorted by date (stable).
struct Sales {
    /// Days since 2023-01-01.
    day: Vec<u16>,
    /// Index into [`REGIONS`].
    region: Vec<u8>,
    /// Index into [`PRODUCTS`].
    product: Vec<u8>,
    units: Vec<i64>,
    revenue: Vec<f64>,
}

fn sales() -> &'static Sales {
    static SALES: OnceLock<Sales> = OnceLock::new();
    SALES.get_or_init(|| {
        let mut rng = Rng(SEED);
        // numpy draws each column in turn over all rows; so does this.
        let day: Vec<u64> = (0..N_ROWS).map(|_| rng.integer(0, N_DAYS as u64)).collect();
        let region: Vec<u64> = (0..N_ROWS).map(|_| rng.integer(0, 4)).collect();
        let product: Vec<u64> = (0..N_ROWS).map(|_| rng.integer(0, 10)).collect();
        let units: Vec<u64> = (0..N_ROWS).map(|_| rng.integer(1, 50)).collect();
        let discount: Vec<f64> = (0..N_ROWS).map(|_| rng.uniform(0.8, 1.0)).collect();
        let mut order: Vec<usize> = (0..N_ROWS).collect();
        order.sort_by_key(|&i| day[i]); // a stable sort, as `kind="stable"`
        Sales {
            day: order.iter().map(|&i| day[i] as u16).collect(),
            region: order.iter().map(|&i| region[i] as u8).collect(),
            product: order.iter().map(|&i| product[i] as u8).collect(),
            units: order.iter().map(|&i| units[i] as i64).collect(),
            revenue: order
                .iter()
                .map(|&i| {
                    let raw = units[i] as f64 * PRICES[product[i] as usize] * discount[i];
                    (raw * 100.0).round() / 100.0
                })
                .collect(),
        }
    })
}

/// 24 monthly sales per city: a random walk around a random base, as the peer's.
fn city_series() -> &'static Vec<(&'static str, Vec<f64>)> {
    static SERIES: OnceLock<Vec<(&'static str, Vec<f64>)>> = OnceLock::new();
    SERIES.get_or_init(|| {
        let mut rng = Rng(SEED + 1);
        let mut series = Vec::new();
        for (_, cities) in COUNTRIES {
            for city in cities {
                let base = rng.uniform(50.0, 500.0);
                let mut level = base;
                let walk = (0..24)
                    .map(|_| {
                        level += rng.normal(0.0, base * 0.05);
                        (level * 100.0).round() / 100.0
                    })
                    .collect();
                series.push((city, walk));
            }
        }
        series
    })
}

/// Days since 1970-01-01 of `YYYY-MM-DD` (anything after the tenth character is ignored).
fn epoch_day(date: &str) -> Option<i64> {
    let mut parts = date.get(..10)?.split('-').map(str::parse::<i64>);
    let (y, m, d) = (
        parts.next()?.ok()?,
        parts.next()?.ok()?,
        parts.next()?.ok()?,
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    Some(era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468)
}

/// `YYYY-MM-DDT00:00:00` for days since 1970-01-01: how plotly.py writes a pandas timestamp.
fn timestamp(epoch_day: i64) -> String {
    let z = epoch_day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}T00:00:00")
}

/// Python's `f"{n:,}"` for integers.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Python's `f"{x:,.2f}"` for non-negative amounts.
fn money(x: f64) -> String {
    let cents = (x * 100.0).round() as u64;
    format!("{}.{:02}", grouped(cents / 100), cents % 100)
}

fn page() -> Component {
    let regions: Vec<SelectOption> = REGIONS.iter().map(|r| SelectOption::new(*r, *r)).collect();
    let products: Vec<SelectOption> = PRODUCTS.iter().map(|p| SelectOption::new(*p, *p)).collect();
    let countries: Vec<SelectOption> = COUNTRIES
        .iter()
        .map(|(c, _)| SelectOption::new(*c, *c))
        .collect();
    layout! {
        <div>
            <h1>"Sales dashboard (peer benchmark)"</h1>
            <div className="echo">
                <Input id="echo-in" type={InputType::Text} value="hello" />
                <div id="echo-out" />
            </div>
            <div className="echo-async">
                <Input id="echo-async-in" type={InputType::Text} value="hello" />
                <div id="echo-async-out" />
            </div>
            <div className="echo-inline">
                <Input id="echo-inline-in" type={InputType::Text} value="hello" />
                <div id="echo-inline-out" />
            </div>
            <div className="slow">
                <Input id="slow-in" type={InputType::Text} value="hello" />
                <div id="slow-out" />
            </div>
            <div className="filters">
                <Dropdown id="region-dropdown" options={regions} placeholder="All regions" clearable />
                <Dropdown id="product-dropdown" options={products} value={PRODUCTS.to_vec()} multi />
                <DatePickerRange id="date-range" min_date_allowed={START} max_date_allowed={END}
                    start_date={START} end_date={END} />
            </div>
            <div id="kpi" className="kpi" />
            <Graph id="line-by-day" />
            <Graph id="bar-by-region" />
            <Graph id="bar-by-product" />
            <div className="chained">
                <Dropdown id="country-dropdown" options={countries} value="France" clearable={false} />
                <Dropdown id="city-dropdown" clearable={false} />
                <Graph id="city-chart" />
            </div>
        </div>
    }
}

/// (a) Returns the text unchanged: what is left is the framework's cost.
#[callback(output = "echo-out.children", input = "echo-in.value")]
fn echo(value: Option<String>) -> Option<String> {
    value
}

/// `echo` as an `async fn`: the same work without the hop to the blocking pool.
#[callback(output = "echo-async-out.children", input = "echo-async-in.value")]
async fn echo_async(value: Option<String>) -> Option<String> {
    value
}

/// `echo` for `Dash::callback_inline`: run on the server worker, without a thread hand-off.
#[callback(output = "echo-inline-out.children", input = "echo-inline-in.value")]
fn echo_inline(value: Option<String>) -> Option<String> {
    value
}

/// A callback that blocks its thread for `SLOW_MS` milliseconds (a slow query, say).
#[callback(output = "slow-out.children", input = "slow-in.value")]
fn slow(value: Option<String>) -> Option<String> {
    let millis = std::env::var("SLOW_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
        .unwrap_or(2_000);
    std::thread::sleep(Duration::from_millis(millis));
    value
}

/// (b) Filters the orders and draws revenue by day, by region and by product, plus a KPI line.
#[callback(
    output = ["line-by-day.figure", "bar-by-region.figure", "bar-by-product.figure", "kpi.children"],
    input = ["region-dropdown.value", "product-dropdown.value", "date-range.start_date", "date-range.end_date"]
)]
fn dashboard(
    region: Option<String>,
    products: Option<Vec<String>>,
    start_date: Option<String>,
    end_date: Option<String>,
) -> (Plot, Plot, Plot, String) {
    let s = sales();
    // An empty or null region selects all, as the peer's `if region:`.
    let region = region
        .filter(|r| !r.is_empty())
        .map(|r| REGIONS.iter().position(|name| *name == r));
    let wanted: [bool; 10] = std::array::from_fn(|p| {
        products
            .as_ref()
            .is_none_or(|list| list.iter().any(|q| q == PRODUCTS[p]))
    });
    let bound = |date: Option<String>, default: i64| {
        date.filter(|d| !d.is_empty()).map_or(Some(default), |d| {
            epoch_day(&d).map(|e| e - START_EPOCH_DAY)
        })
    };
    // A date the peer's pandas could not parse fails its callback; here it selects nothing.
    let first = bound(start_date, i64::MIN).unwrap_or(i64::MAX);
    let last = bound(end_date, i64::MAX).unwrap_or(i64::MIN);

    let mut by_day = vec![f64::NAN; N_DAYS as usize];
    let (mut by_region, mut by_product) = ([0.0; 4], [0.0; 10]);
    let (mut orders, mut units, mut revenue) = (0u64, 0i64, 0.0);
    for i in 0..s.day.len() {
        let (day, r, p) = (i64::from(s.day[i]), s.region[i], s.product[i]);
        if !wanted[p as usize] || day < first || day > last {
            continue;
        }
        if region.is_some_and(|want| want != Some(usize::from(r))) {
            continue;
        }
        let amount = s.revenue[i];
        orders += 1;
        units += s.units[i];
        revenue += amount;
        let slot = &mut by_day[day as usize];
        *slot = if slot.is_nan() {
            amount
        } else {
            *slot + amount
        };
        by_region[usize::from(r)] += amount;
        by_product[usize::from(p)] += amount;
    }

    // px.line: only the days that have orders, as a groupby.
    let (days, totals): (Vec<String>, Vec<f64>) = by_day
        .iter()
        .enumerate()
        .filter(|(_, total)| !total.is_nan())
        .map(|(day, total)| (timestamp(START_EPOCH_DAY + day as i64), *total))
        .unzip();
    let mut line = Plot::new();
    line.add_trace(
        Scatter::new(days, totals)
            .mode(Mode::Lines)
            .name("")
            .legend_group("")
            .show_legend(false)
            .line(Line::new().color(PX_BLUE).dash(DashType::Solid))
            .marker(Marker::new().symbol(MarkerSymbol::Circle))
            .orientation(Orientation::Vertical)
            .x_axis("x")
            .y_axis("y")
            .hover_template("date=%{x}<br>revenue=%{y}<extra></extra>"),
    );
    line.set_layout(px_layout("Revenue by day", "date"));

    let mut bar_region = Plot::new();
    bar_region.add_trace(
        Bar::new(REGIONS.to_vec(), by_region.to_vec())
            .name("")
            .legend_group("")
            .show_legend(false)
            .marker(Marker::new().color(PX_BLUE))
            .orientation(Orientation::Vertical)
            .text_position(TextPosition::Auto)
            .x_axis("x")
            .y_axis("y")
            .hover_template("region=%{x}<br>revenue=%{y}<extra></extra>"),
    );
    bar_region.set_layout(px_layout("Revenue by region", "region").bar_mode(BarMode::Relative));

    let mut bar_product = Plot::new();
    bar_product.add_trace(Bar::new(PRODUCTS.to_vec(), by_product.to_vec()).name("revenue"));
    bar_product.set_layout(Layout::new().title(Title::with_text("Revenue by product")));

    let kpi = format!(
        "Orders: {} | Units: {} | Revenue: ${}",
        grouped(orders),
        grouped(units.max(0) as u64),
        money(revenue)
    );
    (line, bar_region, bar_product, kpi)
}

/// The layout plotly.express gives a one-trace chart: a title, the column names on the axes.
fn px_layout(title: &str, x: &str) -> Layout {
    let axis = |name: &str, anchor: &str| {
        Axis::new()
            .anchor(anchor)
            .domain(&[0.0, 1.0])
            .title(Title::with_text(name))
    };
    Layout::new()
        .title(Title::with_text(title))
        .x_axis(axis(x, "y"))
        .y_axis(axis("revenue", "x"))
        .legend(Legend::new().trace_group_gap(0))
}

/// (c) The country's cities, and the first of them selected.
#[callback(
    output = ["city-dropdown.options", "city-dropdown.value"],
    input = "country-dropdown.value"
)]
fn city_options(country: Option<String>) -> (Vec<SelectOption>, Option<String>) {
    let cities = COUNTRIES
        .iter()
        .find(|(name, _)| Some(*name) == country.as_deref())
        .map_or(&[][..], |(_, cities)| &cities[..]);
    let options = cities.iter().map(|c| SelectOption::new(*c, *c)).collect();
    (options, cities.first().map(|c| (*c).to_owned()))
}

/// (c) The chosen city's monthly sales.
#[callback(output = "city-chart.figure", input = "city-dropdown.value")]
fn city_chart(city: Option<String>) -> Plot {
    let sales = city_series()
        .iter()
        .find(|(name, _)| Some(*name) == city.as_deref())
        .map(|(_, sales)| sales.clone())
        .unwrap_or_default();
    // Month starts from 2023-01 (a pandas `MS` range), as timestamps.
    let months = (0..sales.len() as i64)
        .map(|m| {
            let date = format!("{:04}-{:02}-01", 2023 + m / 12, m % 12 + 1);
            timestamp(epoch_day(&date).unwrap_or_default())
        })
        .collect();
    let city = city.unwrap_or_default();
    let mut plot = Plot::new();
    plot.add_trace(
        Scatter::new(months, sales)
            .mode(Mode::LinesMarkers)
            .name(&city),
    );
    plot.set_layout(Layout::new().title(Title::with_text(format!("Monthly sales: {city}"))));
    plot
}

fn main() -> std::io::Result<()> {
    // Build the table before serving, as the peer does at import time.
    sales();
    city_series();
    let app = Dash::new()
        .title("Dash peer benchmark")
        .layout(page())
        .callback::<echo>()
        .callback::<echo_async>()
        .callback_inline::<echo_inline>()
        .callback::<slow>()
        .callback::<dashboard>()
        .callback::<city_options>()
        .callback::<city_chart>();
    // `CALLBACK_THREADS` lets the benchmark compare the default callback pool with a smaller one.
    match std::env::var("CALLBACK_THREADS")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        Some(threads) => app.callback_threads(threads).run(),
        None => app.run(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(epoch_day(START), Some(START_EPOCH_DAY));
        assert_eq!(timestamp(START_EPOCH_DAY + 729), "2024-12-30T00:00:00");
    }

    #[test]
    fn numbers_are_grouped_as_python_does() {
        assert_eq!(grouped(2_504_027), "2,504,027");
        assert_eq!(money(95_599_762.834), "95,599,762.83");
        assert_eq!(money(5.0), "5.00");
    }
}
