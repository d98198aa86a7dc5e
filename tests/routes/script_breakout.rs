//! Text the app author passes on (a title, an update title, external script URLs and
//! attributes, layout props) cannot open, close or comment out a `<script>` element of the
//! index page, and reaches the browser unchanged.

use crate::helpers::{config_of, config_text, debug, production, read_reply, tags};
use crate::helpers::{DEBUG_SCRIPTS, PRODUCTION_SCRIPTS};
use actix_web::{test, App};
use dash::html;
use dash::prelude::*;
use dash::protocol::index::Resource;

/// Every sequence that ends, starts or suspends script parsing, and the JavaScript line breaks.
const HOSTILE: &str = "</script><script>alert(1)</script><!--<script></title>\u{2028}\u{2029}'\"&";

/// Marks the layout prop, so its absence from the page can be checked.
const LAYOUT_ONLY: &str = "layout-only:";

/// Undoes the page's HTML escaping.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

fn hostile(dash: Dash) -> Dash {
    dash.title(HOSTILE)
        .update_title(Some(HOSTILE))
        .external_script(format!("https://cdn.example.com/a.js?{HOSTILE}"))
        .external_script(Resource::Attributes(vec![
            ("src".into(), "https://cdn.example.com/b.js".into()),
            ("data-note".into(), HOSTILE.into()),
        ]))
        .external_stylesheet(format!("https://cdn.example.com/a.css?{HOSTILE}"))
        .layout(
            html::Div::new()
                .id("root")
                .prop("title", format!("{LAYOUT_ONLY}{HOSTILE}"))
                .child(HOSTILE),
        )
}

#[actix_web::test]
async fn hostile_text_leaves_exactly_the_expected_scripts() {
    for (dash, bundles) in [
        (production(), PRODUCTION_SCRIPTS.len()),
        (debug(), DEBUG_SCRIPTS.len()),
    ] {
        let app = serve!(hostile(dash));
        let page = get!(&app, "/").text();
        // The config, the bundles, two external scripts and the renderer's start-up script.
        let expected = 1 + bundles + 2 + 1;
        assert_eq!(tags(&page, "script").len(), expected, "{page}");
        assert_eq!(page.matches("<script").count(), expected, "{page}");
        assert_eq!(page.matches("</script>").count(), expected, "{page}");
        assert!(
            !page.contains("<!--"),
            "a comment opener suspends script parsing: {page}"
        );
        assert!(!page.contains("alert(1)</script>"), "{page}");

        // The config holds nothing the HTML parser or old JavaScript engines react to, and
        // parses back to the values given.
        let raw = config_text(&page);
        assert!(
            !raw.contains(['<', '>', '/', '\u{2028}', '\u{2029}']),
            "{raw}"
        );
        assert_eq!(config_of(&page)["update_title"], HOSTILE);

        // The title and the attributes carry the text, escaped, and unescape back to it.
        let start = page.find("<title>").unwrap() + "<title>".len();
        let end = start + page[start..].find("</title>").unwrap();
        assert_eq!(unescape(&page[start..end]), HOSTILE);
        let scripts = tags(&page, "script");
        let external = |needle: &str| {
            *scripts
                .iter()
                .find(|tag| tag.contains(needle))
                .unwrap_or_else(|| panic!("no script {needle}: {page}"))
        };
        let a = external("cdn.example.com/a.js");
        assert!(a.ends_with("\">"), "{a}");
        let src = &a["<script src=\"".len()..a.len() - 2];
        assert_eq!(
            unescape(src),
            format!("https://cdn.example.com/a.js?{HOSTILE}")
        );
        let b = external("cdn.example.com/b.js");
        let note_at = b.find(" data-note=\"").unwrap() + " data-note=\"".len();
        assert_eq!(unescape(&b[note_at..b.len() - 2]), HOSTILE);
        assert!(page.contains(&format!(
            "href=\"https://cdn.example.com/a.css?{}\"",
            dash::protocol::index::escape_html(HOSTILE)
        )));

        // Layout props travel in /_dash-layout, never in the page; there they are escaped JSON.
        assert!(!page.contains(LAYOUT_ONLY), "{page}");
        let layout = get!(&app, "/_dash-layout");
        let text = layout.text();
        assert!(
            !text.contains(['<', '>', '/', '\u{2028}', '\u{2029}']),
            "{text}"
        );
        let layout = layout.json();
        assert_eq!(layout["props"]["title"], format!("{LAYOUT_ONLY}{HOSTILE}"));
        assert_eq!(layout["props"]["children"], HOSTILE);
    }
}
