use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Input id="celsius" /><Input id="kelvin" /><Input id="fahrenheit" /></div> }
}

#[callback(output = "kelvin.value", input = "celsius.value")]
fn to_kelvin(c: Option<f64>) -> f64 {
    c.unwrap_or_default() + 273.15
}

#[callback(output = "fahrenheit.value", input = "kelvin.value")]
fn to_fahrenheit(k: Option<f64>) -> f64 {
    (k.unwrap_or_default() - 273.15) * 1.8 + 32.0
}

#[callback(output = "celsius.value", input = "fahrenheit.value")]
fn to_celsius(f: Option<f64>) -> f64 {
    (f.unwrap_or_default() - 32.0) / 1.8
}

fn main() {
    let _ = Dash::new().layout(page());
}
