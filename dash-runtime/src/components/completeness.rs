//! Every component and prop of the four metadata files (`dash-codegen/metadata/`, reduced from
//! the Dash 4.4.1 wheel and from dash-bootstrap-components 2.0.4's component classes) exists in
//! our API under its wire name, and in the catalog the macros check against.

use dash_validation::Catalog;
use serde_json::Value;

/// A module's `COMPONENTS`: each builder's type name and wire prop names.
type Builders = &'static [(&'static str, &'static [&'static str])];

/// Each package's namespace, its reduced metadata and the builders that must cover it.
const PACKAGES: &[(&str, &str, Builders)] = &[
    (
        "dash_html_components",
        include_str!("../../../dash-codegen/metadata/dash_html_components.json"),
        super::html::COMPONENTS,
    ),
    (
        "dash_core_components",
        include_str!("../../../dash-codegen/metadata/dash_core_components.json"),
        super::dcc::COMPONENTS,
    ),
    (
        "dash_table",
        include_str!("../../../dash-codegen/metadata/dash_table.json"),
        super::dash_table::COMPONENTS,
    ),
    (
        "dash_bootstrap_components",
        include_str!("../../../dash-codegen/metadata/dash_bootstrap_components.json"),
        crate::dbc::COMPONENTS,
    ),
];

/// Component name (the source file's stem) → sorted prop names, `setProps` left out.
fn metadata(text: &str) -> Vec<(String, Vec<String>)> {
    let metadata: Value = serde_json::from_str(text).expect("metadata parses");
    let mut components: Vec<(String, Vec<String>)> = metadata
        .as_object()
        .expect("an object of components")
        .iter()
        .map(|(source, component)| {
            let name = metadata_name(source);
            let mut props: Vec<String> = component["props"]
                .as_object()
                .expect("props")
                .keys()
                .filter(|name| *name != "setProps")
                .cloned()
                .collect();
            props.sort();
            (name, props)
        })
        .collect();
    components.sort();
    components
}

#[test]
fn every_component_and_prop_of_the_metadata_has_a_builder_and_a_catalog_entry() {
    let catalog = dash_validation::catalog::dash();
    for (namespace, text, builders) in PACKAGES {
        let expected = metadata(text);
        assert!(!expected.is_empty(), "{namespace} has components");
        for (component, props) in &expected {
            let (_, declared) = builders
                .iter()
                .find(|(name, _)| name == component)
                .unwrap_or_else(|| panic!("no builder for {namespace}.{component}"));
            let mut declared: Vec<&str> = declared.to_vec();
            declared.sort_unstable();
            assert_eq!(declared, *props, "props of {namespace}.{component}");
            let mut known: Vec<&str> = catalog
                .props(Some(namespace), component)
                .unwrap_or_else(|| panic!("{namespace}.{component} missing from the catalog"))
                .to_vec();
            known.sort_unstable();
            assert_eq!(known, *props, "catalog of {namespace}.{component}");
        }
        assert_eq!(builders.len(), expected.len(), "builders of {namespace}");
    }
    let cataloged = catalog.components().count();
    let documented: usize = PACKAGES
        .iter()
        .map(|(_, text, _)| metadata(text).len())
        .sum();
    assert_eq!(cataloged, documented, "the catalog has no other components");
}

/// The paths of a prop type's parts that hold components, as the renderer's `children_props`
/// names them (`options[].label`).
fn component_paths(ty: &Value, path: &str, found: &mut Vec<String>) {
    let value = &ty["value"];
    match ty["name"].as_str() {
        Some("node" | "element") => found.push(path.to_owned()),
        Some("arrayOf") if matches!(value["name"].as_str(), Some("node" | "element")) => {
            found.push(format!("{path}[]"));
        }
        Some("arrayOf") if value["name"] == "shape" => {
            for (member, ty) in value["value"].as_object().expect("members") {
                component_paths(ty, &format!("{path}[].{member}"), found);
            }
        }
        Some("shape" | "exact") => {
            for (member, ty) in value.as_object().expect("members") {
                component_paths(ty, &format!("{path}.{member}"), found);
            }
        }
        Some("union") => {
            for member in value.as_array().expect("members") {
                component_paths(member, path, found);
            }
        }
        Some("objectOf") => component_paths(value, &format!("{path}{{}}"), found),
        _ => {}
    }
}

#[test]
fn dbcs_children_props_are_the_props_its_metadata_says_hold_components() {
    let text = include_str!("../../../dash-codegen/metadata/dash_bootstrap_components.json");
    let metadata: Value = serde_json::from_str(text).expect("metadata parses");
    let mut derived: Vec<(String, Vec<String>)> = Vec::new();
    for (source, component) in metadata.as_object().expect("components") {
        let mut found = Vec::new();
        for (prop, entry) in component["props"].as_object().expect("props") {
            if prop != "children" {
                component_paths(&entry["type"], prop, &mut found);
            }
        }
        if !found.is_empty() {
            let name = metadata_name(source);
            derived.push((name, found));
        }
    }
    derived.sort();
    let declared: Vec<(String, Vec<String>)> = crate::packages::bootstrap::PACKAGE
        .children_props
        .iter()
        .map(|(name, props)| {
            let props = props.iter().map(|p| (*p).to_owned()).collect();
            ((*name).to_owned(), props)
        })
        .collect();
    assert_eq!(declared, derived);
    assert!(derived
        .iter()
        .any(|(name, props)| name == "Checklist" && props == &["options[].label".to_owned()]));
}

/// A component's name from its metadata key: `.../Checklist.py` → `Checklist`.
fn metadata_name(source: &str) -> String {
    let file = source.rsplit('/').next().unwrap_or(source);
    file.split('.').next().unwrap_or(file).to_owned()
}

#[test]
fn generated_setters_store_values_under_the_wire_name() {
    use crate::component::IntoComponent;
    use crate::dash_table::{Action, Column, DataTable};
    let table = DataTable::new()
        .page_action(Action::Native)
        .include_headers_on_copy_paste(true)
        .columns([Column::new("a", "A")])
        .into_component();
    assert_eq!(table.props()["page_action"], "native");
    assert_eq!(table.props()["include_headers_on_copy_paste"], true);
    assert_eq!(
        table.props()["columns"],
        serde_json::json!([{"id": "a", "name": "A"}])
    );
    assert_eq!(table.type_name(), "DataTable");
    assert_eq!(table.namespace(), "dash_table");
}

#[test]
fn generated_value_types_take_what_the_browser_sends_to_a_callback() {
    use crate::dash_table::{SortBy, SortDirection};
    let sort_by: Vec<SortBy> = serde_json::from_value(serde_json::json!([
        {"column_id": "pop", "direction": "desc"}
    ]))
    .expect("DataTable.sort_by as the renderer sends it");
    assert_eq!(sort_by[0].column_id, "pop");
    assert_eq!(sort_by[0].direction, SortDirection::Desc);
    assert!(serde_json::from_value::<Vec<SortBy>>(serde_json::json!([{"column_id": 3}])).is_err());
}
