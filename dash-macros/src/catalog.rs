//! The components the macros check against: the official ones (`dash-validation`'s catalog)
//! and those the crate declares itself with `component_builder!`.

use crate::scan::ScannedComponent;
use dash_validation::{catalog, Catalog, Kinds};

/// The official catalog, and the app's own components on top.
#[derive(Clone, Copy, Debug)]
pub struct AppCatalog<'a> {
    own: &'a [ScannedComponent],
}

impl<'a> AppCatalog<'a> {
    /// The official components only (when the crate could not be scanned).
    pub const OFFICIAL: AppCatalog<'static> = AppCatalog { own: &[] };

    /// The official components and `own`.
    pub fn new(own: &'a [ScannedComponent]) -> Self {
        Self { own }
    }

    /// The namespace of the app's own component type `name`, when the crate declares one.
    pub fn own_namespace(&self, name: &str) -> Option<&'a str> {
        self.own
            .iter()
            .find(|c| c.name == name)
            .map(|c| c.namespace.as_str())
    }
}

impl Catalog for AppCatalog<'_> {
    fn props(&self, namespace: Option<&str>, component: &str) -> Option<&[&'static str]> {
        catalog::dash().props(namespace, component).or_else(|| {
            self.own
                .iter()
                .find(|c| c.name == component && Some(c.namespace.as_str()) == namespace)
                .map(|c| c.props.as_slice())
        })
    }

    fn kinds(&self, namespace: Option<&str>, component: &str, property: &str) -> Option<Kinds> {
        catalog::dash()
            .kinds(namespace, component, property)
            .or_else(|| {
                let own = self
                    .own
                    .iter()
                    .find(|c| c.name == component && Some(c.namespace.as_str()) == namespace)?;
                own.kinds
                    .iter()
                    .find(|(name, _)| *name == property)
                    .map(|(_, kinds)| *kinds)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_apps_components_join_the_official_ones() {
        let own = [ScannedComponent {
            name: "Counter".into(),
            namespace: "counters".into(),
            props: vec!["count", "id"],
            kinds: vec![("count", Kinds::NUMBER)],
        }];
        let catalog = AppCatalog::new(&own);
        assert_eq!(catalog.own_namespace("Counter"), Some("counters"));
        assert_eq!(
            catalog.props(Some("counters"), "Counter"),
            Some(&["count", "id"][..])
        );
        assert!(catalog.props(Some("other"), "Counter").is_none());
        assert!(catalog
            .props(Some("dash_core_components"), "Dropdown")
            .is_some());
        assert_eq!(
            catalog.kinds(Some("counters"), "Counter", "count"),
            Some(Kinds::NUMBER)
        );
        assert!(catalog.kinds(Some("counters"), "Counter", "id").is_none());
        assert!(AppCatalog::OFFICIAL.own_namespace("Counter").is_none());
    }
}
