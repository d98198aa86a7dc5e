//! The to-do example (pattern matching): items added, struck through, counted and cleared.

use crate::support::browser::Browser;
use crate::{open, text_of, todo, PATIENCE};
use fantoccini::Locator;

/// The DOM id the renderer gives a pattern-matching id: its stringified form.
fn pattern_dom_id(kind: &str, index: usize) -> String {
    format!(r#"{{"index":{index},"type":"{kind}"}}"#)
}

pub(crate) async fn type_into(browser: &Browser, id: &str, text: &str) {
    let field = browser
        .element(Locator::Id(id), &format!("the `{id}` field"))
        .await;
    field.send_keys(text).await.expect("typing into the field");
}

pub(crate) async fn click(browser: &Browser, locator: Locator<'_>, what: &str) {
    let element = browser.element(locator, what).await;
    element.click().await.expect("the click lands");
}

#[tokio::test]
async fn todo_items_are_added_struck_through_counted_and_cleared() {
    let (_server, browser) = open(|| todo::app().debug(true)).await;
    text_of(&browser, "count", "t === '0 of 0 done'").await;

    type_into(&browser, "new-item", "milk").await;
    click(&browser, Locator::Id("add"), "the Add button").await;
    text_of(&browser, "count", "t === '0 of 1 done'").await;
    let emptied = "return document.getElementById('new-item').value === '' || null;";
    browser
        .wait_for("the input to empty after Add", PATIENCE, emptied)
        .await;

    // Enter submits too (`n_submit`).
    type_into(&browser, "new-item", "eggs\u{E007}").await;
    text_of(&browser, "count", "t === '0 of 2 done'").await;
    let first_label = pattern_dom_id("label", 0);
    let labels = text_of(&browser, "list", "t.includes('milk') && t.includes('eggs')").await;
    assert_eq!(labels, "milkeggs");

    let first_box = format!("//*[@id='{}']//input", pattern_dom_id("done", 0));
    click(
        &browser,
        Locator::XPath(&first_box),
        "the first item's checkbox",
    )
    .await;
    let struck = format!(
        "const e = document.getElementById('{first_label}'); return e && e.style.textDecoration.includes('line-through') ? e.style.textDecoration : null;"
    );
    browser
        .wait_for("the done item to be struck through", PATIENCE, &struck)
        .await;
    text_of(&browser, "count", "t === '1 of 2 done'").await;
    let second_label = pattern_dom_id("label", 1);
    let second_plain =
        format!("return document.getElementById('{second_label}').style.textDecoration || 'none';");
    let plain = browser.client.execute(&second_plain, vec![]).await.unwrap();
    assert_eq!(plain, "none", "only the done item is struck through");

    click(&browser, Locator::Id("clear-done"), "the Clear done button").await;
    text_of(&browser, "count", "t === '0 of 1 done'").await;
    let remaining = text_of(&browser, "list", "!t.includes('milk')").await;
    assert_eq!(remaining, "eggs");

    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "browser console errors: {errors:#?}");
    browser.finish().await;
}
