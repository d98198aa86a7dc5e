//! Clientside callbacks: inline and from the assets folder, feeding a server callback.

use crate::todo_page::type_into;
use crate::{open, text_of};

/// The app: two clientside callbacks and a server one after them.
mod clientside {
    use dash::prelude::*;

    #[callback(output = "cs-upper.children", input = "cs-in.value", clientside = ("shout", "upper"))]
    fn upper() {}

    #[callback(
        output = "cs-len.children",
        input = "cs-in.value",
        clientside = "function(value) { return value ? value.length : 0; }"
    )]
    fn length() {}

    #[callback(output = "cs-echo.children", input = "cs-upper.children")]
    fn echo(upper: Option<String>) -> String {
        format!("server saw {}", upper.unwrap_or_default())
    }

    pub fn app() -> Dash {
        Dash::new()
            .assets_folder(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/clientside"
            ))
            .layout(layout! {
                <div>
                    <Input id="cs-in" value="hi" />
                    <div id="cs-upper" />
                    <div id="cs-len" />
                    <div id="cs-echo" />
                </div>
            })
            .callback::<upper>()
            .callback::<length>()
            .callback::<echo>()
    }
}

#[tokio::test]
async fn clientside_callbacks_run_in_the_browser_and_feed_server_ones() {
    let (_server, browser) = open(|| clientside::app().debug(true)).await;
    text_of(&browser, "cs-upper", "t === 'HI'").await;
    text_of(&browser, "cs-len", "t === '2'").await;
    text_of(&browser, "cs-echo", "t === 'server saw HI'").await;
    type_into(&browser, "cs-in", "!").await;
    text_of(&browser, "cs-upper", "t === 'HI!'").await;
    text_of(&browser, "cs-len", "t === '3'").await;
    text_of(&browser, "cs-echo", "t === 'server saw HI!'").await;
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "browser console errors: {errors:#?}");
    browser.finish().await;
}
