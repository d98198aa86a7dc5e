//! dash-bootstrap-components on a DARKLY-themed page served by the binary alone: the theme
//! and its web font style the page, dbc's components render with the official renderer's prop checks on, and a
//! Modal opens from a callback.

use crate::todo_page::click;
use crate::{assert_console_clean, open, PATIENCE};
use dash::callback::{CallbackDefinition, Dependency, IntoPropValue};
use dash::component::Builder;
use dash::{dbc, html, Dash};
use fantoccini::Locator;
use serde_json::Value;

fn app() -> Dash {
    let card = dbc::Card::new()
        .child(dbc::CardHeader::new().child("Revenue"))
        .child(dbc::CardBody::new().child(html::H4::new().id("kpi").child("1,234")));
    let modal = dbc::Modal::new()
        .id("details")
        .is_open(false)
        .child(dbc::ModalHeader::new().child(dbc::ModalTitle::new().child("Details")))
        .child(dbc::ModalBody::new().child("Revenue by region"));
    let page = dbc::Container::new()
        .child(dbc::Row::new().child(dbc::Col::new().width(6).child(card)))
        .child(
            dbc::Button::new()
                .id("open")
                .color("primary")
                .n_clicks(0)
                .child("Details"),
        )
        .child(modal);
    let toggle = CallbackDefinition::blocking("toggle_details", |mut args| {
        let clicks: Option<u64> = args.take(0)?;
        Ok(vec![(clicks.unwrap_or(0) % 2 == 1).into_prop_value()?])
    })
    .output(Dependency::new("details", "is_open"))
    .input(Dependency::new("open", "n_clicks"))
    .prevent_initial_call(true);
    Dash::new()
        .external_stylesheet(dbc::themes::DARKLY)
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

#[tokio::test]
async fn the_sales_dashboard_is_laid_out_by_bootstrap_offline() {
    let (_server, browser) = open(crate::sales::app).await;
    crate::text_of(&browser, "kpi-revenue", "t.startsWith('$')").await;
    let layout = r#"
        const cards = Array.from(document.querySelectorAll('.kpis .kpi-card.card'));
        if (cards.length !== 4) return null;
        const tops = cards.map(c => Math.round(c.getBoundingClientRect().top));
        const styles = getComputedStyle(document.documentElement);
        return {
            oneRow: tops.every(t => t === tops[0]),
            widths: cards.map(c => Math.round(c.getBoundingClientRect().width)),
            bootstrap: styles.getPropertyValue('--bs-primary').trim(),
        };
    "#;
    let shown = browser.wait_for("four KPI cards", PATIENCE, layout).await;
    assert_eq!(shown["oneRow"], true, "{shown}");
    assert_eq!(
        shown["bootstrap"], "#0d6efd",
        "Bootstrap's stylesheet is applied"
    );
    let widths: Vec<i64> = shown["widths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_i64().unwrap())
        .collect();
    assert!(
        widths.iter().all(|w| (w - widths[0]).abs() <= 1),
        "equal columns: {widths:?}"
    );
    browser
        .wait_for(
            "three charts in cards",
            PATIENCE,
            "return document.querySelectorAll('.card .js-plotly-plot').length === 3 ? true : null;",
        )
        .await;
    assert_console_clean(&browser).await;
    browser.finish().await;
}
