//! Typed builders for the official component packages, generated from Dash's metadata by
//! `dash-codegen` (`generated/`), with the hand-made value types dcc's props use where the
//! metadata types them loosely (`dcc`'s `values/`).

pub mod dash_table;
pub mod dcc;
pub mod html;

#[cfg(test)]
mod completeness;

/// The official props of each component of `namespace` (type name → sorted prop names), for the
/// tests that hold the builders to Dash's metadata.
#[cfg(test)]
fn metadata_props(namespace: &str) -> Vec<(String, Vec<String>)> {
    let mut found: Vec<(String, Vec<String>)> = dash_validation::catalog::dash()
        .components()
        .filter(|(ns, _)| *ns == namespace)
        .map(|(ns, name)| {
            use dash_validation::Catalog;
            let props = dash_validation::catalog::dash()
                .props(Some(ns), name)
                .unwrap_or_default();
            let mut props: Vec<String> = props.iter().map(|p| (*p).to_owned()).collect();
            props.sort();
            (name.to_owned(), props)
        })
        .collect();
    found.sort();
    found
}
