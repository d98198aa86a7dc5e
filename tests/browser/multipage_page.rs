//! Classic multi-page routing (`examples/multipage.rs`): `dcc.Link` changes the page without
//! reloading it, each page's callbacks work once it is shown, the back button and a direct
//! load of a page's URL show the right page.

use crate::todo_page::click;
use crate::{assert_console_clean, choose_option, multipage, open, text_of, PATIENCE};
use fantoccini::Locator;

/// The path, once it is `path`, in the same document as before (the marker set on load
/// survives only if the page did not reload).
async fn at_path_without_reload(browser: &crate::Browser, path: &str) {
    let script = format!(
        "return window.location.pathname === '{path}' && window.__sameDocument === true ? true : null;"
    );
    browser
        .wait_for(&format!("{path} in the same document"), PATIENCE, &script)
        .await;
}

#[tokio::test]
async fn links_switch_pages_in_place_and_each_page_s_callbacks_work() {
    let (server, browser) = open(|| multipage::app().debug(true)).await;
    text_of(&browser, "to-page-1", "t === 'Go to Page 1'").await;
    browser
        .client
        .execute("window.__sameDocument = true;", vec![])
        .await
        .unwrap();

    click(&browser, Locator::Id("to-page-1"), "the link to page 1").await;
    at_path_without_reload(&browser, "/page-1").await;
    text_of(&browser, "page-1-content", "t === 'You have selected LA'").await;
    choose_option(&browser, "page-1-dropdown", "NYC").await;
    text_of(&browser, "page-1-content", "t === 'You have selected NYC'").await;

    click(
        &browser,
        Locator::Id("page-1-to-page-2"),
        "the link to page 2",
    )
    .await;
    at_path_without_reload(&browser, "/page-2").await;
    text_of(
        &browser,
        "page-2-content",
        "t === 'You have selected Orange'",
    )
    .await;
    click(
        &browser,
        Locator::Css("#page-2-radios input[value='Blue']"),
        "the Blue radio",
    )
    .await;
    text_of(&browser, "page-2-content", "t === 'You have selected Blue'").await;

    // Back to page 1: a new page 1, with its initial value again.
    browser.client.back().await.unwrap();
    at_path_without_reload(&browser, "/page-1").await;
    text_of(&browser, "page-1-content", "t === 'You have selected LA'").await;
    click(&browser, Locator::Id("page-1-home"), "the link home").await;
    at_path_without_reload(&browser, "/").await;
    text_of(&browser, "to-page-2", "t === 'Go to Page 2'").await;
    assert_console_clean(&browser).await;

    // A page's own URL, loaded directly, shows that page.
    browser.client.goto(&server.at("/page-2")).await.unwrap();
    text_of(
        &browser,
        "page-2-content",
        "t === 'You have selected Orange'",
    )
    .await;
    assert_console_clean(&browser).await;
    browser.finish().await;
}
