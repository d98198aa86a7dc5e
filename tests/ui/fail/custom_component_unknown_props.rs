use dash::component_builder;
use dash::prelude::*;

component_builder! {
    /// A button that counts its clicks.
    Counter in "counters" {
        /// The text before the count.
        label("label"): String,
        /// How many clicks so far.
        count("count"): i64,
    }
}

fn page() -> Component {
    layout! { <div><Counter id="clicks" lable="Clicks" /><p id="echo" /></div> }
}

#[callback(output = "echo.children", input = "clicks.cuont")]
fn echo(count: Option<u64>) -> String {
    format!("{count:?}")
}

// The declared Rust type tells what the prop holds: `label` is a string.
#[callback(output = "echo.title", input = "clicks.label")]
fn title(label: Option<u64>) -> String {
    format!("{label:?}")
}

fn main() {
    let _ = Dash::new()
        .layout(page())
        .callback::<echo>()
        .callback::<title>();
}
