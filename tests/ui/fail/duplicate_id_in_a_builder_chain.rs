use dash::prelude::*;

fn page() -> Component {
    let chart = Graph::new().id("chart");
    layout! { <div>{chart}<Graph id="chart" /></div> }
}

fn main() {
    let _ = Dash::new().layout(page());
}
