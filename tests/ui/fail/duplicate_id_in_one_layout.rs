use dash::prelude::*;

fn page() -> Component {
    layout! {
        <div>
            <Graph id="chart" />
            <Graph id="chart" />
        </div>
    }
}

fn main() {
    let _ = Dash::new().layout(page());
}
