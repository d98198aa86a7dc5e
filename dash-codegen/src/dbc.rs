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
    ("Checklist.options", "Options"),
    ("Col.align", "Align"),
    ("DropdownMenu.menu_variant", "DropdownMenuVariant"),
    ("Input.inputmode", "InputMode"),
    ("Input.readonly", "Readonly"),
    ("Modal.backdrop", "Backdrop"),
    ("Placeholder.display", "Display"),
    ("Popover.target", "Target"),
    ("Popover.placement", "Placement"),
    ("Popover.delay|", "Delay"),
    ("Select.options|[]", "SelectOption"),
    ("Textarea.draggable", "TrueOrFalse"),
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
