//! dash-bootstrap-components on a DARKLY-themed page served by the binary alone: the theme
//! and its web font style the page, dbc's components render with the official renderer's prop checks on, and a
//! Modal opens from a callback.

use crate::todo_page::click;
use crate::{assert_console_clean, open, PATIENCE};
use dash::callback::{CallbackDefinition, Dependency, IntoPropValue};
use dash::component::{Builder, Component};
use dash::html;
use dash::packages::bootstrap::{themes, NAMESPACE};
use dash::Dash;
use fantoccini::Locator;
use serde_json::{json, Value};

/// A dbc component with `props`; children go under `children`.
fn dbc(type_name: &'static str, props: Value) -> Component {
    let mut component = Component::new(NAMESPACE, type_name);
    for (name, value) in props.as_object().expect("props are an object") {
        component.set_prop(name.clone(), value.clone());
    }
    component
}

fn value(component: Component) -> Value {
    component.to_value()
}

fn app() -> Dash {
    let card = dbc(
        "Card",
        json!({"children": [
            value(dbc("CardHeader", json!({"children": "Revenue"}))),
            value(dbc("CardBody", json!({"children": value(html::H4::new().id("kpi").child("1,234").into())}))),
        ]}),
    );
    let modal = dbc(
        "Modal",
        json!({"id": "details", "is_open": false, "children": [
            value(dbc("ModalHeader", json!({"children": value(dbc("ModalTitle", json!({"children": "Details"})))}))),
            value(dbc("ModalBody", json!({"children": "Revenue by region"}))),
        ]}),
    );
    let page = dbc(
        "Container",
        json!({"children": [
            value(dbc("Row", json!({"children": value(dbc("Col", json!({"width": 6, "children": value(card)})))}))),
            value(dbc("Button", json!({"id": "open", "color": "primary", "n_clicks": 0, "children": "Details"}))),
            value(modal),
        ]}),
    );
    let toggle = CallbackDefinition::blocking("toggle_details", |mut args| {
        let clicks: Option<u64> = args.take(0)?;
        Ok(vec![(clicks.unwrap_or(0) % 2 == 1).into_prop_value()?])
    })
    .output(Dependency::new("details", "is_open"))
    .input(Dependency::new("open", "n_clicks"))
    .prevent_initial_call(true);
    Dash::new()
        .external_stylesheet(themes::DARKLY)
        .layout(html::Div::new().child(page))
        .add_callback(toggle)
}

#[tokio::test]
async fn a_darkly_page_of_bootstrap_components_renders_and_its_modal_opens() {
    let (_server, browser) = open(|| app().debug(true)).await;
    let rendered = r#"
        const kpi = document.getElementById('kpi');
        const header = document.querySelector('.container .row .col-6 .card .card-header');
        if (!kpi || !header) return null;
        return {
            header: header.textContent,
            body: getComputedStyle(document.body).backgroundColor,
            button: document.getElementById('open').className,
        };
    "#;
    let shown = browser
        .wait_for("the card in the grid", PATIENCE, rendered)
        .await;
    assert_eq!(shown["header"], "Revenue");
    // Darkly's body background, #222: the theme came from the binary.
    assert_eq!(shown["body"], "rgb(34, 34, 34)");
    // Its web font too: Lato, which DARKLY imports from Google Fonts, drawn from the binary.
    let lato = "const faces = Array.from(document.fonts).filter(f => f.family.replace(/['\"]/g, '') === 'Lato' && f.status === 'loaded'); return faces.length ? faces.length : null;";
    browser.wait_for("Lato loaded", PATIENCE, lato).await;
    let classes = shown["button"].as_str().unwrap();
    assert!(
        classes.contains("btn") && classes.contains("btn-primary"),
        "{classes}"
    );
    let open_modal =
        "const m = document.querySelector('.modal.show .modal-body'); return m ? m.textContent : null;";
    assert_eq!(
        browser.client.execute(open_modal, vec![]).await.unwrap(),
        Value::Null,
        "the modal starts closed"
    );

    click(&browser, Locator::Id("open"), "the Details button").await;
    let body = browser
        .wait_for("the modal open", PATIENCE, open_modal)
        .await;
    assert_eq!(body, "Revenue by region");
    let title = browser
        .client
        .execute(
            "return document.querySelector('.modal.show .modal-title').textContent;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(title, "Details");
    assert_console_clean(&browser).await;
    browser.finish().await;
}
