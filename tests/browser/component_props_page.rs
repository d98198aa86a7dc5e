//! The component_props example: components shown inside `dcc.Tab`'s `label`,
//! `dcc.Loading`'s `custom_spinner` and `dcc.Clipboard`'s `copied_children`, and a callback
//! writing a component into a `label`.

use crate::todo_page::click;
use crate::{assert_console_clean, component_props, open, text_of, PATIENCE};
use fantoccini::Locator;

/// The text of the tab header (the `.tab` element) that holds the element `id`, once it
/// satisfies `until` (a condition on `t`).
async fn tab_header_text(
    browser: &crate::support::browser::Browser,
    id: &str,
    until: &str,
) -> String {
    let check = format!(
        "const e = document.getElementById('{id}'); const tab = e && e.closest('.tab'); \
         const t = tab && tab.textContent; return t && ({until}) ? t : null;"
    );
    browser
        .wait_for(
            &format!("a tab header holding `{id}` where {until}"),
            PATIENCE,
            &check,
        )
        .await
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn components_render_inside_tab_labels_and_the_loading_spinner() {
    let (_server, browser) = open(|| component_props::app().debug(true)).await;

    // Both titles are components, drawn inside the tab bar's headers.
    assert_eq!(
        tab_header_text(&browser, "inbox-label", "true").await,
        "Inbox"
    );
    assert_eq!(
        tab_header_text(&browser, "sent-label", "true").await,
        "Sent"
    );
    let bold = "const e = document.getElementById('sent-label'); return e && e.tagName;";
    assert_eq!(
        browser.wait_for("the Sent title", PATIENCE, bold).await,
        "B"
    );
    text_of(&browser, "inbox-body", "t === 'No mail yet'").await;

    // While receiving, dcc.Loading shows our spinner component instead of its own.
    click(&browser, Locator::Id("receive"), "the Receive button").await;
    text_of(&browser, "spinner", "t === 'Fetching mail…'").await;
    text_of(&browser, "inbox-body", "t === '1 new messages'").await;
    browser
        .wait_for(
            "the spinner to go",
            PATIENCE,
            "return document.getElementById('spinner') === null || null;",
        )
        .await;
    // The callback's component replaced the title: the count is an `<i>` in the header.
    tab_header_text(&browser, "unread", "t === 'Inbox (1)'").await;
    let italic = "const e = document.getElementById('unread'); return e && e.tagName;";
    assert_eq!(
        browser.wait_for("the unread count", PATIENCE, italic).await,
        "I"
    );

    // The components in the titles take clicks like the text titles do.
    click(&browser, Locator::Id("sent-label"), "the Sent title").await;
    text_of(&browser, "sent-body", "t === 'Nothing sent'").await;
    click(&browser, Locator::Id("inbox-label"), "the Inbox title").await;
    text_of(&browser, "inbox-body", "t === '1 new messages'").await;

    click(&browser, Locator::Id("receive"), "the Receive button").await;
    tab_header_text(&browser, "unread", "t === 'Inbox (2)'").await;
    text_of(&browser, "inbox-body", "t === '2 new messages'").await;

    // dcc.Clipboard shows its copied_children for a second after copying. The browser's
    // clipboard still gets the text; the page also notes what was written, and a refusal.
    let keep_copies = r#"
        window.__copied = [];
        const write = navigator.clipboard.writeText.bind(navigator.clipboard);
        navigator.clipboard.writeText = async (text) => {
            try { await write(text); window.__copied.push(text); }
            catch (error) { window.__copied.push('refused: ' + error); throw error; }
        };
        return true;
    "#;
    browser.client.execute(keep_copies, vec![]).await.unwrap();
    text_of(&browser, "copy", "t === 'Copy'").await;
    click(&browser, Locator::Id("copy"), "the Copy button").await;
    text_of(&browser, "copied", "t === 'Copied!'").await;
    let copied = browser
        .wait_for(
            "the copied text",
            PATIENCE,
            "return window.__copied.length ? window.__copied : null;",
        )
        .await;
    assert_eq!(copied, serde_json::json!(["2 new messages"]));
    text_of(&browser, "copy", "t === 'Copy'").await;
    assert_console_clean(&browser).await;
    browser.finish().await;
}
