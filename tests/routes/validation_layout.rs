//! `validation_layout` (Dash 1.12): the config carries it for the renderer's checks, as Python
//! Dash 4.4.1 sends it, and the startup check holds callbacks to it.

use crate::helpers::{config_of, no_assets, read_reply};
use actix_web::{test, App};
use dash::callback::{CallbackDefinition, Dependency};
use dash::component::Builder;
use dash::dbc;
use dash::html;
use dash::server::{Dash, Layout};
use serde_json::{json, Value};

fn page_callback() -> CallbackDefinition {
    CallbackDefinition::blocking("show", |_| Ok(vec![None]))
        .output(Dependency::new("page", "children"))
        .input(Dependency::new("b", "n_clicks"))
}

fn div(id: &str) -> html::Div {
    html::Div::new().id(id)
}

#[actix_web::test]
async fn a_layout_function_is_called_once_to_validate_against_as_in_python() {
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(no_assets())
        .layout(Layout::dynamic(|| html::Div::new()
            .child(div("page"))
            .child(dbc::Card::new())
            .into())));
    let config = config_of(&get!(&app, "/").text());
    let keys: Vec<&String> = config.as_object().unwrap().keys().collect();
    assert_eq!(keys.last().map(|k| k.as_str()), Some("validation_layout"));
    assert_eq!(
        config["validation_layout"]["props"]["children"][0],
        json!({"props": {"children": null, "id": "page"}, "type": "Div", "namespace": "dash_html_components"})
    );
    // Calling it once also shows which component packages the page needs.
    assert!(get!(&app, "/")
        .text()
        .contains("dash_bootstrap_components.v2_0_4m"));
}

#[actix_web::test]
async fn an_explicit_validation_layout_lets_callbacks_name_components_of_other_pages() {
    // Without it, `page` and `b` are unknown to the fixed layout: a startup error.
    let without = Dash::new()
        .assets_folder(no_assets())
        .layout(div("root"))
        .add_callback(page_callback())
        .build();
    assert!(without.is_err());

    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(no_assets())
        .layout(div("root"))
        .validation_layout(
            html::Div::new()
                .child(div("root"))
                .child(div("page"))
                .child(div("b"))
        )
        .add_callback(page_callback()));
    let config = config_of(&get!(&app, "/").text());
    let ids: Vec<&Value> = config["validation_layout"]["props"]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["props"]["id"])
        .collect();
    assert_eq!(ids, ["root", "page", "b"]);
}

#[actix_web::test]
async fn suppress_callback_exceptions_sends_none() {
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(no_assets())
        .suppress_callback_exceptions(true)
        .layout(Layout::dynamic(|| div("page").into()))
        .validation_layout(div("page")));
    let config = config_of(&get!(&app, "/").text());
    assert!(config.get("validation_layout").is_none(), "{config}");
}
