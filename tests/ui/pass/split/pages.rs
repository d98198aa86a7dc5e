use dash::prelude::*;

pub fn page() -> Component {
    layout! {
        <div>
            <Dropdown id="year-dropdown" options={vec![2002, 2007]} value={2007} />
            <Graph id="chart" />
        </div>
    }
}
