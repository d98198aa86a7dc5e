//! The Bootstrap stylesheets `dash_bootstrap_components.themes` names, made to work offline.
//!
//! dbc's themes are CDN URLs of bootstrap@5.3.6 and bootswatch@5.3.6; we embed the same files
//! from npm. Most bootswatch themes start with an `@import` of Google Fonts, which an offline
//! page cannot reach; [`crate::fonts`] replaces it with the same faces, embedded.

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
    let mut sources = Vec::new();
    let mut fonts: Vec<Source> = Vec::new();
    for (npm, path) in files {
        let original = crate::npm::read(&modules.join(&npm));
        let css = String::from_utf8(original).expect("theme CSS is UTF-8");
        let (offline, theme_fonts) = crate::fonts::localise(&css, modules);
        let file = out_dir.join("themes").join(&path);
        fs::create_dir_all(file.parent().expect("theme file has a folder")).expect("mkdir");
        // Rewrite only on change, so the encoder's stamps stay valid on no-op reruns.
        if fs::read_to_string(&file).ok().as_deref() != Some(offline.as_str()) {
            crate::npm::write(&file, offline.as_bytes());
        }
        sources.push(Source {
            namespace: "dash_bootstrap_components",
            path: format!("themes/{path}"),
            file,
            version: BOOTSTRAP_VERSION,
        });
        for font in theme_fonts {
            if !fonts.iter().any(|known| known.path == font.path) {
                fonts.push(font);
            }
        }
    }
    sources.extend(fonts);
    sources
}
