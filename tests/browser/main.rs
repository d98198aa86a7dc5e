//! The example apps in a real browser: headless Chromium, driven over WebDriver, against the
//! apps served on 127.0.0.1 by the official Dash front end.

#[path = "../../examples/chained.rs"]
#[allow(dead_code)]
mod chained;
#[path = "../../examples/component_props.rs"]
#[allow(dead_code)]
mod component_props;
#[path = "../../examples/crossfilter.rs"]
#[allow(dead_code)]
mod crossfilter;
#[path = "../../examples/gallery.rs"]
#[allow(dead_code)]
mod gallery;
#[path = "../../examples/gapminder.rs"]
#[allow(dead_code)]
mod gapminder;
#[path = "../../examples/graph_events.rs"]
#[allow(dead_code)]
mod graph_events;
#[path = "../../examples/live.rs"]
#[allow(dead_code)]
mod live;
#[path = "../../examples/multipage.rs"]
#[allow(dead_code)]
mod multipage;
#[path = "../../examples/sales.rs"]
#[allow(dead_code)]
mod sales;
#[path = "../support/mod.rs"]
mod support;
#[path = "../../examples/todo.rs"]
#[allow(dead_code)]
mod todo;
#[path = "../../examples/upload.rs"]
#[allow(dead_code)]
mod upload;

mod apps;
mod bootstrap_page;
mod chained_page;
mod clientside_page;
mod component_props_page;
mod crossfilter_page;
mod custom_component_page;
mod datatable_page;
mod gallery_page;
mod graph_events_page;
mod live_page;
mod multipage_page;
mod page_shell_page;
mod prefix_page;
mod side_updates_page;
mod todo_page;
mod upload_page;

use fantoccini::Locator;
use serde_json::Value;
use std::time::Duration;
use support::browser::Browser;
use support::server::serve;

const PATIENCE: Duration = Duration::from_secs(30);

/// What a `dcc.Graph` shows: per trace its name and its x and y values, plus the title.
const GRAPH_STATE: &str = r#"
    const graph = document.getElementById(arguments[0]);
    const plot = graph && (graph.classList.contains('js-plotly-plot') ? graph : graph.querySelector('.js-plotly-plot'));
    if (!plot || !plot._fullData || !plot._fullLayout) return null;
    return {
        title: plot._fullLayout.title && plot._fullLayout.title.text,
        xaxisType: plot._fullLayout.xaxis && plot._fullLayout.xaxis.type,
        traces: plot._fullData.map(t => ({name: t.name, type: t.type, x: Array.from(t.x || t.labels || []), y: Array.from(t.y || t.values || [])})),
    };
"#;

/// Serves `app` and opens its page in a new headless Chromium.
async fn open(
    app: impl FnOnce() -> dash::Dash + Send + 'static,
) -> (support::server::TestServer, Browser) {
    let server = serve(app);
    let browser = Browser::launch().await;
    browser
        .client
        .goto(&server.at("/"))
        .await
        .expect("the page loads");
    (server, browser)
}

async fn graph(browser: &Browser, id: &str, until: &str) -> Value {
    let check = format!(
        "const s = (function() {{ {GRAPH_STATE} }}).apply(null, ['{id}']); return s && ({until}) ? s : null;"
    );
    browser
        .wait_for(&format!("graph `{id}` where {until}"), PATIENCE, &check)
        .await
}

async fn choose_option(browser: &Browser, dropdown_id: &str, option_text: &str) {
    browser
        .client
        .find(Locator::Id(dropdown_id))
        .await
        .expect("the dropdown is on the page")
        .click()
        .await
        .expect("the dropdown opens");
    // Type into the dropdown's search box, as a person looking for one of many options would.
    let search = browser
        .element(
            Locator::Css(".dash-dropdown-search"),
            "the dropdown's search box",
        )
        .await;
    search
        .send_keys(option_text)
        .await
        .expect("typing in the search box");
    let xpath = format!("//*[@role='option'][normalize-space(.)='{option_text}']");
    let what = format!("option `{option_text}` of `{dropdown_id}`");
    let option = browser.element(Locator::XPath(&xpath), &what).await;
    // The options pop over with an animation; a click during it lands on the search box.
    let started = std::time::Instant::now();
    while let Err(error) = option.click().await {
        assert!(
            started.elapsed() < PATIENCE,
            "option `{option_text}` cannot be clicked: {error}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn text_of(browser: &Browser, id: &str, until: &str) -> String {
    let check = format!(
        "const e = document.getElementById('{id}'); const t = e && e.textContent; return t && ({until}) ? t : null;"
    );
    browser
        .wait_for(&format!("`{id}` text where {until}"), PATIENCE, &check)
        .await
        .as_str()
        .unwrap()
        .to_owned()
}

/// With the dev tools on, React's development build checks every prop against the
/// components' prop types and reports failures on the console.
async fn assert_clean_in_debug_mode(app: fn() -> dash::Dash, graph_id: &str) {
    let (_server, browser) = open(move || app().debug(true)).await;
    graph(&browser, graph_id, "s.traces.length > 0").await;
    browser
        .wait_for(
            "the dev tools",
            PATIENCE,
            "return document.querySelector('.dash-debug-menu__outer') !== null || null;",
        )
        .await;
    let errors = browser.console_errors().await;
    assert!(
        errors.is_empty(),
        "console errors with props check on: {errors:#?}"
    );
    browser.finish().await;
}

/// Fails with the browser's console errors, if there were any since the last look.
async fn assert_console_clean(browser: &Browser) {
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "browser console errors: {errors:#?}");
}

/// Starts keeping the body of every callback request the page sends from now on, so that a
/// test can check what the renderer sent.
async fn record_callback_requests(browser: &Browser) {
    let script = r#"
        window.__callbackRequests = [];
        const send = window.fetch;
        window.fetch = function(url, init) {
            if (String(url).includes('_dash-update-component') && init && init.body) {
                window.__callbackRequests.push(JSON.parse(init.body));
            }
            return send.apply(this, arguments);
        };
    "#;
    browser.client.execute(script, vec![]).await.unwrap();
}

/// The callback requests kept since [`record_callback_requests`].
async fn callback_requests(browser: &Browser) -> Vec<Value> {
    let value = browser
        .client
        .execute("return window.__callbackRequests || [];", vec![])
        .await
        .unwrap();
    value.as_array().cloned().unwrap_or_default()
}

/// Moves a real (WebDriver) mouse through `path`, a list of viewport points: it presses the
/// left button at the first point when `drag` is set and releases it at the last, and it
/// pauses at each so that Plotly.js, which hovers on a timer, sees the mouse there.
async fn mouse_path(browser: &Browser, path: &[(f64, f64)], drag: bool) {
    use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
    let pause = PointerAction::Pause {
        duration: Duration::from_millis(150),
    };
    let mut actions = MouseActions::new("mouse".to_owned());
    for (i, &(x, y)) in path.iter().enumerate() {
        actions = actions
            .then(PointerAction::MoveTo {
                duration: Some(Duration::from_millis(100)),
                x,
                y,
            })
            .then(pause.clone());
        if i == 0 && drag {
            actions = actions.then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            });
        }
    }
    if !drag {
        actions = actions.then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        });
    }
    actions = actions.then(PointerAction::Up {
        button: MOUSE_BUTTON_LEFT,
    });
    browser
        .client
        .perform_actions(actions)
        .await
        .expect("the mouse moves");
}

/// The viewport point of data coordinates `(x, y)` in the graph `id` (first x and y axes).
async fn data_point_on_page(browser: &Browser, id: &str, x: f64, y: f64) -> (f64, f64) {
    let script = r#"
        const plot = document.getElementById(arguments[0]).querySelector('.js-plotly-plot');
        plot.scrollIntoView({block: 'center'});
        const box = plot.getBoundingClientRect();
        const xa = plot._fullLayout.xaxis, ya = plot._fullLayout.yaxis;
        return [box.left + xa._offset + xa.l2p(arguments[1]), box.top + ya._offset + ya.l2p(arguments[2])];
    "#;
    let point = browser
        .client
        .execute(script, vec![id.into(), x.into(), y.into()])
        .await
        .expect("the graph has axes");
    (point[0].as_f64().unwrap(), point[1].as_f64().unwrap())
}

/// Sends one callback request, shaped as the renderer sends it, to `app` served in process,
/// and returns the status and the JSON answer (`null` for an empty body).
async fn post_update(app: dash::Dash, body: Value) -> (u16, Value) {
    use actix_web::test as actix_test;
    let service = actix_test::init_service(
        actix_web::App::new().configure(app.build().expect("the app builds").configure()),
    )
    .await;
    let request = actix_test::TestRequest::post()
        .uri("/_dash-update-component?endId=Ab12Cd34~0123456789abcdef")
        .insert_header(("accept", "application/json"))
        .insert_header(("content-type", "application/json"))
        .set_payload(body.to_string())
        .to_request();
    let response = actix_test::call_service(&service, request).await;
    let status = response.status().as_u16();
    let bytes = actix_test::read_body(response).await;
    let value = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).expect("a JSON answer")
    };
    (status, value)
}

/// A request body for outputs `outputs` (`"id.prop"`), with `inputs` and `state` given as
/// `("id.prop", value)` (`None` leaves the value out, as for a prop never set) and the
/// first input with a value as the one that changed.
fn update_request(
    outputs: &[&str],
    inputs: &[(&str, Option<Value>)],
    state: &[(&str, Option<Value>)],
) -> Value {
    let entry = |(name, value): &(&str, Option<Value>)| {
        let (id, property) = name.split_once('.').unwrap();
        let mut entry = serde_json::json!({"id": id, "property": property});
        if let Some(value) = value {
            entry["value"] = value.clone();
        }
        entry
    };
    let specs: Vec<Value> = outputs.iter().map(|o| entry(&(*o, None))).collect();
    let (output, specs) = match specs.as_slice() {
        [one] => (outputs[0].to_owned(), one.clone()),
        _ => (format!("..{}..", outputs.join("...")), Value::Array(specs)),
    };
    let changed: Vec<&str> = inputs
        .iter()
        .filter(|(_, value)| value.is_some())
        .map(|(name, _)| *name)
        .take(1)
        .collect();
    let mut body = serde_json::json!({
        "output": output,
        "outputs": specs,
        "inputs": inputs.iter().map(entry).collect::<Vec<_>>(),
        "changedPropIds": changed,
        "parsedChangedPropsIds": changed,
    });
    if !state.is_empty() {
        body["state"] = state.iter().map(entry).collect();
    }
    body
}
