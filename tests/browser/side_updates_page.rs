//! A callback without outputs that writes through `set_props` with a `Patch`, and disables its
//! button while it runs (`running`): what the page shows at each step.

use crate::todo_page::click;
use crate::{assert_console_clean, open, text_of, PATIENCE};
use fantoccini::Locator;

mod app {
    use dash::prelude::*;
    use std::time::Duration;

    /// Appends a line to the log, slowly enough that the disabled button can be seen.
    #[callback(
        input = "log-btn.n_clicks",
        prevent_initial_call = true,
        running = [("log-btn.disabled", true, false)],
    )]
    fn log_click(clicks: Option<u64>, ctx: &CallbackContext) {
        std::thread::sleep(Duration::from_millis(600));
        let mut lines = Patch::new();
        lines
            .root()
            .append(format!(" click {}", clicks.unwrap_or(0)));
        ctx.set_props("log", serde_json::json!({ "children": lines }));
        ctx.set_prop(
            "last",
            "children",
            format!("{:?}", ctx.triggered_id().map(|id| id.to_string())),
        );
    }

    pub fn app() -> Dash {
        Dash::new()
            .layout(layout! {
                <div>
                    <button id="log-btn">"Log"</button>
                    <div id="log">{vec!["start"]}</div>
                    <div id="last" />
                </div>
            })
            .callback::<log_click>()
    }
}

#[tokio::test]
async fn set_props_patches_the_page_and_running_disables_the_button_meanwhile() {
    let (_server, browser) = open(|| app::app().debug(true)).await;
    text_of(&browser, "log", "t === 'start'").await;
    let disabled = "const b = document.getElementById('log-btn'); return b.disabled ? true : null;";
    let enabled = "const b = document.getElementById('log-btn'); return b.disabled ? null : true;";

    click(&browser, Locator::Id("log-btn"), "the Log button").await;
    browser
        .wait_for(
            "the button disabled while the callback runs",
            PATIENCE,
            disabled,
        )
        .await;
    text_of(&browser, "log", "t === 'start click 1'").await;
    browser
        .wait_for("the button enabled again", PATIENCE, enabled)
        .await;
    text_of(&browser, "last", "t === 'Some(\"log-btn\")'").await;

    click(&browser, Locator::Id("log-btn"), "the Log button").await;
    text_of(&browser, "log", "t === 'start click 1 click 2'").await;
    assert_console_clean(&browser).await;
    browser.finish().await;
}
