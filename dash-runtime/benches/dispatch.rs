//! The callback path of `POST /_dash-update-component` without the HTTP server: decode the
//! body, run the callback, encode the response — for an echo (pure framework cost: as
//! registered by default, which moves it inline once it is seen to be quick; always on a
//! callback thread; always inline) and for a dashboard-like callback that filters rows into a
//! figure and a text. `cargo bench -p dash-runtime --bench dispatch`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use dash_runtime::callback::{CallbackDefinition, Dependency, IntoPropValue};
use dash_runtime::dispatch::{Outcome, Registry};
use dash_runtime::plotly::common::Title;
use dash_runtime::plotly::{Layout, Plot, Scatter};
use dash_runtime::protocol::json::to_json;
use dash_runtime::protocol::update::UpdateRequest;
use std::hint::black_box;

const ECHO: &str = r#"{"output":"echo-out.children","outputs":{"id":"echo-out","property":"children"},"inputs":[{"id":"echo-in","property":"value","value":"hello world"}],"changedPropIds":["echo-in.value"]}"#;
const INLINE: &str = r#"{"output":"inline-out.children","outputs":{"id":"inline-out","property":"children"},"inputs":[{"id":"inline-in","property":"value","value":"hello world"}],"changedPropIds":["inline-in.value"]}"#;
const POOLED: &str = r#"{"output":"pooled-out.children","outputs":{"id":"pooled-out","property":"children"},"inputs":[{"id":"pooled-in","property":"value","value":"hello world"}],"changedPropIds":["pooled-in.value"]}"#;
const DASHBOARD: &str = r#"{"output":"..chart.figure...kpi.children..","outputs":[{"id":"chart","property":"figure"},{"id":"kpi","property":"children"}],"inputs":[{"id":"region","property":"value","value":"North"},{"id":"days","property":"value","value":[0,729]}],"changedPropIds":["region.value"]}"#;

const ROWS: usize = 100_000;
const REGIONS: [&str; 4] = ["North", "South", "East", "West"];

fn echo(name: &'static str, prefix: &str) -> CallbackDefinition {
    CallbackDefinition::blocking(name, |mut args| {
        let text: Option<String> = args.take(0)?;
        Ok(vec![text.into_prop_value()?])
    })
    .output(Dependency::new(format!("{prefix}-out"), "children"))
    .input(Dependency::new(format!("{prefix}-in"), "value"))
}

/// Sums 100,000 (day, region, amount) rows of one region into revenue by day: a line figure
/// of up to 730 points and a KPI line, like the benchmark app's `dashboard`.
fn dashboard() -> CallbackDefinition {
    let rows: Vec<(u16, u8, f64)> = (0..ROWS)
        .map(|i| ((i * 7 % 730) as u16, (i % 4) as u8, (i % 97) as f64 * 1.25))
        .collect();
    CallbackDefinition::blocking("dashboard", move |mut args| {
        let region: Option<String> = args.take(0)?;
        let days: (u16, u16) = args.take(1)?;
        let wanted = region.and_then(|r| REGIONS.iter().position(|name| *name == r));
        let mut by_day = vec![0.0; 730];
        let mut total = 0.0;
        for &(day, r, amount) in &rows {
            if day < days.0 || day > days.1 || wanted.is_some_and(|w| w != usize::from(r)) {
                continue;
            }
            by_day[usize::from(day)] += amount;
            total += amount;
        }
        let mut plot = Plot::new();
        plot.add_trace(Scatter::new((0..730).collect::<Vec<u32>>(), by_day).name("revenue"));
        plot.set_layout(Layout::new().title(Title::with_text("Revenue by day")));
        Ok(vec![
            plot.into_prop_value()?,
            format!("Revenue: {total:.2}").into_prop_value()?,
        ])
    })
    .output(Dependency::new("chart", "figure"))
    .output(Dependency::new("kpi", "children"))
    .input(Dependency::new("region", "value"))
    .input(Dependency::new("days", "value"))
}

/// Decode → dispatch → encode, as the route does it.
async fn handle(registry: &Registry, body: &[u8]) -> usize {
    let request: UpdateRequest = serde_json::from_slice(body).expect("a valid request");
    match registry.dispatch(request).await {
        Outcome::Updated(value) => to_json(&value).len(),
        other => panic!("{other:?}"),
    }
}

fn benches(c: &mut Criterion) {
    let mut registry = Registry::default();
    registry.insert(echo("echo", "echo"));
    registry.insert(echo("pooled", "pooled").run_on_pool());
    registry.insert(echo("inline", "inline").run_inline());
    registry.insert(dashboard());
    let runtime = actix_web::rt::Runtime::new().expect("a runtime");
    for (name, body) in [
        ("echo (default: learned)", ECHO),
        ("echo on a callback thread", POOLED),
        ("echo inline", INLINE),
        ("dashboard", DASHBOARD),
    ] {
        c.bench_function(name, |b| {
            b.iter_batched(
                || body.as_bytes(),
                |body| runtime.block_on(handle(&registry, black_box(body))),
                BatchSize::SmallInput,
            )
        });
    }
}

criterion_group!(dispatch, benches);
criterion_main!(dispatch);
