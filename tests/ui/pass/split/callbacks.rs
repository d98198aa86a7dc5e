use dash::prelude::*;

#[callback(output = "chart.figure", input = "year-dropdown.value")]
pub fn draw(year: Option<i64>) -> plotly::Plot {
    let mut plot = plotly::Plot::new();
    plot.add_trace(plotly::Scatter::new(vec![year.unwrap_or(0)], vec![1]));
    plot
}
