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

/// The app: one clientside callback that uses each of `dash_clientside`'s signals, and a
/// server callback that counts how often its output changes.
mod signals {
    use dash::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Odd clicks answer; even ones leave the output alone (`no_update`) but still write the
    /// side box through `set_props`; no click yet stops the whole call (`PreventUpdate`).
    #[callback(
        output = "sig-out.children",
        input = "sig-btn.n_clicks",
        clientside = r#"function(n) {
            if (!n) { throw window.dash_clientside.PreventUpdate; }
            window.dash_clientside.set_props('sig-side', {children: 'side ' + n});
            if (n % 2 === 0) { return window.dash_clientside.no_update; }
            return 'odd ' + n;
        }"#
    )]
    fn parity() {}

    static ECHO_CALLS: AtomicUsize = AtomicUsize::new(0);

    #[callback(
        output = "sig-echo.children",
        input = "sig-out.children",
        prevent_initial_call = true
    )]
    fn echo(out: Option<String>) -> String {
        let calls = ECHO_CALLS.fetch_add(1, Ordering::SeqCst) + 1;
        format!("{} (call {calls})", out.unwrap_or_default())
    }

    pub fn app() -> Dash {
        Dash::new()
            .layout(layout! {
                <div>
                    <button id="sig-btn">"Click"</button>
                    <div id="sig-out">"untouched"</div>
                    <div id="sig-side">"no side yet"</div>
                    <div id="sig-echo">"no echo yet"</div>
                </div>
            })
            .callback::<parity>()
            .callback::<echo>()
    }
}

#[tokio::test]
async fn clientside_set_props_no_update_and_prevent_update_show_on_the_page() {
    use crate::todo_page::click;
    use fantoccini::Locator;

    let (_server, browser) = open(|| signals::app().debug(true)).await;
    let button = || Locator::Id("sig-btn");
    // The initial call throws PreventUpdate: nothing changes, and the callback after it
    // (prevent_initial_call) is not run.
    browser.element(button(), "the button").await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    text_of(&browser, "sig-out", "t === 'untouched'").await;
    text_of(&browser, "sig-side", "t === 'no side yet'").await;

    click(&browser, button(), "the button").await;
    text_of(&browser, "sig-out", "t === 'odd 1'").await;
    text_of(&browser, "sig-side", "t === 'side 1'").await;
    text_of(&browser, "sig-echo", "t === 'odd 1 (call 1)'").await;

    // no_update keeps the output, so the server callback it feeds is not called; the
    // set_props of the same call still lands.
    click(&browser, button(), "the button").await;
    text_of(&browser, "sig-side", "t === 'side 2'").await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    text_of(&browser, "sig-out", "t === 'odd 1'").await;
    text_of(&browser, "sig-echo", "t === 'odd 1 (call 1)'").await;

    click(&browser, button(), "the button").await;
    text_of(&browser, "sig-out", "t === 'odd 3'").await;
    text_of(&browser, "sig-side", "t === 'side 3'").await;
    text_of(&browser, "sig-echo", "t === 'odd 3 (call 2)'").await;

    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "browser console errors: {errors:#?}");
    browser.finish().await;
}
