//! A callback whose input is its own output (Dash allows it since 1.19).
use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Input id="amount" type={InputType::Number} value={5} /></div> }
}

#[callback(output = "amount.value", input = "amount.value")]
fn clamp(value: Option<f64>) -> f64 {
    value.unwrap_or(0.0).clamp(0.0, 10.0)
}

fn main() {
    Dash::new()
        .layout(page())
        .callback::<clamp>()
        .build()
        .expect("a self-loop is a valid app");
}
