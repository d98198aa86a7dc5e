use dash::component_builder;
use dash::packages::{Bundle, ComponentPackage, Script};
use dash::prelude::*;

const COUNTERS: ComponentPackage = ComponentPackage {
    namespace: "counters",
    version: "0.1.0",
    scripts: &[Script::Bundle(Bundle {
        file: "counters.min.js",
        source: b"window.counters = {};",
    })],
    children_props: &[],
};

component_builder! {
    /// A button that counts its clicks.
    Counter in "counters", also ["className"] {
        /// The text before the count.
        label("label"): String,
        /// How many clicks so far.
        count("count"): i64,
    }
}

fn page() -> Component {
    layout! {
        <div>
            <Counter id="clicks" label="Clicks" count={0} className="big" />
            <p id="echo" />
        </div>
    }
}

#[callback(output = "echo.children", input = "clicks.count", state = "clicks.label")]
fn echo(count: Option<u64>, label: Option<String>) -> String {
    format!("{label:?} {count:?}")
}

fn main() {
    let _ = Dash::new()
        .layout(page())
        .component_package(&COUNTERS)
        .callback::<echo>();
}
