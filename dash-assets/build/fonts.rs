//! The web fonts bootswatch themes import from Google Fonts, embedded instead from the
//! @fontsource npm packages (the same font files, one package per family), so an offline
//! page shows each theme's own typeface.
//!
//! A theme's `@import url(https://fonts.googleapis.com/css2?family=Lato:ital,wght@0,400;...)`
//! becomes one `@font-face` rule per face it asks for, pointing at the embedded latin-subset
//! `.woff2` files by fingerprinted relative URLs.

use crate::manifest::Source;
use std::path::Path;

/// The @fontsource version every family is pinned at in `npm/package.json`.
pub const FONTSOURCE_VERSION: &str = "5.3.0";

/// Where the fonts sit, beside the theme folders (`themes/<theme>/bootstrap.min.css`).
const FONTS_DIR: &str = "themes/fonts";

/// One face of a family: what `@font-face` declares and the file that draws it.
#[derive(Debug, PartialEq)]
struct Face {
    family: String,
    weight: u32,
    italic: bool,
}

impl Face {
    /// @fontsource's package and file-name stem: `Nunito Sans` → `nunito-sans`.
    fn slug(&self) -> String {
        self.family.to_lowercase().replace(' ', "-")
    }

    fn file_name(&self) -> String {
        let style = if self.italic { "italic" } else { "normal" };
        format!("{}-latin-{}-{style}.woff2", self.slug(), self.weight)
    }
}

/// The faces a Google Fonts stylesheet URL asks for (the `css` and `css2` APIs).
fn faces(url: &str) -> Vec<Face> {
    let query = url.split_once('?').map_or("", |(_, q)| q);
    let mut found = Vec::new();
    for family in query
        .split('&')
        .filter_map(|param| param.strip_prefix("family="))
    {
        // css (v1) separates families with `|` and means weight 400 when none is given.
        for spec in family.split('|') {
            let spec = spec.replace('+', " ");
            let (name, axes) = spec.split_once(':').unwrap_or((&spec, ""));
            found.extend(faces_of(name, axes));
        }
    }
    found
}

/// `ital,wght@0,400;1,700` or `wght@300;400` (or nothing) → faces of `name`.
fn faces_of(name: &str, axes: &str) -> Vec<Face> {
    let face = |weight: u32, italic: bool| Face {
        family: name.to_owned(),
        weight,
        italic,
    };
    let Some((keys, tuples)) = axes.split_once('@') else {
        return vec![face(400, false)];
    };
    let italic_axis = keys.split(',').position(|key| key == "ital");
    let weight_axis = keys.split(',').position(|key| key == "wght");
    tuples
        .split(';')
        .map(|tuple| {
            let values: Vec<&str> = tuple.split(',').collect();
            let number = |axis: Option<usize>, default: u32| {
                axis.and_then(|i| values.get(i))
                    .map_or(default, |v| v.parse().expect("a Google Fonts axis value"))
            };
            face(number(weight_axis, 400), number(italic_axis, 0) == 1)
        })
        .collect()
}

/// A theme's CSS with each Google Fonts `@import` replaced by embedded `@font-face` rules,
/// and the font files those rules load.
pub fn localise(css: &str, modules: &Path) -> (String, Vec<Source>) {
    let mut out = String::with_capacity(css.len());
    let mut fonts = Vec::new();
    let mut rest = css;
    while let Some(start) = rest.find("@import url(") {
        out.push_str(&rest[..start]);
        let tail = &rest[start + "@import url(".len()..];
        let end = tail
            .find(");")
            .expect("an @import of a theme ends with `);`");
        let url = &tail[..end];
        assert!(
            url.starts_with("https://fonts.googleapis.com/"),
            "dash-assets: a theme imports {url}, which is not a Google Fonts stylesheet"
        );
        for face in faces(url) {
            let (rule, source) = font_face(&face, modules);
            out.push_str(&rule);
            if !fonts.iter().any(|f: &Source| f.path == source.path) {
                fonts.push(source);
            }
        }
        rest = &tail[end + 2..];
    }
    out.push_str(rest);
    (out, fonts)
}

fn font_face(face: &Face, modules: &Path) -> (String, Source) {
    let package = format!("@fontsource/{}", face.slug());
    crate::npm::check_version(modules, &package, FONTSOURCE_VERSION);
    let file = modules
        .join("@fontsource")
        .join(face.slug())
        .join("files")
        .join(face.file_name());
    let bytes = crate::npm::read(&file);
    let sha1 = sha1_smol::Sha1::from(&bytes).digest().to_string();
    let fingerprint = crate::encode::fingerprint(FONTSOURCE_VERSION, &sha1);
    let name = face.file_name();
    let (stem, extension) = name.split_once('.').expect("a .woff2 file name");
    let style = if face.italic { "italic" } else { "normal" };
    // Relative to `themes/<theme>/`, and fingerprinted like every other embedded URL.
    let rule = format!(
        "@font-face{{font-family:'{}';font-style:{style};font-weight:{};font-display:swap;\
         src:url(../fonts/{stem}.{fingerprint}.{extension}) format('woff2')}}",
        face.family, face.weight
    );
    let source = Source {
        namespace: "dash_bootstrap_components",
        path: format!("{FONTS_DIR}/{name}"),
        file,
        version: FONTSOURCE_VERSION,
    };
    (rule, source)
}
