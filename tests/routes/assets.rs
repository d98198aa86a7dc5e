//! External resources and the assets folder (§1.4, §1.5, §2.6).

use crate::helpers::{
    assert_mtime_query, assets, attribute, fixture, read_reply, script_srcs, stylesheet_hrefs,
    tags, unfingerprint, PRODUCTION_SCRIPTS,
};
use actix_web::http::StatusCode;
use actix_web::{test, App};
use dash::html;
use dash::prelude::*;
use dash::protocol::index::Resource;
use std::path::Path;

#[actix_web::test]
async fn external_resources_and_assets_are_included_in_dash_order() {
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(assets())
        .external_stylesheet("https://cdn.example.com/a.css")
        .external_stylesheet(Resource::Attributes(vec![
            ("rel".into(), "stylesheet".into()),
            ("href".into(), "https://cdn.example.com/b.css".into()),
            ("integrity".into(), "sha384-abc".into()),
            ("crossorigin".into(), "anonymous".into()),
        ]))
        .external_script("https://cdn.example.com/a.js")
        .external_script(Resource::Attributes(vec![
            ("src".into(), "https://cdn.example.com/b.js".into()),
            ("integrity".into(), "sha384-def".into()),
            ("crossorigin".into(), "anonymous".into()),
        ]))
        .layout(html::Div::new().id("root")));
    let page = get!(&app, "/").text();
    let head_end = page.find("</head>").unwrap();

    // CSS: external (both forms) first, then the assets in walk order; all in <head>.
    assert!(
        page.contains("<link rel=\"stylesheet\" href=\"https://cdn.example.com/a.css\">"),
        "{page}"
    );
    assert!(
        page.contains(
            "<link rel=\"stylesheet\" href=\"https://cdn.example.com/b.css\" \
             integrity=\"sha384-abc\" crossorigin=\"anonymous\">"
        ),
        "{page}"
    );
    let css = stylesheet_hrefs(&page);
    let css_plain: Vec<&str> = css.iter().map(|u| u.split('?').next().unwrap()).collect();
    assert_eq!(
        css_plain,
        [
            "https://cdn.example.com/a.css",
            "https://cdn.example.com/b.css",
            "/assets/style.css",
            "/assets/sub/b.css",
        ],
        "{page}"
    );
    assert_mtime_query(&css[2], &assets().join("style.css"));
    assert_mtime_query(&css[3], &assets().join("sub/b.css"));
    for href in &css {
        assert!(page.find(href.as_str()).unwrap() < head_end, "{href}");
    }

    // Scripts: React deps, external scripts, assets JS, then the renderer and the bundles.
    assert!(
        page.contains(
            "<script src=\"https://cdn.example.com/b.js\" integrity=\"sha384-def\" \
             crossorigin=\"anonymous\"></script>"
        ),
        "{page}"
    );
    assert!(
        page.contains("<script src=\"https://cdn.example.com/a.js\"></script>"),
        "{page}"
    );
    let srcs = script_srcs(&page);
    let plain: Vec<String> = srcs
        .iter()
        .map(|s| unfingerprint(s.split('?').next().unwrap()))
        .collect();
    let mut expected: Vec<&str> = PRODUCTION_SCRIPTS[..4].to_vec();
    expected.extend([
        "https://cdn.example.com/a.js",
        "https://cdn.example.com/b.js",
        "/assets/app.js",
        "/assets/mod.mjs",
    ]);
    expected.extend(&PRODUCTION_SCRIPTS[4..]);
    assert_eq!(plain, expected, "{page}");
    assert_mtime_query(&srcs[6], &assets().join("app.js"));
    assert_mtime_query(&srcs[7], &assets().join("mod.mjs"));

    // `.mjs` is a module; plain `.js` is not.
    let script_tags = tags(&page, "script");
    let tag_of = |needle: &str| {
        *script_tags
            .iter()
            .find(|t| t.contains(needle))
            .unwrap_or_else(|| panic!("no script {needle}"))
    };
    assert_eq!(
        attribute(tag_of("/assets/mod.mjs"), "type").as_deref(),
        Some("module")
    );
    assert_eq!(attribute(tag_of("/assets/app.js"), "type"), None);
    assert_eq!(
        attribute(tag_of("https://cdn.example.com/a.js"), "type"),
        None
    );

    // The favicon is the asset; notes.txt is served but not included.
    let icon = tags(&page, "link")
        .into_iter()
        .find(|t| attribute(t, "rel").as_deref() == Some("icon"))
        .expect("a favicon link");
    assert_eq!(attribute(icon, "type").as_deref(), Some("image/x-icon"));
    let href = attribute(icon, "href").unwrap();
    assert!(href.starts_with("/assets/favicon.ico?m="), "{href}");
    assert_mtime_query(&href, &assets().join("favicon.ico"));
    assert!(!page.contains("notes.txt"), "{page}");
    assert!(!page.contains("_favicon.ico"), "{page}");
}

#[actix_web::test]
async fn the_assets_walk_sorts_by_directory_path_as_dash_does() {
    // Dash walks with `for current, _, files in sorted(os.walk(assets))`: every directory's
    // files in name order, directories ordered by their full path string. `a-b` sorts before
    // `a/z` because `-` (0x2d) comes before `/` (0x2f), so `a-b/3.css` precedes `a/z/2.css`.
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(fixture("walk_order"))
        .layout(html::Div::new()));
    let page = get!(&app, "/").text();
    let css: Vec<String> = stylesheet_hrefs(&page)
        .iter()
        .map(|u| u.split('?').next().unwrap().to_owned())
        .collect();
    assert_eq!(
        css,
        [
            "/assets/0.css",
            "/assets/a/1.css",
            "/assets/a-b/3.css",
            "/assets/a/z/2.css",
        ]
    );
}

#[actix_web::test]
async fn assets_are_served_and_nothing_outside_the_folder_is() {
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(assets())
        .layout(html::Div::new()));

    let notes = get!(&app, "/assets/notes.txt");
    assert_eq!(notes.status, StatusCode::OK);
    assert!(
        notes.content_type().starts_with("text/plain"),
        "{}",
        notes.content_type()
    );
    assert_eq!(
        notes.body,
        std::fs::read(assets().join("notes.txt")).unwrap()
    );

    let css = get!(&app, "/assets/sub/b.css");
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.content_type().starts_with("text/css"));
    assert_eq!(css.body, std::fs::read(assets().join("sub/b.css")).unwrap());

    // Browsers refuse module scripts without a JavaScript MIME type.
    for path in ["/assets/app.js", "/assets/mod.mjs"] {
        let script = get!(&app, path);
        assert_eq!(script.status, StatusCode::OK, "{path}");
        assert!(
            script.content_type().contains("javascript"),
            "{path}: {}",
            script.content_type()
        );
    }

    let icon = get!(&app, "/assets/favicon.ico");
    assert_eq!(icon.status, StatusCode::OK);
    assert_eq!(
        icon.body,
        std::fs::read(assets().join("favicon.ico")).unwrap()
    );

    // Flask's static caching: an ETag, and 304 when it matches.
    let etag = notes.header("etag").expect("assets carry an ETag");
    let again = send!(
        &app,
        test::TestRequest::get()
            .uri("/assets/notes.txt")
            .insert_header(("if-none-match", etag.as_str())),
    );
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());

    // Missing files and folders.
    for path in [
        "/assets/missing.css",
        "/assets/sub/missing.css",
        "/assets/sub",
        "/assets/sub/",
        "/assets/",
    ] {
        let reply = get!(&app, path);
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
    }

    // Escapes: the targets exist, so only the server's refusal keeps them out.
    let outside = fixture("outside.txt");
    let workspace_manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    assert!(outside.is_file() && workspace_manifest.is_file());
    let absolute = outside.to_str().unwrap().to_owned();
    let absolute_encoded = absolute.replace('/', "%2F");
    for path in [
        "/assets/../Cargo.toml".to_owned(),
        "/assets/%2e%2e/Cargo.toml".to_owned(),
        "/assets/sub/../../Cargo.toml".to_owned(),
        "/assets/../outside.txt".to_owned(),
        "/assets/%2e%2e/outside.txt".to_owned(),
        "/assets/%2E%2E/outside.txt".to_owned(),
        "/assets/sub/../../outside.txt".to_owned(),
        "/assets/sub/%2e%2e/%2e%2e/outside.txt".to_owned(),
        "/assets/..%2foutside.txt".to_owned(),
        "/assets/..%2Foutside.txt".to_owned(),
        "/assets/sub%2f..%2f..%2foutside.txt".to_owned(),
        "/assets/..%5coutside.txt".to_owned(),
        "/assets/../../../Cargo.toml".to_owned(),
        "/assets/%2e%2e/%2e%2e/%2e%2e/Cargo.toml".to_owned(),
        format!("/assets/{absolute}"),
        format!("/assets/{absolute_encoded}"),
        "/assets//etc/passwd".to_owned(),
        "/assets/%2fetc%2fpasswd".to_owned(),
    ] {
        let reply = get!(&app, &path);
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            !reply.text().contains("must never be served"),
            "{path} leaked outside.txt"
        );
        assert!(
            !reply.text().contains("[workspace]") && !reply.text().contains("root:"),
            "{path} leaked a file"
        );
    }
}

#[actix_web::test]
async fn assets_url_path_ignore_and_include_follow_dash() {
    // `assets_url_path`: the same files under another URL path.
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(assets())
        .assets_url_path("static")
        .layout(html::Div::new()));
    let page = get!(&app, "/").text();
    let hrefs = stylesheet_hrefs(&page);
    assert!(hrefs.iter().all(|h| h.starts_with("/static/")), "{hrefs:?}");
    assert!(script_srcs(&page)
        .iter()
        .any(|s| s.starts_with("/static/app.js?m=")));
    assert_eq!(get!(&app, "/static/style.css").status, StatusCode::OK);
    // The old path is just another page of the app now.
    assert!(get!(&app, "/assets/style.css")
        .text()
        .contains("react-entry-point"));

    // `assets_ignore` leaves matching files off the page (they are still served), and
    // `assets_path_ignore` whole folders.
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(assets())
        .assets_ignore(r"\.mjs$")
        .assets_path_ignore(["^sub$"])
        .layout(html::Div::new()));
    let page = get!(&app, "/").text();
    let included: Vec<String> = stylesheet_hrefs(&page)
        .into_iter()
        .chain(script_srcs(&page))
        .filter(|u| u.starts_with("/assets/"))
        .map(|u| u.split('?').next().unwrap().to_owned())
        .collect();
    assert_eq!(included, ["/assets/style.css", "/assets/app.js"]);
    assert_eq!(get!(&app, "/assets/mod.mjs").status, StatusCode::OK);
    assert_eq!(get!(&app, "/assets/sub/b.css").status, StatusCode::OK);

    // `include_assets_files(false)`: nothing on the page, not even the favicon; all served.
    let app = serve!(Dash::new()
        .debug(false)
        .assets_folder(assets())
        .include_assets_files(false)
        .layout(html::Div::new()));
    let page = get!(&app, "/").text();
    assert!(!page.contains("/assets/"), "{page}");
    assert!(page.contains("href=\"/_favicon.ico?v=4.4.1\""));
    assert_eq!(get!(&app, "/assets/style.css").status, StatusCode::OK);

    // A malformed pattern stops the app, naming the setting.
    let error = Dash::new()
        .assets_folder(assets())
        .assets_ignore("(")
        .build()
        .err()
        .expect("the app refuses to start");
    assert!(
        error
            .to_string()
            .contains("`assets_ignore` is not a valid regex"),
        "{error}"
    );
}
