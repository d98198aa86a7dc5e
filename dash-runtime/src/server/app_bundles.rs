//! The JS bundles an app carries itself (custom component packages), fingerprinted and served
//! beside the embedded front end under `/_dash-component-suites/<namespace>/`.

use crate::packages::{ComponentPackage, Script};
use sha2::{Digest, Sha256};

/// The app's own bundles, hashed once at startup.
#[derive(Debug, Default)]
pub struct AppBundles {
    bundles: Vec<ServedBundle>,
}

/// One bundle, ready to serve.
#[derive(Debug)]
pub struct ServedBundle {
    /// The package's namespace: the URL folder.
    pub namespace: &'static str,
    /// The file name without fingerprint.
    pub file: &'static str,
    /// The script.
    pub source: &'static [u8],
    /// `v<version>m<hash>`, as Dash marks package files (with a content hash for the mtime).
    pub fingerprint: String,
    /// The quoted SHA-256 of the source.
    pub etag: String,
}

impl AppBundles {
    /// Every [`Script::Bundle`] of `packages`.
    pub fn new(packages: &[&'static ComponentPackage]) -> Self {
        let bundles = packages
            .iter()
            .flat_map(|package| {
                package
                    .scripts
                    .iter()
                    .filter_map(move |script| match script {
                        Script::Bundle(bundle) => Some((package, bundle)),
                        Script::Embedded(_) => None,
                    })
            })
            .map(|(package, bundle)| {
                let hash = hex::encode(Sha256::digest(bundle.source));
                let version: String = package
                    .version
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() || c == '-' {
                            c
                        } else {
                            '_'
                        }
                    })
                    .collect();
                ServedBundle {
                    namespace: package.namespace,
                    file: bundle.file,
                    source: bundle.source,
                    fingerprint: format!("v{version}m{}", &hash[..10]),
                    etag: format!("\"{hash}\""),
                }
            })
            .collect();
        Self { bundles }
    }

    /// The bundle `file` of `namespace`, if the app carries it.
    pub fn find(&self, namespace: &str, file: &str) -> Option<&ServedBundle> {
        self.bundles
            .iter()
            .find(|b| b.namespace == namespace && b.file == file)
    }
}

impl ServedBundle {
    /// The fingerprinted URL the page loads it from, for an app whose browser-side prefix is
    /// `prefix` (`/` at the root).
    pub fn url(&self, prefix: &str) -> String {
        format!(
            "{prefix}_dash-component-suites/{}/{}",
            self.namespace,
            dash_assets::fingerprint(self.file, &self.fingerprint)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packages::Bundle;

    const WIDGETS: ComponentPackage = ComponentPackage {
        namespace: "widgets",
        version: "1.2.0-rc.1",
        scripts: &[Script::Bundle(Bundle {
            file: "widgets.min.js",
            source: b"window.widgets = {};",
        })],
        children_props: &[],
    };

    #[test]
    fn bundles_are_fingerprinted_by_version_and_content() {
        let bundles = AppBundles::new(&[&WIDGETS, &crate::packages::bootstrap::PACKAGE]);
        let widget = bundles
            .find("widgets", "widgets.min.js")
            .expect("the bundle");
        assert!(
            widget.fingerprint.starts_with("v1_2_0-rc_1m"),
            "{}",
            widget.fingerprint
        );
        let url = widget.url("/");
        assert!(url.starts_with("/_dash-component-suites/widgets/widgets.v1_2_0-rc_1m"));
        let file = url.rsplit('/').next().unwrap();
        assert_eq!(dash_assets::unfingerprint(file), "widgets.min.js");
        // Embedded scripts are the front end's, not the app's.
        assert!(bundles
            .find(
                "dash_bootstrap_components",
                "_components/dash_bootstrap_components.min.js"
            )
            .is_none());
        assert!(bundles.find("widgets", "other.js").is_none());
    }
}
