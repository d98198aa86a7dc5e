//! The Meridian Corp Sales Dashboard: KPI cards, filters and three linked charts over 100,000
//! synthetic orders, laid out with dash-bootstrap-components and Bootstrap's own theme, all
//! served from the binary.
//!
//! One callback turns the four filters (date range, region, products) into seven outputs: four
//! KPI texts and three figures. Run it with `cargo run --example sales`.

use dash::dbc;
use dash::figure::Treemap;
use dash::prelude::*;
use plotly::common::{Mode, Title};
use plotly::layout::{Axis, AxisType};
use plotly::{Bar, Layout, Plot, Scatter};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Sales regions.
pub const REGIONS: [&str; 4] = ["North", "South", "East", "West"];
/// Products, with their list prices below.
pub const PRODUCTS: [&str; 10] = [
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
const ORDERS: usize = 100_000;
const DAYS: u32 = 730;
const FIRST_DAY: &str = "2023-01-01";
const LAST_DAY: &str = "2024-12-30";

/// One order.
#[derive(Clone, Copy, Debug)]
pub struct Order {
    /// Days since 2023-01-01.
    pub day: u32,
    /// Index into [`REGIONS`].
    pub region: usize,
    /// Index into [`PRODUCTS`].
    pub product: usize,
    /// Units sold.
    pub units: u32,
    /// Revenue in dollars, after discount.
    pub revenue: f64,
}

/// SplitMix64: small, fast, and the same sequence on every platform and crate version.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The orders, generated once from a fixed seed and sorted by day.
pub fn orders() -> &'static [Order] {
    static ORDERS_TABLE: OnceLock<Vec<Order>> = OnceLock::new();
    ORDERS_TABLE.get_or_init(|| {
        let mut rng = SplitMix64(20_240_601);
        let mut orders: Vec<Order> = (0..ORDERS)
            .map(|_| {
                let day = rng.below(DAYS.into()) as u32;
                let region = rng.below(REGIONS.len() as u64) as usize;
                let product = rng.below(PRODUCTS.len() as u64) as usize;
                let units = 1 + rng.below(49) as u32;
                let discount = 0.8 + 0.2 * rng.unit();
                let revenue =
                    (f64::from(units) * PRICES[product] * discount * 100.0).round() / 100.0;
                Order {
                    day,
                    region,
                    product,
                    units,
                    revenue,
                }
            })
            .collect();
        orders.sort_by_key(|order| order.day);
        orders
    })
}

/// `2023-01-01` plus `day` days, as `YYYY-MM-DD`.
pub fn date_of(day: u32) -> String {
    // Civil-from-days (proleptic Gregorian), counting from 1970-01-01.
    let days = 19_358 + i64::from(day); // 2023-01-01
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The inverse of [`date_of`]: the day number of `YYYY-MM-DD` (a time after it is ignored),
/// when it falls within the two years of orders.
pub fn day_of(date: &str) -> Option<u32> {
    let mut parts = date.get(..10)?.split('-').map(str::parse::<i64>);
    let (y, m, d) = (
        parts.next()?.ok()?,
        parts.next()?.ok()?,
        parts.next()?.ok()?,
    );
    // Days-from-civil (proleptic Gregorian), counting from 1970-01-01.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let day = era * 146_097 + doe - 719_468 - 19_358;
    u32::try_from(day).ok().filter(|day| *day < DAYS)
}

/// The page, laid out with Bootstrap: a title, a row of filters, four KPI cards and a grid
/// of three charts, each in a card.
pub fn layout() -> Component {
    let kpi = |id: &'static str, label: &'static str| {
        layout! {
            <dbc::Col md={3} sm={6}>
                <dbc::Card className="kpi-card h-100">
                    <dbc::CardHeader className="kpi-label">{label}</dbc::CardHeader>
                    <dbc::CardBody>
                        <h4 id={id} className="kpi-value card-title mb-0">"…"</h4>
                    </dbc::CardBody>
                </dbc::Card>
            </dbc::Col>
        }
    };
    let chart = |id: &'static str| {
        layout! {
            <dbc::Card className="h-100">
                <dbc::CardBody><Graph id={id} /></dbc::CardBody>
            </dbc::Card>
        }
    };
    layout! {
        <dbc::Container fluid className="py-3">
            <h1 className="mb-3">"Meridian Corp Sales Dashboard"</h1>
            <dbc::Row className="filters g-3 mb-3 align-items-end">
                <dbc::Col md="auto">
                    <label className="form-label">"Dates"</label>
                    <DatePickerRange id="date-range" min_date_allowed={FIRST_DAY} max_date_allowed={LAST_DAY}
                        start_date={FIRST_DAY} end_date={LAST_DAY} />
                </dbc::Col>
                <dbc::Col md={3}>
                    <label className="form-label">"Region"</label>
                    <Dropdown id="region-dropdown" options={REGIONS.to_vec()} placeholder="All regions" />
                </dbc::Col>
                <dbc::Col>
                    <label className="form-label">"Products"</label>
                    <Dropdown id="product-multiselect" options={PRODUCTS.to_vec()} value={PRODUCTS.to_vec()} multi />
                </dbc::Col>
            </dbc::Row>
            <dbc::Row className="kpis g-3 mb-3">
                {kpi("kpi-revenue", "Revenue")}
                {kpi("kpi-units", "Units sold")}
                {kpi("kpi-avg", "Average order value")}
                {kpi("kpi-top", "Top product")}
            </dbc::Row>
            <dbc::Row className="g-3 mb-3">
                <dbc::Col>{chart("time-chart")}</dbc::Col>
            </dbc::Row>
            <dbc::Row className="g-3">
                <dbc::Col lg={6}>{chart("region-chart")}</dbc::Col>
                <dbc::Col lg={6}>{chart("treemap")}</dbc::Col>
            </dbc::Row>
        </dbc::Container>
    }
}

/// Totals over the orders that pass the filters.
#[derive(Debug, Default)]
pub struct Summary {
    /// Orders counted.
    pub orders: usize,
    /// Units sold.
    pub units: u64,
    /// Revenue in dollars.
    pub revenue: f64,
    /// Revenue per day (`YYYY-MM-DD` order).
    pub by_day: BTreeMap<u32, f64>,
    /// Revenue per region, per product.
    pub by_region_product: [[f64; 10]; 4],
}

/// Aggregates the orders between `start` and `end` (inclusive, `YYYY-MM-DD`, time ignored), in
/// `region` (all when `None`) and among `products`.
pub fn summarise(
    start: Option<&str>,
    end: Option<&str>,
    region: Option<&str>,
    products: &[String],
) -> Summary {
    let first = start.and_then(day_of).unwrap_or(0);
    let last = end.and_then(day_of).unwrap_or(DAYS - 1);
    let region = region.and_then(|r| REGIONS.iter().position(|name| *name == r));
    let wanted: Vec<bool> = PRODUCTS
        .iter()
        .map(|p| products.iter().any(|q| q == p))
        .collect();
    let mut summary = Summary::default();
    for order in orders() {
        if order.day < first || order.day > last || !wanted[order.product] {
            continue;
        }
        if region.is_some_and(|r| r != order.region) {
            continue;
        }
        summary.orders += 1;
        summary.units += u64::from(order.units);
        summary.revenue += order.revenue;
        *summary.by_day.entry(order.day).or_default() += order.revenue;
        summary.by_region_product[order.region][order.product] += order.revenue;
    }
    summary
}

/// `1234567.8` → `1,234,568`.
fn thousands(value: f64) -> String {
    let digits = format!("{:.0}", value.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if value < 0.0 {
        format!("-{out}")
    } else {
        out
    }
}

/// Redraws every KPI and chart for the current filters.
#[callback(
    output = [
        "kpi-revenue.children", "kpi-units.children", "kpi-avg.children", "kpi-top.children",
        "time-chart.figure", "region-chart.figure", "treemap.figure"
    ],
    input = ["date-range.start_date", "date-range.end_date", "region-dropdown.value", "product-multiselect.value"]
)]
pub fn update_dashboard(
    start_date: Option<String>,
    end_date: Option<String>,
    region: Option<String>,
    products: Option<Vec<String>>,
) -> (String, String, String, String, Plot, Plot, Plot) {
    let products = products.unwrap_or_default();
    let s = summarise(
        start_date.as_deref(),
        end_date.as_deref(),
        region.as_deref(),
        &products,
    );
    let average = if s.orders == 0 {
        0.0
    } else {
        s.revenue / s.orders as f64
    };
    let product_totals: Vec<f64> = (0..PRODUCTS.len())
        .map(|p| s.by_region_product.iter().map(|row| row[p]).sum())
        .collect();
    let top = product_totals
        .iter()
        .enumerate()
        .filter(|(_, total)| **total > 0.0)
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map_or("—".to_owned(), |(p, _)| PRODUCTS[p].to_owned());

    let mut time_chart = Plot::new();
    time_chart.add_trace(
        Scatter::new(
            s.by_day.keys().map(|day| date_of(*day)).collect(),
            s.by_day.values().copied().collect(),
        )
        .mode(Mode::Lines)
        .name("revenue"),
    );
    time_chart.set_layout(
        Layout::new()
            .title(Title::with_text("Revenue by day"))
            .x_axis(
                Axis::new()
                    .type_(AxisType::Date)
                    .title(Title::with_text("date")),
            )
            .y_axis(Axis::new().title(Title::with_text("revenue"))),
    );

    let mut region_chart = Plot::new();
    region_chart.add_trace(
        Bar::new(
            REGIONS.to_vec(),
            s.by_region_product
                .iter()
                .map(|row| row.iter().sum::<f64>())
                .collect(),
        )
        .name("revenue"),
    );
    region_chart.set_layout(
        Layout::new()
            .title(Title::with_text("Revenue by region"))
            .x_axis(Axis::new().title(Title::with_text("region")))
            .y_axis(Axis::new().title(Title::with_text("revenue"))),
    );

    let (mut ids, mut labels, mut parents, mut values) = (vec![], vec![], vec![], vec![]);
    for (r, region_name) in REGIONS.iter().enumerate() {
        let total: f64 = s.by_region_product[r].iter().sum();
        if total <= 0.0 {
            continue;
        }
        ids.push(region_name.to_string());
        labels.push(region_name.to_string());
        parents.push(String::new());
        values.push(total);
        for (p, product_name) in PRODUCTS.iter().enumerate() {
            if s.by_region_product[r][p] > 0.0 {
                ids.push(format!("{region_name}/{product_name}"));
                labels.push(product_name.to_string());
                parents.push(region_name.to_string());
                values.push(s.by_region_product[r][p]);
            }
        }
    }
    let mut treemap = Plot::new();
    treemap.add_trace(
        Treemap::new(labels, parents, values)
            .ids(ids)
            .branch_values("total"),
    );
    treemap.set_layout(Layout::new().title(Title::with_text("Revenue by region and product")));

    (
        format!("${}", thousands(s.revenue)),
        thousands(s.units as f64),
        format!("${average:.2}"),
        top,
        time_chart,
        region_chart,
        treemap,
    )
}

/// The app, ready to run.
pub fn app() -> Dash {
    Dash::new()
        .title("Meridian Corp Sales Dashboard")
        .external_stylesheet(dbc::themes::BOOTSTRAP)
        .layout(layout())
        .callback::<update_dashboard>()
}

#[allow(dead_code)]
fn main() -> std::io::Result<()> {
    app().run()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_count_from_new_year_2023() {
        assert_eq!(date_of(0), FIRST_DAY);
        assert_eq!(date_of(729), LAST_DAY);
        assert_eq!(date_of(59), "2023-03-01");
    }

    #[test]
    fn day_of_inverts_date_of_within_the_two_years() {
        for day in 0..DAYS {
            assert_eq!(day_of(&date_of(day)), Some(day));
        }
        assert_eq!(day_of("2024-02-29T00:00:00"), Some(424));
        assert_eq!(day_of("2022-12-31"), None);
        assert_eq!(day_of("2024-12-31"), None);
        assert_eq!(day_of("soon"), None);
    }
}
