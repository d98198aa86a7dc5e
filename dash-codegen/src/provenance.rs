//! Who publishes a package and which release its metadata comes from, for the wording of the
//! generated docs: Dash's own packages say "Dash 4.4.1", dash-bootstrap-components says whose it
//! is (its metadata is read from its Python classes by `dash-codegen/extract_dbc.py`, not from a
//! `metadata.json`).

use crate::metadata::Component;
use crate::packages::Package;

/// The words the generated docs use for a package's origin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Provenance {
    /// Who defines the props and their defaults: `Dash`, `dbc`.
    pub owner: &'static str,
    /// The release the metadata was read from: `Dash 4.4.1`.
    pub release: &'static str,
    /// What the builders' docs call a component of the package, after "a component of".
    pub component_of: &'static str,
}

/// The provenance of `package`.
pub fn of(package: &Package) -> Provenance {
    match package.key {
        "dash_bootstrap_components" => Provenance {
            owner: "dbc",
            release: "dbc 2.0.4",
            component_of: "dash-bootstrap-components (Python's `dbc`)",
        },
        _ => Provenance {
            owner: "Dash",
            release: "Dash 4.4.1",
            component_of: "Dash's `{}` package",
        },
    }
}

impl Provenance {
    /// "a component of …" for `package`, its Python module filled in where the wording has one.
    pub fn component_of(&self, package: &Package) -> String {
        self.component_of.replace("{}", package.python)
    }
}

/// What stands for `{}` in `package.docs` for `component`: its lowercase name, or for dbc the
/// page that documents it.
pub fn docs_page(package: &Package, component: &Component) -> String {
    let own = (package.key == "dash_bootstrap_components")
        .then(|| crate::dbc::docs_page(&component.name))
        .flatten();
    own.map_or_else(|| component.name.to_lowercase(), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packages::PACKAGES;

    #[test]
    fn dash_packages_keep_their_wording_and_dbc_gets_its_own() {
        let by_key = |key: &str| {
            PACKAGES
                .iter()
                .find(|p| p.key == key)
                .expect("a known package")
        };
        let html = by_key("dash_html_components");
        assert_eq!(of(html).component_of(html), "Dash's `dash.html` package");
        assert_eq!(of(html).release, "Dash 4.4.1");
        let dbc = by_key("dash_bootstrap_components");
        assert_eq!(of(dbc).owner, "dbc");
        assert!(of(dbc)
            .component_of(dbc)
            .contains("dash-bootstrap-components"));
    }
}
