//! The dbc builders against dash-bootstrap-components 2.0.4 itself (recorded by
//! `tests/golden/record_dbc.py`): the same tree serialises to the JSON Python Dash sends, and
//! every builder declares exactly the props dbc declares (its deprecated camelCase aliases
//! aside).

use dash_runtime::component::{Builder, Component, IntoComponent};
use dash_runtime::{dbc, html};
use dash_validation::naming::setter_name;
use serde_json::{json, Value};
use std::collections::BTreeMap;

const LAYOUT: &str = include_str!("../../tests/golden/dbc/layout.json");
const PROPS: &str = include_str!("../../tests/golden/dbc/props.json");

/// The tree of `layout()` in the recorder.
fn page() -> Component {
    let navbar = dbc::Navbar::new()
        .child(dbc::NavbarBrand::new().child("Sales").href("/"))
        .child(
            dbc::Nav::new()
                .children([dbc::NavItem::new()
                    .child(dbc::NavLink::new().child("Home").href("/").active(true))])
                .navbar(true),
        )
        .color("dark")
        .dark(true);
    let card = dbc::Card::new()
        .child(dbc::CardHeader::new().child("Revenue"))
        .child(dbc::CardBody::new().child(html::H4::new().child("$1.2M").id("kpi")))
        .child(dbc::CardFooter::new().child("2024"))
        .color("primary")
        .outline(true);
    let row = dbc::Row::new()
        .child(dbc::Col::new().child(card).width(4))
        .child(
            dbc::Col::new()
                .child(
                    dbc::Alert::new()
                        .child("Saved")
                        .id("saved")
                        .color("success")
                        .dismissable(true)
                        .is_open(true),
                )
                .child(dbc::Badge::new().child("New").color("info").pill(true))
                .md(8),
        )
        .align("center")
        .class_name("g-3");
    let tabs = dbc::Tabs::new()
        .child(dbc::Tab::new().label("One").tab_id("one"))
        .child(dbc::Tab::new().label("Two").tab_id("two").disabled(true))
        .id("tabs")
        .active_tab("one");
    let form = dbc::Form::new()
        .child(dbc::Label::new().child("Region").html_for("region"))
        .child(
            dbc::Select::new()
                .id("region")
                .options(json!([{"label": "North", "value": "N"}]))
                .value("N"),
        )
        .child(
            dbc::Input::new()
                .id("name")
                .type_("text")
                .placeholder("Name")
                .debounce(true),
        );
    let modal = dbc::Modal::new()
        .child(dbc::ModalHeader::new().child(dbc::ModalTitle::new().child("Details")))
        .child(dbc::ModalBody::new().child("Body"))
        .child(dbc::ModalFooter::new().child(dbc::Button::new().child("Close").id("close")))
        .id("modal")
        .is_open(false)
        .centered(true)
        .size("lg");
    dbc::Container::new()
        .child(navbar)
        .child(row)
        .child(tabs)
        .child(form)
        .child(
            dbc::Button::new()
                .child("Open")
                .id("open")
                .color("secondary")
                .n_clicks(0)
                .size("lg"),
        )
        .child(modal)
        .child(
            dbc::Collapse::new()
                .child(
                    dbc::Spinner::new()
                        .color("primary")
                        .type_("grow")
                        .size("sm"),
                )
                .id("collapse")
                .is_open(true),
        )
        .child(
            dbc::Tooltip::new()
                .child("Hint")
                .target("open")
                .placement("top"),
        )
        .fluid(true)
        .into_component()
}

#[test]
fn the_tree_serialises_as_python_dash_sends_it() {
    let ours = serde_json::to_value(page()).unwrap();
    let theirs: Value = serde_json::from_str(LAYOUT).unwrap();
    if ours != theirs {
        std::fs::write(
            std::env::temp_dir().join("dbc-ours.json"),
            format!("{ours:#}"),
        )
        .unwrap();
    }
    assert!(
        ours == theirs,
        "differs from Python's: see dbc-ours.json in the temp folder"
    );
}

#[test]
fn every_builder_declares_exactly_dbcs_props() {
    let theirs: BTreeMap<String, Vec<String>> = serde_json::from_str(PROPS).unwrap();
    let mut ours: Vec<&str> = dbc::COMPONENTS.iter().map(|(name, _)| *name).collect();
    ours.sort_unstable();
    assert_eq!(ours, theirs.keys().map(String::as_str).collect::<Vec<_>>());
    for (name, props) in dbc::COMPONENTS {
        let expected = &theirs[*name];
        for prop in expected {
            // A deprecated camelCase alias shares its setter name with the prop it stands
            // for, so only `Builder::prop` reaches it.
            let setter = setter_name(prop);
            let alias = setter != *prop && expected.contains(&setter);
            assert!(
                alias || props.contains(&prop.as_str()),
                "{name}.{prop} has no setter"
            );
        }
        for prop in *props {
            assert!(
                expected.iter().any(|p| p == prop),
                "{name} has no prop {prop} in dbc"
            );
        }
    }
    assert_eq!(
        dbc::COMPONENTS.len(),
        theirs.len(),
        "one builder per recorded component"
    );
}
