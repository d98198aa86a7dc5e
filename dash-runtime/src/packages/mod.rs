//! Component packages beyond the three every Dash page loads (dcc, html, dash_table): the JS
//! bundles a namespace needs and the props of its components that hold components.
//!
//! Python Dash loads a package's bundle once the package is imported; here an app loads one
//! when its layout (or validation layout) uses the package's namespace, or when it asks with
//! [`Dash::component_package`](crate::server::Dash::component_package) (for components that
//! only callbacks create).

pub mod bootstrap;

use serde_json::Value;

/// A JS namespace the renderer can build components from, and how to load it.
///
/// Your own components: write (or build) their bundle, which sets
/// `window.<namespace> = {TypeName: ReactComponent, ...}`, embed it with `include_bytes!`,
/// declare builders with [`component_builder!`](crate::component_builder), and register the
/// package with [`Dash::component_package`](crate::server::Dash::component_package):
///
/// ```
/// use dash_runtime::component_builder;
/// use dash_runtime::packages::{Bundle, ComponentPackage, Script};
///
/// const GAUGES: ComponentPackage = ComponentPackage {
///     namespace: "gauges",
///     version: "1.0.0",
///     scripts: &[Script::Bundle(Bundle {
///         file: "gauges.min.js",
///         source: b"window.gauges = {Dial: function (props) { return null; }};",
///     })],
///     children_props: &[],
/// };
///
/// component_builder! {
///     /// A dial from the `gauges` bundle.
///     Dial in "gauges" {
///         /// The needle's position.
///         value("value"): f64,
///     }
/// }
///
/// let app = dash_runtime::server::Dash::new()
///     .layout(Dial::new().value(0.5))
///     .component_package(&GAUGES);
/// # let _ = app;
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct ComponentPackage {
    /// The namespace components name on the wire (`"dash_bootstrap_components"`).
    pub namespace: &'static str,
    /// The package's version; it goes into the scripts' cache-busting fingerprints.
    pub version: &'static str,
    /// What the page loads for the package, in order.
    pub scripts: &'static [Script],
    /// Per component type, its props other than `children` that hold components (the
    /// renderer's `children_props`).
    pub children_props: &'static [(&'static str, &'static [&'static str])],
}

/// One script of a [`ComponentPackage`], served at
/// `/_dash-component-suites/<namespace>/<file>` like Dash's own bundles.
#[derive(Debug, PartialEq, Eq)]
pub enum Script {
    /// A file of the front end this crate embeds (see `dash_assets::find`).
    Embedded(&'static str),
    /// A bundle the app carries itself.
    Bundle(Bundle),
}

/// JavaScript an app embeds in its own binary (typically with `include_bytes!`).
#[derive(Debug, PartialEq, Eq)]
pub struct Bundle {
    /// The file name in the URL, e.g. `my_components.min.js`.
    pub file: &'static str,
    /// The script's source.
    pub source: &'static [u8],
}

/// The optional packages this crate embeds, so layouts can be matched against them.
pub const EMBEDDED: &[&ComponentPackage] = &[&bootstrap::PACKAGE];

/// The embedded packages whose namespace appears anywhere in a layout's JSON, in
/// [`EMBEDDED`] order.
pub fn used_by(layout: &Value) -> Vec<&'static ComponentPackage> {
    let mut namespaces = Vec::new();
    collect_namespaces(layout, &mut namespaces);
    EMBEDDED
        .iter()
        .copied()
        .filter(|package| namespaces.contains(&package.namespace))
        .collect()
}

fn collect_namespaces<'a>(value: &'a Value, found: &mut Vec<&'a str>) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::String(namespace)), Some(_)) =
                (map.get("namespace"), map.get("type"))
            {
                if !found.contains(&namespace.as_str()) {
                    found.push(namespace);
                }
            }
            map.values().for_each(|v| collect_namespaces(v, found));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_namespaces(v, found)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_namespace_anywhere_in_the_tree_selects_its_package() {
        let component = |namespace: &str, props: Value| json!({"props": props, "type": "X", "namespace": namespace});
        let plain = component("dash_html_components", json!({"children": "hi"}));
        assert!(used_by(&plain).is_empty());
        // Deep inside a component-valued prop of a list of roots.
        let nested = json!([
            plain,
            component(
                "dash_core_components",
                json!({"label": component("dash_bootstrap_components", json!({}))})
            )
        ]);
        assert_eq!(used_by(&nested), vec![&bootstrap::PACKAGE]);
        // A prop that merely says "namespace" is not a component.
        let lookalike = component(
            "dash_html_components",
            json!({"title": {"namespace": "dash_bootstrap_components"}}),
        );
        assert!(used_by(&lookalike).is_empty());
    }
}
