//! dash-bootstrap-components 2.0.4 (Python's `dbc`, here [`crate::dbc`]): its bundle, served
//! from the binary as Python Dash serves it, typed builders for its [`components`], and the
//! Bootstrap 5.3.6 stylesheets its `dbc.themes` name, embedded too, so a themed dashboard looks
//! right with no internet.
//!
//! ```
//! use dash_runtime::packages::bootstrap::themes;
//! use dash_runtime::server::Dash;
//! let app = Dash::new().external_stylesheet(themes::DARKLY);
//! # let _ = app;
//! let url = themes::DARKLY.url(); // fingerprinted: cached by browsers for good
//! assert!(url.starts_with("/_dash-component-suites/dash_bootstrap_components/themes/darkly/"));
//! ```

use super::{ComponentPackage, Script};

/// The dash-bootstrap-components namespace and bundle.
pub const PACKAGE: ComponentPackage = ComponentPackage {
    namespace: NAMESPACE,
    version: "2.0.4",
    scripts: &[Script::Embedded(
        "_components/dash_bootstrap_components.min.js",
    )],
    // As dbc 2.0.4's metadata declares them (Python Dash sends the same in its config).
    children_props: &[
        ("AccordionItem", &["title"]),
        ("Checkbox", &["label"]),
        ("Checklist", &["options[].label"]),
        ("DropdownMenu", &["label"]),
        ("NavbarSimple", &["brand"]),
        ("Offcanvas", &["title"]),
        ("RadioButton", &["label"]),
        ("RadioItems", &["options[].label"]),
        ("Switch", &["label"]),
        ("Toast", &["header"]),
    ],
};

/// The JS namespace of dash-bootstrap-components.
pub const NAMESPACE: &str = "dash_bootstrap_components";

pub mod components;
pub mod themes;
