//! A live chart: `dcc.Interval` ticks once a second, 30 times at most, and each tick adds one
//! reading of a simulated feed to `live-chart`; `pause` stops and restarts the ticks.
//!
//! The series is recomputed from the tick count (the feed is deterministic), so no state is
//! kept between calls. Run it with `cargo run --example live`. The Python twin is
//! `tests/golden/live_app.py`.

use dash::prelude::*;
use plotly::common::{Mode, Title};
use plotly::layout::Axis;
use plotly::{Layout, Plot, Scatter};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Milliseconds between ticks.
pub const PERIOD_MS: u32 = 1000;
/// Ticks before the interval stops by itself.
pub const MAX_TICKS: u32 = 30;

/// How often [`on_tick`] has run.
pub static TICK_CALLS: AtomicUsize = AtomicUsize::new(0);
/// How often [`toggle_pause`] has run.
pub static PAUSE_CALLS: AtomicUsize = AtomicUsize::new(0);

/// The feed's readings at ticks `0..=ticks`: a random walk from 100 with steps of -10 to +10
/// drawn from a fixed formula.
pub fn feed(ticks: u64) -> Vec<i64> {
    let mut value = 100;
    (0..=ticks)
        .map(|tick| {
            if tick > 0 {
                value += ((tick * 37 + 11) % 21) as i64 - 10;
            }
            value
        })
        .collect()
}

/// "1 tick", "12 ticks".
pub fn tick_text(ticks: u64) -> String {
    if ticks == 1 {
        "1 tick".to_owned()
    } else {
        format!("{ticks} ticks")
    }
}

/// The page.
pub fn layout() -> Component {
    layout_with(PERIOD_MS, MAX_TICKS)
}

/// The page with another tick period and tick limit (tests use a faster clock).
pub fn layout_with(period_ms: u32, max_ticks: u32) -> Component {
    layout! {
        <div style="font-family: sans-serif; margin: 16px">
            <h1>"Live feed"</h1>
            <Interval id="interval" interval={period_ms} max_intervals={max_ticks} n_intervals={0} />
            <button id="pause">"Pause"</button>
            <div id="tick-count" />
            <Graph id="live-chart" />
        </div>
    }
}

/// Redraws the series up to the current tick and says how many ticks there were.
#[callback(
    output = ["tick-count.children", "live-chart.figure"],
    input = "interval.n_intervals"
)]
pub fn on_tick(ticks: Option<u64>) -> (String, Plot) {
    TICK_CALLS.fetch_add(1, Ordering::SeqCst);
    let ticks = ticks.unwrap_or(0);
    let mut plot = Plot::new();
    plot.add_trace(
        Scatter::new((0..=ticks).collect(), feed(ticks))
            .name("feed")
            .mode(Mode::LinesMarkers),
    );
    plot.set_layout(
        Layout::new()
            .title(Title::with_text("Simulated feed"))
            .x_axis(Axis::new().title(Title::with_text("tick")))
            .y_axis(Axis::new().title(Title::with_text("reading"))),
    );
    (tick_text(ticks), plot)
}

/// Pauses a running interval, resumes a paused one, and relabels the button.
#[callback(
    output = ["interval.disabled", "pause.children"],
    input = "pause.n_clicks",
    state = "interval.disabled",
    prevent_initial_call = true
)]
pub fn toggle_pause(_clicks: Option<u64>, disabled: Option<bool>) -> (bool, String) {
    PAUSE_CALLS.fetch_add(1, Ordering::SeqCst);
    let paused = !disabled.unwrap_or(false);
    let label = if paused { "Resume" } else { "Pause" };
    (paused, label.to_owned())
}

/// The app, ready to run.
pub fn app() -> Dash {
    app_with(PERIOD_MS, MAX_TICKS)
}

/// The app with another tick period and tick limit.
pub fn app_with(period_ms: u32, max_ticks: u32) -> Dash {
    Dash::new()
        .layout(layout_with(period_ms, max_ticks))
        .callback::<on_tick>()
        .callback::<toggle_pause>()
}

#[allow(dead_code)]
fn main() -> std::io::Result<()> {
    app().run()
}
