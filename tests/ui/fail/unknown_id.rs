use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Dropdown id="year-dropdown" options={vec![2002, 2007]} /><Graph id="chart" /></div> }
}

#[callback(output = "chart.figure", input = "yeer-dropdown.value")]
fn draw(year: Option<i64>) -> String {
    format!("{year:?}")
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<draw>();
}
