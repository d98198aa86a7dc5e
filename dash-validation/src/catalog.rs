//! The props of Dash 4.4.1's official components (html, dcc and dash_table), from their
//! `metadata.json`, and of dash-bootstrap-components 2.0.4's, from its component classes (names
//! and the kinds of value each accepts; `data/metadata_props.txt`, written by
//! `cargo run -p dash-codegen` from the same reduced metadata as the generated builders). The macros check `layout!` attributes and callback properties against it, and the
//! runtime checks the layouts built in code.

use crate::{Catalog, Kinds};
use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../data/metadata_props.txt");

/// The catalog of the official components.
#[derive(Debug)]
pub struct DashComponents {
    /// namespace → component → props; two levels so lookups borrow plain `&str` keys.
    props: HashMap<&'static str, HashMap<&'static str, Component>>,
}

#[derive(Debug, Default)]
struct Component {
    names: Vec<&'static str>,
    kinds: HashMap<&'static str, Kinds>,
}

/// The official components' catalog, parsed once.
///
/// ```
/// use dash_validation::{catalog, Catalog};
/// let props = catalog::dash().props(Some("dash_core_components"), "Dropdown").unwrap();
/// assert!(props.contains(&"value"));
/// assert!(catalog::dash().props(None, "MyWidget").is_none());
/// ```
pub fn dash() -> &'static DashComponents {
    static CATALOG: OnceLock<DashComponents> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let mut props: HashMap<_, HashMap<_, _>> = HashMap::new();
        let entries = TABLE.lines().filter(|line| !line.starts_with('#'));
        for line in entries {
            let Some((qualified, names)) = line.split_once(':') else {
                continue;
            };
            let Some((namespace, component)) = qualified.split_once('.') else {
                continue;
            };
            let mut parsed = Component::default();
            for entry in names.split_whitespace() {
                // `name:kinds`; prop names never contain `:`.
                let (name, kinds) = entry.rsplit_once(':').unwrap_or((entry, "*"));
                parsed.names.push(name);
                parsed.kinds.insert(name, Kinds::from_letters(kinds));
            }
            props
                .entry(namespace)
                .or_default()
                .insert(component, parsed);
        }
        DashComponents { props }
    })
}

impl DashComponents {
    /// Every `(namespace, component)` the catalog knows.
    pub fn components(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.props.iter().flat_map(|(namespace, components)| {
            components
                .keys()
                .map(move |component| (*namespace, *component))
        })
    }
}

impl Catalog for DashComponents {
    fn props(&self, namespace: Option<&str>, component: &str) -> Option<&[&'static str]> {
        let props = self.props.get(namespace?)?.get(component)?;
        Some(props.names.as_slice())
    }

    fn kinds(&self, namespace: Option<&str>, component: &str, property: &str) -> Option<Kinds> {
        let component = self.props.get(namespace?)?.get(component)?;
        component.kinds.get(property).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_package_is_there() {
        let catalog = dash();
        for (namespace, component) in [
            ("dash_html_components", "Div"),
            ("dash_core_components", "Graph"),
            ("dash_table", "DataTable"),
            ("dash_bootstrap_components", "Card"),
        ] {
            assert!(
                catalog.props(Some(namespace), component).is_some(),
                "{namespace}.{component}"
            );
        }
        let button = Some("dash_html_components");
        assert_eq!(
            catalog.kinds(button, "Button", "n_clicks"),
            Some(Kinds::NUMBER)
        );
        let table = Some("dash_table");
        assert_eq!(
            catalog.kinds(table, "DataTable", "filter_action"),
            Some(Kinds::STRING | Kinds::OBJECT)
        );
        let dbc = Some("dash_bootstrap_components");
        assert_eq!(catalog.kinds(dbc, "Collapse", "is_open"), Some(Kinds::BOOL));
        let checklist = catalog.props(dbc, "Checklist").unwrap();
        assert!(checklist.contains(&"labelStyle") && checklist.contains(&"label_style"));
        let div = catalog.props(Some("dash_html_components"), "Div").unwrap();
        assert!(div.contains(&"data-*") && div.contains(&"className"));
    }
}
