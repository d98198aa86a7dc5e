//! A component package of the app's own: its bundle is embedded in the app, served under
//! `/_dash-component-suites/`, and its component takes part in `layout!` and callbacks like
//! the official ones.

use crate::todo_page::click;
use crate::{assert_console_clean, open, text_of};
use fantoccini::Locator;

mod app {
    use dash::component_builder;
    use dash::packages::{Bundle, ComponentPackage, Script};
    use dash::prelude::*;

    /// The test package: `window.counters.Counter`.
    pub const COUNTERS: ComponentPackage = ComponentPackage {
        namespace: "counters",
        version: "0.1.0",
        scripts: &[Script::Bundle(Bundle {
            file: "counters.min.js",
            source: include_bytes!("../fixtures/custom/counters.js"),
        })],
        children_props: &[],
    };

    component_builder! {
        /// A button that counts its clicks.
        Counter in "counters" {
            /// The text before the count.
            label("label"): String,
            /// How many clicks so far.
            count("count"): i64,
        }
    }

    #[callback(output = "echo.children", input = "clicks.count")]
    fn echo(count: Option<u64>) -> String {
        format!("server saw {}", count.unwrap_or(0))
    }

    pub fn app() -> Dash {
        Dash::new()
            .layout(layout! {
                <div>
                    <Counter id="clicks" label="Clicks" count={0} />
                    <p id="echo" />
                </div>
            })
            .component_package(&COUNTERS)
            .callback::<echo>()
    }
}

#[tokio::test]
async fn a_custom_component_renders_and_its_prop_changes_reach_callbacks() {
    let (_server, browser) = open(|| app::app().debug(true)).await;
    text_of(&browser, "clicks", "t === 'Clicks: 0'").await;
    text_of(&browser, "echo", "t === 'server saw 0'").await;
    click(&browser, Locator::Id("clicks"), "the counter").await;
    click(&browser, Locator::Id("clicks"), "the counter").await;
    text_of(&browser, "clicks", "t === 'Clicks: 2'").await;
    text_of(&browser, "echo", "t === 'server saw 2'").await;
    assert_console_clean(&browser).await;
    browser.finish().await;
}
