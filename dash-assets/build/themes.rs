//! The Bootstrap stylesheets `dash_bootstrap_components.themes` names, made to work offline.
//!
//! dbc's themes are CDN URLs of bootstrap@5.3.6 and bootswatch@5.3.6; we embed the same files
//! from npm. Most bootswatch themes start with an `@import` of Google Fonts, which an offline
//! page cannot reach (the browser would log a failed request and wait for it); the import is
//! dropped, so such themes fall back to their next font-family (the system sans-serif).

use crate::manifest::Source;
use std::fs;
use std::path::Path;

/// Bootstrap's version, as the theme URLs of dash-bootstrap-components 2.0.4 pin it.
pub const BOOTSTRAP_VERSION: &str = "5.3.6";

/// The bootswatch themes dash-bootstrap-components 2.0.4 lists, by folder name.
pub const BOOTSWATCH: &[&str] = &[
    "cerulean",
    "cosmo",
    "cyborg",
    "darkly",
    "flatly",
    "journal",
    "litera",
    "lumen",
    "lux",
    "materia",
    "minty",
    "morph",
    "pulse",
    "quartz",
    "sandstone",
    "simplex",
    "sketchy",
    "slate",
    "solar",
    "spacelab",
    "superhero",
    "united",
    "vapor",
    "yeti",
    "zephyr",
];

/// Every theme stylesheet, rewritten into `$OUT_DIR/themes/` where needed, as sources of the
/// `dash_bootstrap_components` namespace under `themes/`.
pub fn sources(modules: &Path, out_dir: &Path) -> Vec<Source> {
    let mut files = vec![
        (
            "bootstrap/dist/css/bootstrap.min.css".to_owned(),
            "bootstrap/bootstrap.min.css".to_owned(),
        ),
        (
            "bootstrap/dist/css/bootstrap-grid.min.css".to_owned(),
            "grid/bootstrap-grid.min.css".to_owned(),
        ),
    ];
    files.extend(BOOTSWATCH.iter().map(|theme| {
        (
            format!("bootswatch/dist/{theme}/bootstrap.min.css"),
            format!("{theme}/bootstrap.min.css"),
        )
    }));
    files
        .into_iter()
        .map(|(npm, path)| {
            let original = crate::npm::read(&modules.join(&npm));
            let css = String::from_utf8(original).expect("theme CSS is UTF-8");
            let file = out_dir.join("themes").join(&path);
            let offline = without_remote_imports(&css);
            fs::create_dir_all(file.parent().expect("theme file has a folder")).expect("mkdir");
            // Rewrite only on change, so the encoder's stamps stay valid on no-op reruns.
            if fs::read_to_string(&file).ok().as_deref() != Some(offline.as_str()) {
                crate::npm::write(&file, offline.as_bytes());
            }
            Source {
                namespace: "dash_bootstrap_components",
                path: format!("themes/{path}"),
                file,
                version: BOOTSTRAP_VERSION,
            }
        })
        .collect()
}

/// The stylesheet without its `@import url(http...)` rules.
fn without_remote_imports(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("@import url(http") {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let end = tail.find(");").map_or(tail.len(), |i| i + 2);
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}
