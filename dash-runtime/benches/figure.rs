//! Figure serialisation: a `plotly::Plot` with many points turned into the `figure` prop value
//! and then into response JSON. `cargo bench -p dash-runtime --bench figure`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dash_runtime::figure::figure_value;
use dash_runtime::plotly::common::{Mode, Title};
use dash_runtime::plotly::{Layout, Plot, Scatter};
use dash_runtime::protocol::json::to_json;
use std::hint::black_box;

/// A line of `points` dated points and a marker trace of as many numbers.
fn plot(points: usize) -> Plot {
    let dates: Vec<String> = (0..points)
        .map(|i| format!("2023-{:02}-{:02}T00:00:00", i % 12 + 1, i % 28 + 1))
        .collect();
    let values: Vec<f64> = (0..points).map(|i| (i as f64 * 0.37).sin() * 1e4).collect();
    let mut plot = Plot::new();
    plot.add_trace(
        Scatter::new(dates, values.clone())
            .mode(Mode::Lines)
            .name("by day"),
    );
    plot.add_trace(
        Scatter::new((0..points).collect::<Vec<usize>>(), values)
            .mode(Mode::Markers)
            .name("samples"),
    );
    plot.set_layout(Layout::new().title(Title::with_text("Many points")));
    plot
}

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("figure");
    for points in [1_000, 10_000] {
        let plot = plot(points);
        group.throughput(Throughput::Elements(2 * points as u64));
        group.bench_function(format!("figure_value, {points} points per trace"), |b| {
            b.iter(|| figure_value(black_box(&plot)))
        });
        group.bench_function(
            format!("figure_value + to_json, {points} points per trace"),
            |b| b.iter(|| to_json(&figure_value(black_box(&plot))).len()),
        );
    }
    group.finish();
}

criterion_group!(figure, benches);
criterion_main!(figure);
