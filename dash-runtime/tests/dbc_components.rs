//! The dbc builders against dash-bootstrap-components 2.0.4 itself (recorded by
//! `tests/golden/record_dbc.py`): the same tree serialises to the JSON Python Dash sends, there
//! is a builder for each of dbc's components, every builder declares exactly the props dbc
//! declares (its deprecated camelCase aliases aside), and the props the renderer must treat as
//! holding components are those dbc's classes name.

use dash_runtime::component::{Builder, Component, IntoComponent};
use dash_runtime::dbc::{
    Align, BreadcrumbItem, CarouselItem, DropdownMenuDirection, DropdownMenuVariant, InputType,
    OffcanvasPlacement, Placement, StackDirection, StringOrList, StringOrNumber,
};
use dash_runtime::dcc::SelectOption;
use dash_runtime::{dbc, html};
use dash_validation::naming::setter_name;
use serde_json::{json, Value};
use std::collections::BTreeMap;

const LAYOUT: &str = include_str!("../../tests/golden/dbc/layout.json");
const PROPS: &str = include_str!("../../tests/golden/dbc/props.json");
const CHILDREN_PROPS: &str = include_str!("../../tests/golden/dbc/children_props.json");

/// A component as the JSON a prop that holds components takes.
fn node(component: impl IntoComponent) -> Value {
    serde_json::to_value(component.into_component()).unwrap()
}

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
        .align(Align::Center)
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
                .type_(InputType::Text)
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
                .placement(Placement::Top),
        )
        .children(newer_components())
        .fluid(true)
        .into_component()
}

/// The rest of the recorded tree: components the hand-written builders did not have.
fn newer_components() -> Vec<Component> {
    let accordion = dbc::Accordion::new()
        .child(
            dbc::AccordionItem::new()
                .child("First body")
                .title("First")
                .item_id("a"),
        )
        .child(
            dbc::AccordionItem::new()
                .child("Second body")
                .title(node(html::B::new().child("Second")))
                .item_id("b"),
        )
        .id("accordion")
        .active_item(StringOrList::from("a"))
        .flush(true);
    let checklist = dbc::Checklist::new()
        .id("checks")
        .options(vec![
            SelectOption::new("One", 1),
            SelectOption::new(html::I::new().child("Two"), "2").disabled(true),
        ])
        .value([StringOrNumber::from(1)])
        .inline(true)
        .switch(true);
    let radios = dbc::RadioItems::new()
        .id("radios")
        .options(vec!["a", "b"])
        .value("a");
    let progress = dbc::Progress::new()
        .value(40)
        .max(100)
        .label("40%")
        .striped(true)
        .animated(true)
        .color("success");
    let toast = dbc::Toast::new()
        .child("Toast body")
        .id("toast")
        .header("Note")
        .icon("info")
        .is_open(true)
        .dismissable(true)
        .duration(4000);
    let list = dbc::ListGroup::new()
        .child(dbc::ListGroupItem::new().child("Item 1").active(true))
        .child(
            dbc::ListGroupItem::new()
                .child("Item 2")
                .href("/two")
                .color("warning"),
        )
        .flush(true)
        .numbered(true);
    let menu = dbc::DropdownMenu::new()
        .child(dbc::DropdownMenuItem::new().child("Header").header(true))
        .child(
            dbc::DropdownMenuItem::new()
                .child("Action")
                .id("action")
                .n_clicks(0),
        )
        .child(dbc::DropdownMenuItem::new().divider(true))
        .label("Menu")
        .color("info")
        .direction(DropdownMenuDirection::End)
        .menu_variant(DropdownMenuVariant::Dark);
    let carousel = dbc::Carousel::new()
        .items([CarouselItem::new().key("1").src("/a.png").header("A")])
        .controls(false)
        .interval(2000);
    let group = dbc::InputGroup::new()
        .child(dbc::InputGroupText::new().child("@"))
        .child(dbc::Input::new().placeholder("user"))
        .size("sm");
    let stack = dbc::Stack::new()
        .child(html::Div::new().child("x"))
        .child(html::Div::new().child("y"))
        .direction(StackDirection::Horizontal)
        .gap(3);
    let pages = dbc::Pagination::new()
        .id("pages")
        .max_value(10)
        .active_page(2)
        .fully_expanded(false);
    let popover = dbc::Popover::new()
        .child(dbc::PopoverHeader::new().child("Head"))
        .child(dbc::PopoverBody::new().child("Body"))
        .target("open")
        .trigger("click")
        .placement(Placement::Bottom);
    let offcanvas = dbc::Offcanvas::new()
        .child("Side")
        .id("side")
        .title("Menu")
        .is_open(false)
        .placement(OffcanvasPlacement::End);
    let breadcrumb = dbc::Breadcrumb::new().items([
        BreadcrumbItem::new().label("Home").href("/"),
        BreadcrumbItem::new().label("Here").active(true),
    ]);
    vec![
        accordion.into_component(),
        checklist.into_component(),
        radios.into_component(),
        progress.into_component(),
        toast.into_component(),
        list.into_component(),
        menu.into_component(),
        carousel.into_component(),
        group.into_component(),
        stack.into_component(),
        pages.into_component(),
        popover.into_component(),
        offcanvas.into_component(),
        breadcrumb.into_component(),
    ]
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

#[test]
fn the_props_that_hold_components_are_those_dbc_names() {
    let theirs: BTreeMap<String, Vec<String>> = serde_json::from_str(CHILDREN_PROPS).unwrap();
    let ours: BTreeMap<String, Vec<String>> = dash_runtime::packages::bootstrap::PACKAGE
        .children_props
        .iter()
        .map(|(name, props)| {
            let props = props.iter().map(|p| (*p).to_owned()).collect();
            ((*name).to_owned(), props)
        })
        .collect();
    assert_eq!(ours, theirs);
}
