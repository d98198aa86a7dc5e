//! Classic multi-page routing, after the "URL Routing and Multiple Apps" chapter of the Dash
//! docs: a `dcc.Location` whose `pathname` picks the page a callback puts in `page-content`,
//! `dcc.Link`s that change the URL without reloading, and callbacks of components that only
//! exist on one page (hence `suppress_callback_exceptions`). Run it with
//! `cargo run --example multipage`.

use dash::prelude::*;

/// The home page: links to the two others.
pub fn index_page() -> Component {
    layout! {
        <div>
            <Link id="to-page-1" href="/page-1">"Go to Page 1"</Link>
            <br />
            <Link id="to-page-2" href="/page-2">"Go to Page 2"</Link>
        </div>
    }
}

/// Page 1: a dropdown and what it selects.
pub fn page_1() -> Component {
    layout! {
        <div>
            <h1>"Page 1"</h1>
            <Dropdown id="page-1-dropdown" options={vec!["LA", "NYC", "MTL"]} value="LA" />
            <div id="page-1-content" />
            <br />
            <Link id="page-1-to-page-2" href="/page-2">"Go to Page 2"</Link>
            <br />
            <Link id="page-1-home" href="/">"Go back to home"</Link>
        </div>
    }
}

/// Page 2: radio items and what they select.
pub fn page_2() -> Component {
    layout! {
        <div>
            <h1>"Page 2"</h1>
            <RadioItems id="page-2-radios" options={vec!["Orange", "Blue", "Red"]} value="Orange" />
            <div id="page-2-content" />
            <br />
            <Link id="page-2-to-page-1" href="/page-1">"Go to Page 1"</Link>
            <br />
            <Link id="page-2-home" href="/">"Go back to home"</Link>
        </div>
    }
}

/// The page for the URL's path; anything unknown is the home page.
#[callback(output = "page-content.children", input = "url.pathname")]
pub fn display_page(pathname: Option<String>) -> Component {
    match pathname.as_deref() {
        Some("/page-1") => page_1(),
        Some("/page-2") => page_2(),
        _ => index_page(),
    }
}

/// Page 1's callback.
#[callback(output = "page-1-content.children", input = "page-1-dropdown.value")]
pub fn page_1_dropdown(value: Option<String>) -> String {
    format!("You have selected {}", value.unwrap_or_default())
}

/// Page 2's callback.
#[callback(output = "page-2-content.children", input = "page-2-radios.value")]
pub fn page_2_radios(value: Option<String>) -> String {
    format!("You have selected {}", value.unwrap_or_default())
}

/// The app, ready to run.
pub fn app() -> Dash {
    Dash::new()
        .title("Multi-page")
        // The pages' components are not in the layout until their page is shown.
        .suppress_callback_exceptions(true)
        .layout(layout! {
            <div>
                <Location id="url" refresh={false} />
                <div id="page-content" />
            </div>
        })
        .callback::<display_page>()
        .callback::<page_1_dropdown>()
        .callback::<page_2_radios>()
}

#[allow(dead_code)]
fn main() -> std::io::Result<()> {
    app().run()
}
