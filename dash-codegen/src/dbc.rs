//! What the generator needs to know about dash-bootstrap-components beyond its metadata: the
//! names of the value types it writes, and which page of dbc's documentation covers each
//! component (dbc documents related components together: `CardHeader` on the `card` page).

/// Names for dbc's value types, in the format of [`Package::type_names`](crate::packages::Package).
/// Types several components share are named once, without a component's prefix.
pub const TYPE_NAMES: &[(&str, &str)] = &[
    ("Accordion.active_item", "StringOrList"),
    ("Accordion.persistence", "Persistence"),
    ("Accordion.persistence_type", "PersistenceType"),
    ("Alert.persisted_props[]", "IsOpenPersistedProp"),
    ("Checkbox.persisted_props[]", "ValuePersistedProp"),
    ("Col.align", "Align"),
    ("DropdownMenu.menu_variant", "DropdownMenuVariant"),
    ("Input.inputmode", "InputMode"),
    ("Modal.backdrop", "Backdrop"),
    ("Placeholder.display", "Display"),
    ("Popover.placement", "Placement"),
    ("Popover.delay|", "Delay"),
];

/// dbc's documentation pages and the components each covers.
const DOCS_PAGES: &[(&str, &[&str])] = &[
    ("accordion", &["Accordion", "AccordionItem"]),
    ("alert", &["Alert"]),
    ("badge", &["Badge"]),
    ("breadcrumb", &["Breadcrumb"]),
    ("button", &["Button"]),
    ("button_group", &["ButtonGroup"]),
    (
        "card",
        &[
            "Card",
            "CardBody",
            "CardFooter",
            "CardGroup",
            "CardHeader",
            "CardImg",
            "CardImgOverlay",
            "CardLink",
        ],
    ),
    ("carousel", &["Carousel"]),
    ("collapse", &["Collapse"]),
    ("dropdown_menu", &["DropdownMenu", "DropdownMenuItem"]),
    ("fade", &["Fade"]),
    (
        "form",
        &["Form", "FormFeedback", "FormFloating", "FormText", "Label"],
    ),
    (
        "input",
        &[
            "Checkbox",
            "Checklist",
            "Input",
            "RadioButton",
            "RadioItems",
            "Select",
            "Switch",
            "Textarea",
        ],
    ),
    ("input_group", &["InputGroup", "InputGroupText"]),
    ("layout", &["Col", "Container", "Row"]),
    ("list_group", &["ListGroup", "ListGroupItem"]),
    (
        "modal",
        &[
            "Modal",
            "ModalBody",
            "ModalFooter",
            "ModalHeader",
            "ModalTitle",
        ],
    ),
    ("nav", &["Nav", "NavItem", "NavLink"]),
    (
        "navbar",
        &["Navbar", "NavbarBrand", "NavbarSimple", "NavbarToggler"],
    ),
    ("offcanvas", &["Offcanvas"]),
    ("pagination", &["Pagination"]),
    ("placeholder", &["Placeholder"]),
    ("popover", &["Popover", "PopoverBody", "PopoverHeader"]),
    ("progress", &["Progress"]),
    ("spinner", &["Spinner"]),
    ("stack", &["Stack"]),
    ("table", &["Table"]),
    ("tabs", &["Tab", "Tabs"]),
    ("toast", &["Toast"]),
    ("tooltip", &["Tooltip"]),
];

/// The documentation page of dbc's `component`, when the table lists it.
pub fn docs_page(component: &str) -> Option<&'static str> {
    DOCS_PAGES
        .iter()
        .find(|(_, components)| components.contains(&component))
        .map(|(page, _)| *page)
}

/// dbc props that take the runtime's hand-made value types: the option lists dbc's
/// `Checklist`, `RadioItems` and `Select` share with dcc's (every form dcc's `options`
/// takes), component ids for the targets of tooltips and popovers, and CSS for every
/// `*_style` prop (dbc declares them as plain objects). The camelCase aliases keep JSON.
pub const VALUE_TYPES: &[(&str, &str)] = &[
    ("Checklist.options", "Options"),
    ("RadioItems.options", "Options"),
    ("Select.options", "Options"),
    ("Popover.target", "crate::component::ComponentId"),
    ("Tooltip.target", "crate::component::ComponentId"),
    ("*.active_label_style", "crate::component::Style"),
    ("*.active_tab_style", "crate::component::Style"),
    ("*.backdrop_style", "crate::component::Style"),
    ("*.body_style", "crate::component::Style"),
    ("*.brand_style", "crate::component::Style"),
    ("*.content_style", "crate::component::Style"),
    ("*.dialog_style", "crate::component::Style"),
    ("*.fullscreen_style", "crate::component::Style"),
    ("*.header_style", "crate::component::Style"),
    ("*.input_checked_style", "crate::component::Style"),
    ("*.input_style", "crate::component::Style"),
    ("*.item_style", "crate::component::Style"),
    ("*.label_checked_style", "crate::component::Style"),
    ("*.label_style", "crate::component::Style"),
    ("*.spinner_style", "crate::component::Style"),
    ("*.tab_style", "crate::component::Style"),
    ("*.toggle_style", "crate::component::Style"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dbc_component_has_one_docs_page() {
        let path =
            crate::repository_root().join("dash-codegen/metadata/dash_bootstrap_components.json");
        let components = crate::metadata::load(&path).expect("the reduced dbc metadata loads");
        assert!(components.len() > 60, "all of dbc's components");
        for component in &components {
            let pages = DOCS_PAGES
                .iter()
                .filter(|(_, listed)| listed.contains(&component.name.as_str()))
                .count();
            assert_eq!(pages, 1, "{} is on one page", component.name);
        }
        let listed: usize = DOCS_PAGES.iter().map(|(_, listed)| listed.len()).sum();
        assert_eq!(
            listed,
            components.len(),
            "the table lists no other components"
        );
        assert_eq!(docs_page("CardHeader"), Some("card"));
        assert_eq!(docs_page("Nope"), None);
    }
}
