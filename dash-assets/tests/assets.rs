//! Checks the generated table against the files Dash serves (protocol §2.4, §12).

use dash_assets::{all, find, is_fingerprinted, unfingerprint, Asset};
use std::io::Read;

/// Files a default Dash page loads or lazy-loads, plus the dev-bundle variants.
const CORE: &[(&str, &str)] = &[
    ("dash", "deps/polyfill@7.12.1.min.js"),
    ("dash", "deps/react@18.3.1.min.js"),
    ("dash", "deps/react@18.3.1.js"),
    ("dash", "deps/react-dom@18.3.1.min.js"),
    ("dash", "deps/react-dom@18.3.1.js"),
    ("dash", "deps/prop-types@15.8.1.min.js"),
    ("dash", "deps/prop-types@15.8.1.js"),
    ("dash", "dash-renderer/build/dash_renderer.min.js"),
    ("dash", "dash-renderer/build/dash_renderer.dev.js"),
    ("dash", "dash-renderer/build/dash-ws-worker.js"),
    ("dash", "dcc/dash_core_components.js"),
    ("dash", "dcc/dash_core_components.js.map"),
    ("dash", "dcc/dash_core_components-shared.js"),
    ("dash", "dcc/dash_core_components-shared.js.map"),
    ("dash", "dcc/proptypes.js"),
    ("dash", "dcc/async-datepicker.js"),
    ("dash", "dcc/async-dropdown.js"),
    ("dash", "dcc/async-graph.js"),
    ("dash", "dcc/async-graph.js.map"),
    ("dash", "dcc/async-highlight.js"),
    ("dash", "dcc/async-markdown.js"),
    ("dash", "dcc/async-mathjax.js"),
    ("dash", "dcc/async-slider.js"),
    ("dash", "dcc/async-upload.js"),
    ("dash", "html/dash_html_components.min.js"),
    ("dash", "html/dash_html_components.min.js.map"),
    ("dash", "dash_table/bundle.js"),
    ("dash", "dash_table/bundle.js.map"),
    ("dash", "dash_table/async-export.js"),
    ("dash", "dash_table/async-highlight.js"),
    ("dash", "dash_table/async-table.js"),
    ("dash", "dash_table/async-table.js.map"),
    ("plotly", "package_data/plotly.min.js"),
];

fn sha1_hex(bytes: &[u8]) -> String {
    sha1_smol::Sha1::from(bytes).digest().to_string()
}

#[test]
fn finds_every_core_file() {
    for &(namespace, path) in CORE {
        let asset = find(namespace, path).unwrap_or_else(|| panic!("{namespace}/{path}"));
        assert_eq!((asset.namespace, asset.path), (namespace, path));
        assert!(!asset.identity.is_empty(), "{path} is empty");
    }
}

#[test]
fn rejects_unknown_and_escaping_paths() {
    for (namespace, path) in [
        ("dash", "../x"),
        ("dash", "../Cargo.toml"),
        ("dash", "dcc/../deps/react@18.3.1.min.js"),
        ("dash", "/deps/react@18.3.1.min.js"),
        ("dash", "deps/react@18.v4_4_1m0123456789.3.1.min.js"), // fingerprinted: unfingerprint first
        ("dash", "package_data/plotly.min.js"),                 // wrong namespace
        ("plotly", "deps/react@18.3.1.min.js"),
        ("nope", "dcc/async-graph.js"),
        ("dash", ""),
    ] {
        assert!(find(namespace, path).is_none(), "{namespace}/{path}");
    }
}

#[test]
fn table_is_sorted_and_unique() {
    for pair in all().windows(2) {
        assert!(
            (pair[0].namespace, pair[0].path) < (pair[1].namespace, pair[1].path),
            "{} !< {}",
            pair[0].path,
            pair[1].path
        );
    }
    for asset in all() {
        assert!(std::ptr::eq(
            find(asset.namespace, asset.path).unwrap(),
            asset
        ));
    }
}

#[test]
fn etag_is_quoted_sha1_of_identity() {
    for asset in all() {
        assert_eq!(
            asset.etag,
            format!("\"{}\"", sha1_hex(asset.identity)),
            "{}",
            asset.path
        );
    }
}

#[test]
fn fingerprint_has_version_and_content_hash() {
    let dash_v = format!("v{}m", dash_assets::DASH_VERSION.replace('.', "_"));
    let plotly_v = format!("v{}m", dash_assets::PLOTLY_JS_VERSION.replace('.', "_"));
    for asset in all() {
        let expected_version = match asset.path.split('/').next().unwrap() {
            "deps" | "dash-renderer" | "dcc" | "html" => dash_v.as_str(),
            "dash_table" => "v7_4_1m",
            "package_data" => plotly_v.as_str(),
            "_components" => "v2_0_4m",
            "themes" if asset.path.starts_with("themes/fonts/") => "v5_3_0m",
            "themes" => "v5_3_6m",
            other => panic!("unexpected folder {other}"),
        };
        let hash = &sha1_hex(asset.identity)[..10];
        assert_eq!(
            asset.fingerprint,
            format!("{expected_version}{hash}"),
            "{}",
            asset.path
        );
    }
}

#[test]
fn fingerprinted_paths_round_trip() {
    for asset in all() {
        let marked = asset.fingerprinted_path();
        assert!(is_fingerprinted(&marked), "{marked}");
        assert!(!is_fingerprinted(asset.path), "{}", asset.path);
        assert_eq!(unfingerprint(&marked), asset.path);
        assert_eq!(unfingerprint(asset.path), asset.path);
    }
    let react = find("dash", "deps/react@18.3.1.min.js").unwrap();
    assert_eq!(
        react.fingerprinted_path(),
        format!("deps/react@18.{}.3.1.min.js", react.fingerprint)
    );
    let plotly = find("plotly", "package_data/plotly.min.js").unwrap();
    assert_eq!(
        plotly.fingerprinted_path(),
        format!("package_data/plotly.{}.min.js", plotly.fingerprint)
    );
}

#[test]
fn content_types_follow_the_extension() {
    for asset in all() {
        let expected = match asset.path.rsplit('.').next().unwrap() {
            "js" => "text/javascript; charset=utf-8",
            "map" => "application/json",
            "css" => "text/css; charset=utf-8",
            "woff2" => "font/woff2",
            other => panic!("unexpected extension {other} on {}", asset.path),
        };
        assert_eq!(asset.content_type, expected, "{}", asset.path);
    }
}

fn check_decodes(asset: &Asset) {
    let mut gunzipped = Vec::new();
    flate2::read::GzDecoder::new(asset.gzip)
        .read_to_end(&mut gunzipped)
        .expect("valid gzip");
    assert!(
        gunzipped == asset.identity,
        "gzip of {} differs",
        asset.path
    );
    let mut unbrotlied = Vec::new();
    brotli::Decompressor::new(asset.brotli, 64 * 1024)
        .read_to_end(&mut unbrotlied)
        .expect("valid brotli");
    assert!(
        unbrotlied == asset.identity,
        "brotli of {} differs",
        asset.path
    );
    // Fonts are compressed already; the server sends them as they are.
    if !asset.path.ends_with(".woff2") {
        assert!(asset.gzip.len() < asset.identity.len(), "{}", asset.path);
        assert!(asset.brotli.len() < asset.identity.len(), "{}", asset.path);
    }
}

#[test]
fn compressed_bytes_decode_to_identity() {
    // All ~28 MB take a few seconds to decode; that's the point of the test.
    for asset in all() {
        check_decodes(asset);
    }
}

/// The embedded Bootstrap stylesheets (dash-runtime's `themes::ALL` holds them to dbc's list).
fn bootstrap_themes() -> Vec<&'static Asset> {
    all()
        .iter()
        .filter(|a| a.namespace == "dash_bootstrap_components" && a.path.ends_with(".css"))
        .collect()
}

/// The `url(...)` references of a stylesheet.
fn urls(css: &str) -> Vec<&str> {
    css.split("url(")
        .skip(1)
        .filter_map(|rest| rest.split_once(')'))
        .map(|(url, _)| url.trim_matches(['"', '\'']))
        .collect()
}

#[test]
fn bootstrap_components_and_the_themes_are_embedded() {
    let bundle = find(
        "dash_bootstrap_components",
        "_components/dash_bootstrap_components.min.js",
    )
    .expect("the dbc bundle");
    // The bundle registers itself on `window` under its namespace.
    let text = String::from_utf8_lossy(bundle.identity);
    assert!(text.contains("dash_bootstrap_components"));
    // Bootstrap, its grid, and the 25 bootswatch themes of dbc 2.0.4.
    assert_eq!(bootstrap_themes().len(), 27);
    for theme in bootstrap_themes() {
        let css = std::str::from_utf8(theme.identity).expect("UTF-8 CSS");
        assert!(
            css.contains("Bootstrap"),
            "{} is not a Bootstrap build",
            theme.path
        );
    }
}

#[test]
fn themes_reach_for_nothing_on_the_internet() {
    for theme in bootstrap_themes() {
        let css = std::str::from_utf8(theme.identity).unwrap();
        assert!(!css.contains("@import"), "{} still imports", theme.path);
        for url in urls(css).into_iter().filter(|u| !u.starts_with("data:")) {
            // Every font a theme loads is embedded, at the fingerprinted URL it names.
            let font = url
                .strip_prefix("../fonts/")
                .unwrap_or_else(|| panic!("{} loads {url}", theme.path));
            let path = format!("themes/fonts/{}", unfingerprint(font));
            let asset = find("dash_bootstrap_components", &path)
                .unwrap_or_else(|| panic!("{} loads {url}, not embedded", theme.path));
            assert_eq!(asset.fingerprinted_path(), format!("themes/fonts/{font}"));
        }
    }
}

#[test]
fn themes_get_the_web_fonts_they_asked_google_for() {
    // DARKLY imported `Lato:ital,wght@0,400;0,700;1,400`.
    let darkly = find(
        "dash_bootstrap_components",
        "themes/darkly/bootstrap.min.css",
    )
    .unwrap();
    let css = std::str::from_utf8(darkly.identity).unwrap();
    let faces: Vec<&str> = css.matches("@font-face{").collect();
    assert_eq!(faces.len(), 3, "{}", &css[..600]);
    for face in [
        "font-family:'Lato';font-style:normal;font-weight:400",
        "font-family:'Lato';font-style:normal;font-weight:700",
        "font-family:'Lato';font-style:italic;font-weight:400",
    ] {
        assert!(css.contains(face), "{face} missing");
    }
    let font = find(
        "dash_bootstrap_components",
        "themes/fonts/lato-latin-400-normal.woff2",
    )
    .expect("Lato regular");
    assert_eq!(&font.identity[..4], b"wOF2");
    // Bootstrap's own theme uses the system font stack and loads nothing.
    let plain = find(
        "dash_bootstrap_components",
        "themes/bootstrap/bootstrap.min.css",
    )
    .unwrap();
    assert!(urls(std::str::from_utf8(plain.identity).unwrap())
        .iter()
        .all(|u| u.starts_with("data:")));
}

#[test]
fn favicon_is_an_ico() {
    let ico = dash_assets::FAVICON;
    // ICONDIR: reserved 0, type 1 (icon), at least one image.
    assert_eq!(&ico[..4], &[0, 0, 1, 0]);
    let count = u16::from_le_bytes([ico[4], ico[5]]);
    assert!(count >= 1);
    // Each directory entry's image must lie inside the file.
    for i in 0..usize::from(count) {
        let entry = &ico[6 + 16 * i..6 + 16 * (i + 1)];
        let size = u32::from_le_bytes(entry[8..12].try_into().unwrap()) as usize;
        let offset = u32::from_le_bytes(entry[12..16].try_into().unwrap()) as usize;
        assert!(size > 0 && offset + size <= ico.len());
    }
}
