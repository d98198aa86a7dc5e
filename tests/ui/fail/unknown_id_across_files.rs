use dash::prelude::*;

#[path = "split/year_layout.rs"]
mod year_layout;

#[callback(output = "scatter.figure", input = "year-dropdwn.value")]
fn draw(year: Option<i64>) -> String {
    format!("{year:?}")
}

fn main() {
    let _ = Dash::new().layout(year_layout::page()).callback::<draw>();
}
