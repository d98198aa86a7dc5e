//! Components inside props other than `children`: tab titles (`dcc.Tab`'s `label`) made of
//! components, a loading indicator of our own (`dcc.Loading`'s `custom_spinner`), a copy
//! button's "copied" look (`dcc.Clipboard`'s `copied_children`), and a callback that writes
//! a new component into a tab's title.
//!
//! The Inbox tab's title is a bold "Inbox" and an unread count; "Receive" fetches mail (slowly,
//! so the custom spinner shows) and puts the new count into the title. Run it with
//! `cargo run --example component_props`. The Python twin is
//! `tests/golden/component_props_app.py`.

use dash::prelude::*;
use std::time::Duration;

/// How long receiving takes: long enough to see the spinner.
pub const RECEIVE_TIME: Duration = Duration::from_millis(800);

/// The Inbox tab's title for `unread` new messages (none yet: no count).
pub fn inbox_label(unread: Option<u64>) -> Component {
    let count: Vec<Component> = unread
        .map(|unread| layout! { <i id="unread">{format!(" ({unread})")}</i> })
        .into_iter()
        .collect();
    layout! { <span id="inbox-label"><b>"Inbox"</b>{count}</span> }
}

/// The page.
pub fn layout() -> Component {
    layout! {
        <div style="font-family: sans-serif; margin: 16px">
            <Tabs id="mail-tabs" value="inbox">
                <Tab id="inbox-tab" value="inbox" label={inbox_label(None)}>
                    <button id="receive">"Receive"</button>
                    <Loading
                        id="mail-loading"
                        custom_spinner={layout! { <div id="spinner">"Fetching mail…"</div> }}
                    >
                        <div id="inbox-body">"No mail yet"</div>
                    </Loading>
                    <Clipboard
                        id="copy"
                        target_id="inbox-body"
                        copied_children={layout! { <b id="copied">"Copied!"</b> }}
                    >
                        "Copy"
                    </Clipboard>
                </Tab>
                <Tab id="sent-tab" value="sent" label={layout! { <b id="sent-label">"Sent"</b> }}>
                    <div id="sent-body">"Nothing sent"</div>
                </Tab>
            </Tabs>
        </div>
    }
}

/// Fetches mail: one more message per click, counted in the Inbox tab's title.
#[callback(
    output = ["inbox-tab.label", "inbox-body.children"],
    input = "receive.n_clicks",
    prevent_initial_call = true
)]
pub fn receive(clicks: Option<u64>) -> (Component, String) {
    std::thread::sleep(RECEIVE_TIME);
    let unread = clicks.unwrap_or(0);
    (inbox_label(Some(unread)), format!("{unread} new messages"))
}

/// The app, ready to run.
pub fn app() -> Dash {
    Dash::new()
        .title("Mail")
        .layout(layout())
        .callback::<receive>()
}

#[allow(dead_code)]
fn main() -> std::io::Result<()> {
    app().run()
}
