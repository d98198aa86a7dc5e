//! `data-*` and `aria-*` attributes on html elements; hyphenated ids.
use dash::prelude::*;

fn main() {
    let page = layout! {
        <div id="main-panel" data-row="3" aria-label="Main panel" className="panel">
            <button id="save-button" n_clicks={0}>"Save"</button>
        </div>
    };
    Dash::new().layout(page).build().expect("a valid layout");
}
