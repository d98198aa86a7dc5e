//! Which npm files become which Dash package-relative paths.

use crate::pypi::Pin;
use std::fs;
use std::path::{Path, PathBuf};

/// Dash's own version: Dash fingerprints `deps/` and `dash-renderer/` with it.
const DASH_VERSION: &str = "4.4.1";

/// npm packages and the exact versions dash-assets/npm/package.json pins.
const PINS: &[(&str, &str)] = &[
    ("@babel/polyfill", "7.12.1"),
    ("react", "18.3.1"),
    ("react-dom", "18.3.1"),
    ("prop-types", "15.8.1"),
    ("dash-renderer", "3.4.1"),
    ("dash-core-components", "4.4.1"),
    ("dash-html-components", "4.4.1"),
    ("dash-table", "7.4.1"),
    ("plotly.js-dist-min", "4.1.1"),
    ("bootstrap", crate::themes::BOOTSTRAP_VERSION),
    ("bootswatch", crate::themes::BOOTSTRAP_VERSION),
];

/// Files taken from the wheels of `pypi/requirements.txt`: (distribution file stem, wheel
/// member, namespace, asset path). Paths are the ones Python Dash serves them under.
#[rustfmt::skip]
const WHEEL_FILES: &[(&str, &str, &str, &str)] = &[
    (
        "dash_bootstrap_components",
        "dash_bootstrap_components/_components/dash_bootstrap_components.min.js",
        "dash_bootstrap_components",
        "_components/dash_bootstrap_components.min.js",
    ),
];

/// Single files: (npm file, namespace, asset path, fingerprint version).
#[rustfmt::skip]
const FILES: &[(&str, &str, &str, &str)] = &[
    ("@babel/polyfill/dist/polyfill.min.js", "dash", "deps/polyfill@7.12.1.min.js", DASH_VERSION),
    ("react/umd/react.production.min.js", "dash", "deps/react@18.3.1.min.js", DASH_VERSION),
    ("react/umd/react.development.js", "dash", "deps/react@18.3.1.js", DASH_VERSION),
    ("react-dom/umd/react-dom.production.min.js", "dash", "deps/react-dom@18.3.1.min.js", DASH_VERSION),
    ("react-dom/umd/react-dom.development.js", "dash", "deps/react-dom@18.3.1.js", DASH_VERSION),
    ("prop-types/prop-types.min.js", "dash", "deps/prop-types@15.8.1.min.js", DASH_VERSION),
    ("prop-types/prop-types.js", "dash", "deps/prop-types@15.8.1.js", DASH_VERSION),
    ("plotly.js-dist-min/plotly.min.js", "plotly", "package_data/plotly.min.js", "4.1.1"),
];

/// Whole folders, namespace `dash`: (npm folder, asset prefix, fingerprint version).
/// Every `.js`/`.map`/`.css` file in them is embedded.
const DIRS: &[(&str, &str, &str)] = &[
    ("dash-renderer/build", "dash-renderer/build", DASH_VERSION),
    ("dash-core-components/dash_core_components", "dcc", "4.4.1"),
    ("dash-html-components/dash_html_components", "html", "4.4.1"),
    ("dash-table/dash_table", "dash_table", "7.4.1"),
];

/// Files a Dash page loads or lazy-loads; the build fails if one is missing.
/// (Source maps are embedded when the packages ship them, but not required:
/// dash-renderer 3.4.1 on npm ships none.)
const REQUIRED: &[&str] = &[
    "dash-renderer/build/dash_renderer.min.js",
    "dash-renderer/build/dash_renderer.dev.js",
    "dash-renderer/build/dash-ws-worker.js",
    "dcc/dash_core_components.js",
    "dcc/dash_core_components-shared.js",
    "dcc/proptypes.js",
    "dcc/async-datepicker.js",
    "dcc/async-dropdown.js",
    "dcc/async-graph.js",
    "dcc/async-highlight.js",
    "dcc/async-markdown.js",
    "dcc/async-mathjax.js",
    "dcc/async-slider.js",
    "dcc/async-upload.js",
    "html/dash_html_components.min.js",
    "dash_table/bundle.js",
    "dash_table/async-export.js",
    "dash_table/async-highlight.js",
    "dash_table/async-table.js",
];

/// One file to embed.
pub struct Source {
    pub namespace: &'static str,
    pub path: String,
    pub file: PathBuf,
    /// Package version as it appears in the fingerprint (before sanitising).
    pub version: &'static str,
}

/// All files to embed, sorted by (namespace, path) so the runtime can binary-search.
pub fn collect(modules: &Path, wheels: &Path, pins: &[Pin], out_dir: &Path) -> Vec<Source> {
    for (package, version) in PINS {
        crate::npm::check_version(modules, package, version);
    }
    let mut sources: Vec<Source> = FILES
        .iter()
        .map(|&(npm, namespace, path, version)| Source {
            namespace,
            path: path.to_string(),
            file: modules.join(npm),
            version,
        })
        .collect();
    for &(dir, prefix, version) in DIRS {
        sources.extend(folder(&modules.join(dir), prefix, version));
    }
    sources.extend(crate::themes::sources(modules, out_dir));
    for &(stem, member, namespace, path) in WHEEL_FILES {
        let pin = pins
            .iter()
            .find(|pin| pin.file_stem == stem)
            .unwrap_or_else(|| panic!("dash-assets: pypi/requirements.txt does not pin {stem}"));
        sources.push(Source {
            namespace,
            path: path.to_owned(),
            file: crate::pypi::unpack(wheels, pin, member, out_dir),
            version: leak(&pin.version),
        });
    }
    sources.sort_by(|a, b| (a.namespace, &a.path).cmp(&(b.namespace, &b.path)));
    check_complete(&sources);
    sources
}

/// A build script runs once; leaking the few pinned version strings keeps `Source` borrowed.
fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

fn folder(dir: &Path, prefix: &str, version: &'static str) -> Vec<Source> {
    let entries = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("expected npm folder {} is missing: {e}", dir.display()));
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.expect("read_dir entry");
        let name = entry.file_name().into_string().expect("UTF-8 file name");
        if !entry.file_type().expect("file type").is_file() {
            continue;
        }
        if content_type(&name).is_none() {
            println!(
                "cargo:warning=dash-assets: skipping {}/{name}",
                dir.display()
            );
            continue;
        }
        out.push(Source {
            namespace: "dash",
            path: format!("{prefix}/{name}"),
            file: entry.path(),
            version,
        });
    }
    out
}

/// Fails loudly on a missing core file or a duplicate path.
fn check_complete(sources: &[Source]) {
    for s in sources {
        if !s.file.is_file() {
            panic!("npm file {} (for {}) is missing", s.file.display(), s.path);
        }
    }
    for required in REQUIRED {
        if !sources
            .iter()
            .any(|s| s.namespace == "dash" && s.path == *required)
        {
            panic!("dash-assets: core file {required} not found in the npm packages");
        }
    }
    for pair in sources.windows(2) {
        if (pair[0].namespace, &pair[0].path) == (pair[1].namespace, &pair[1].path) {
            panic!("dash-assets: duplicate asset {}", pair[0].path);
        }
    }
}

/// Content type as Python's `mimetypes` gives it to Dash; `None` = not embedded.
pub fn content_type(name: &str) -> Option<&'static str> {
    let ext = name.rsplit_once('.')?.1;
    match ext {
        "js" => Some("text/javascript; charset=utf-8"),
        "map" => Some("application/json"),
        "css" => Some("text/css; charset=utf-8"),
        "woff2" => Some("font/woff2"),
        _ => None,
    }
}
