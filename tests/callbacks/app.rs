//! The app under test: its callbacks and layout.

use dash::html;
use dash::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

#[callback(output = "greeting.children", input = "name.value")]
fn greet(name: Option<String>) -> String {
    format!("Hello, {}!", name.unwrap_or_else(|| "nobody".into()))
}

/// Two outputs and a state; the second output is left alone when the sum is odd.
#[callback(
    output = ["sum.children", "parity.children"],
    input = ["x.value", "y.value"],
    state = "label.value"
)]
fn add(x: i64, y: i64, label: Option<String>) -> (String, Update<String>) {
    let sum = x + y;
    let parity = if sum % 2 == 0 {
        Update::Value("even".to_owned())
    } else {
        Update::NoUpdate
    };
    (format!("{}{sum}", label.unwrap_or_default()), parity)
}

#[callback(output = ["left.children", "right.children"], input = "side.value")]
fn left_only(side: Option<String>) -> (String, NoUpdate) {
    (side.unwrap_or_default(), NoUpdate)
}

#[callback(output = ["p.children", "q.children"], input = "idle.value")]
fn change_nothing(_idle: Option<String>) -> (Update<String>, NoUpdate) {
    (Update::NoUpdate, NoUpdate)
}

#[callback(output = "guarded.children", input = "guard.value")]
fn guarded(guard: Option<String>) -> CallbackResult<String> {
    match guard {
        None => Err(PreventUpdate.into()),
        Some(text) => Ok(format!("let through: {text}")),
    }
}

pub(crate) const FAILURE: &str = "the reactor is on fire";

#[callback(output = "fails.children", input = "fail.n_clicks")]
fn fails(_clicks: Option<i64>) -> CallbackResult<String> {
    Err(CallbackError::msg(FAILURE))
}

#[callback(output = "panics.children", input = "panic.n_clicks")]
fn panics(clicks: Option<i64>) -> String {
    panic!("deliberate panic in a blocking callback ({clicks:?})")
}

#[callback(output = "shout.children", input = "whisper.value")]
async fn shout(whisper: Option<String>) -> String {
    // Really suspend once, so that this is not a synchronous body in disguise.
    tokio::task::yield_now().await;
    whisper.unwrap_or_default().to_uppercase()
}

#[callback(output = "async-panics.children", input = "async-panic.n_clicks")]
async fn async_panics(clicks: Option<i64>) -> String {
    tokio::task::yield_now().await;
    panic!("deliberate panic in an async callback ({clicks:?})")
}

#[callback(output = "double.children", input = "num.value")]
fn double(num: i64) -> i64 {
    num * 2
}

/// Dash sends NaN and the infinities as `null` (§0.1).
#[callback(output = "stats.children", input = "stats-button.n_clicks")]
fn stats(_clicks: Option<i64>) -> Vec<f64> {
    vec![1.5, f64::NAN, f64::INFINITY, f64::NEG_INFINITY]
}

/// How many `slow` calls are running right now.
pub(crate) static SLOW_RUNNING: AtomicUsize = AtomicUsize::new(0);

#[callback(output = "slow.children", input = "slow-button.n_clicks")]
fn slow(_clicks: Option<i64>) -> String {
    SLOW_RUNNING.fetch_add(1, Ordering::SeqCst);
    std::thread::sleep(Duration::from_secs(1));
    SLOW_RUNNING.fetch_sub(1, Ordering::SeqCst);
    "slow".into()
}

#[callback(output = "fast.children", input = "fast-button.n_clicks")]
fn fast(_clicks: Option<i64>) -> String {
    "fast".into()
}

/// Every id the callbacks use, with a component that has the prop.
fn layout() -> html::Div {
    let inputs = [
        "name", "x", "y", "label", "side", "idle", "guard", "whisper", "num",
    ];
    let buttons = [
        "fail",
        "panic",
        "async-panic",
        "slow-button",
        "fast-button",
        "stats-button",
    ];
    let outputs = [
        "greeting",
        "sum",
        "parity",
        "left",
        "right",
        "p",
        "q",
        "guarded",
        "fails",
        "panics",
        "shout",
        "async-panics",
        "double",
        "slow",
        "fast",
        "stats",
    ];
    html::Div::new()
        .id("root")
        .children(inputs.map(|id| Input::new().id(id)))
        .children(buttons.map(|id| html::Button::new().id(id).n_clicks(0)))
        .children(outputs.map(|id| html::Div::new().id(id)))
}

pub(crate) fn app(debug: bool) -> Dash {
    Dash::new()
        .debug(debug)
        .assets_folder(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/no-such-folder"
        ))
        .layout(layout())
        .callback::<greet>()
        .callback::<add>()
        .callback::<left_only>()
        .callback::<change_nothing>()
        .callback::<guarded>()
        .callback::<fails>()
        .callback::<panics>()
        .callback::<shout>()
        .callback::<async_panics>()
        .callback::<double>()
        .callback::<slow>()
        .callback::<fast>()
        .callback::<stats>()
}
