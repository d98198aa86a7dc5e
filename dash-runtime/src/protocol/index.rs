//! The index page (protocol §1): the HTML shell that loads the renderer and its bundles.

/// A stylesheet or script reference: a URL, or a full attribute list (for `integrity`,
/// `crossorigin`, `type="module"` and the like).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resource {
    /// `href`/`src` only.
    Url(String),
    /// Every attribute, in order.
    Attributes(Vec<(String, String)>),
    /// A path served by the app itself, relative to its `requests_pathname_prefix`
    /// (`_dash-component-suites/...`): the page gets it with the prefix in front.
    AppPath(String),
}

impl From<&str> for Resource {
    fn from(url: &str) -> Self {
        Resource::Url(url.to_owned())
    }
}

impl From<String> for Resource {
    fn from(url: String) -> Self {
        Resource::Url(url)
    }
}

/// What goes into the page.
#[derive(Clone, Debug, Default)]
pub struct IndexPage<'a> {
    /// `<title>`.
    pub title: &'a str,
    /// The favicon URL.
    pub favicon: &'a str,
    /// Stylesheets, in order (external first, then assets).
    pub stylesheets: &'a [Resource],
    /// Scripts, in order (React deps, external, assets, renderer, component bundles).
    pub scripts: &'a [Resource],
    /// The `_dash-config` script element.
    pub config_script: &'a str,
    /// Bodies of inline `<script>` elements after the bundles (inline clientside callbacks).
    pub inline_scripts: &'a [String],
    /// The app's `<meta>` tags, each a list of attributes.
    pub meta_tags: &'a [Vec<(String, String)>],
    /// The app's own page template (Dash's `index_string`), if any; see [`PLACEHOLDERS`].
    pub template: Option<&'a str>,
}

/// The placeholders a page template may hold, as Dash names them. `{%app_entry%}`,
/// `{%config%}`, `{%scripts%}` and `{%renderer%}` are required (see [`missing_placeholders`]).
pub const PLACEHOLDERS: &[&str] = &[
    "{%metas%}",
    "{%title%}",
    "{%favicon%}",
    "{%css%}",
    "{%app_entry%}",
    "{%config%}",
    "{%scripts%}",
    "{%renderer%}",
];

/// The placeholders a page cannot work without: where React mounts, the config, the
/// bundles and the renderer's start.
const REQUIRED: &[&str] = &["{%app_entry%}", "{%config%}", "{%scripts%}", "{%renderer%}"];

/// Dash's own template (protocol §1.1).
const DEFAULT_TEMPLATE: &str = "<!DOCTYPE html>\n<html>\n    <head>\n        {%metas%}\n        \
<title>{%title%}</title>\n        {%favicon%}\n        {%css%}\n    </head>\n    <body>\n        \
{%app_entry%}\n        <footer>\n            {%config%}\n            {%scripts%}\n            \
{%renderer%}\n        </footer>\n    </body>\n</html>\n";

/// The required placeholders `template` lacks, in Dash's order.
pub fn missing_placeholders(template: &str) -> Vec<&'static str> {
    REQUIRED
        .iter()
        .copied()
        .filter(|placeholder| !template.contains(placeholder))
        .collect()
}

/// Dash's three default tags, each unless the app's tags already set it, then the app's.
fn metas(meta_tags: &[Vec<(String, String)>]) -> String {
    let has = |name: &str, value: Option<&str>| {
        meta_tags.iter().any(|tag| {
            tag.iter().any(|(key, v)| {
                key.eq_ignore_ascii_case(name)
                    && value.is_none_or(|value| v.eq_ignore_ascii_case(value))
            })
        })
    };
    let mut tags = Vec::new();
    if !has("http-equiv", Some("X-UA-Compatible")) {
        tags.push("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">".to_owned());
    }
    if !has("charset", None) {
        tags.push("<meta charset=\"UTF-8\">".to_owned());
    }
    if !has("name", Some("viewport")) {
        tags.push(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">".to_owned(),
        );
    }
    tags.extend(
        meta_tags
            .iter()
            .map(|tag| format!("<meta{}>", attribute_list(tag))),
    );
    tags.join("\n      ")
}

const APP_ENTRY: &str = "<div id=\"react-entry-point\">\n        \
<div class=\"_dash-loading\">\n            Loading...\n        </div>\n    </div>";

const RENDERER: &str = "<script id=\"_dash-renderer\" type=\"application/javascript\">var renderer = new DashRenderer();</script>";

/// Renders the page: the app's template, or Dash's, with every placeholder filled in (the
/// config only at its first place: it carries the element id the renderer looks up).
pub fn render(page: &IndexPage<'_>) -> String {
    let css: Vec<String> = page.stylesheets.iter().map(stylesheet_tag).collect();
    let mut scripts: Vec<String> = page.scripts.iter().map(script_tag).collect();
    scripts.extend(
        page.inline_scripts
            .iter()
            .map(|body| format!("<script>\n{body}\n</script>")),
    );
    let favicon = format!(
        "<link rel=\"icon\" type=\"image/x-icon\" href=\"{}\">",
        escape_html(page.favicon)
    );
    let metas = metas(page.meta_tags);
    let title = escape_html(page.title);
    let css = css.join("\n");
    let scripts = scripts.join("\n");
    let mut config = Some(page.config_script);
    let mut out = String::new();
    // One pass, so that what is filled in (a title, a URL) is never read as a placeholder.
    let mut rest = page.template.unwrap_or(DEFAULT_TEMPLATE);
    while let Some(start) = rest.find("{%") {
        let Some(length) = rest[start..].find("%}").map(|end| end + 2) else {
            break;
        };
        out.push_str(&rest[..start]);
        let placeholder = &rest[start..start + length];
        out.push_str(match placeholder {
            "{%metas%}" => &metas,
            "{%title%}" => &title,
            "{%favicon%}" => &favicon,
            "{%css%}" => &css,
            "{%app_entry%}" => APP_ENTRY,
            "{%config%}" => config.take().unwrap_or_default(),
            "{%scripts%}" => &scripts,
            "{%renderer%}" => RENDERER,
            other => other,
        });
        rest = &rest[start + length..];
    }
    out.push_str(rest);
    out
}

fn stylesheet_tag(resource: &Resource) -> String {
    match resource {
        Resource::Url(url) => format!("<link rel=\"stylesheet\" href=\"{}\">", escape_html(url)),
        Resource::Attributes(attributes) => format!("<link{}>", attribute_list(attributes)),
        Resource::AppPath(path) => stylesheet_tag(&Resource::Url(format!("/{path}"))),
    }
}

fn script_tag(resource: &Resource) -> String {
    match resource {
        Resource::Url(url) => format!("<script src=\"{}\"></script>", escape_html(url)),
        Resource::Attributes(attributes) => {
            format!("<script{}></script>", attribute_list(attributes))
        }
        Resource::AppPath(path) => script_tag(&Resource::Url(format!("/{path}"))),
    }
}

fn attribute_list(attributes: &[(String, String)]) -> String {
    attributes
        .iter()
        .map(|(name, value)| format!(" {}=\"{}\"", escape_html(name), escape_html(value)))
        .collect()
}

/// Escapes text for an HTML attribute value or element body.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_has_what_the_renderer_needs_in_order() {
        let scripts = [
            Resource::from("/a.js"),
            Resource::Attributes(vec![
                ("src".into(), "/assets/m.mjs".into()),
                ("type".into(), "module".into()),
            ]),
        ];
        let stylesheets = [Resource::Attributes(vec![
            ("rel".into(), "stylesheet".into()),
            ("href".into(), "https://x/y.css".into()),
        ])];
        let html = render(&IndexPage {
            title: "Sales </title>",
            favicon: "/_favicon.ico?v=4.4.1",
            stylesheets: &stylesheets,
            scripts: &scripts,
            config_script: "<script id=\"_dash-config\" type=\"application/json\">{}</script>",
            inline_scripts: &["var inline = 1;".to_owned()],
            ..IndexPage::default()
        });
        let inline = html.find("<script>\nvar inline = 1;\n</script>").unwrap();
        assert!(
            inline > html.find("/a.js").unwrap(),
            "inline scripts follow the bundles"
        );
        assert!(html.contains("<title>Sales &lt;/title&gt;</title>"));
        assert!(html.contains("id=\"react-entry-point\""));
        assert!(html.contains("<script src=\"/assets/m.mjs\" type=\"module\"></script>"));
        assert!(html.contains("<link rel=\"stylesheet\" href=\"https://x/y.css\">"));
        let config = html.find("_dash-config").unwrap();
        let first_script = html.find("/a.js").unwrap();
        let renderer = html.find("new DashRenderer").unwrap();
        assert!(config < first_script && first_script < renderer);
    }

    fn page(meta_tags: &[Vec<(String, String)>], template: Option<&str>) -> String {
        render(&IndexPage {
            title: "T",
            favicon: "/f.ico",
            config_script: "<script id=\"_dash-config\"></script>",
            meta_tags,
            template,
            ..IndexPage::default()
        })
    }

    fn tag(attributes: &[(&str, &str)]) -> Vec<(String, String)> {
        attributes
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn the_apps_meta_tags_follow_dashs_and_replace_those_they_set() {
        let description = tag(&[("name", "description"), ("content", "Sales & more")]);
        let html = page(std::slice::from_ref(&description), None);
        assert!(html.contains(
            "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n      \
             <meta charset=\"UTF-8\">\n      \
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n      \
             <meta name=\"description\" content=\"Sales &amp; more\">"
        ));
        let viewport = tag(&[("name", "viewport"), ("content", "width=500")]);
        let html = page(&[viewport], None);
        assert_eq!(html.matches("name=\"viewport\"").count(), 1);
        assert!(html.contains("content=\"width=500\""));
        assert!(html.contains("charset=\"UTF-8\""));
    }

    #[test]
    fn an_apps_template_gets_every_placeholder_filled() {
        let template = "<html><head>{%metas%}<title>{%title%}</title>{%favicon%}{%css%}\
            <script src=\"https://example.test/analytics.js\"></script></head>\
            <body><nav>Company</nav>{%app_entry%}<footer>{%config%}{%scripts%}{%renderer%}\
            </footer></body></html>";
        let html = page(&[], Some(template));
        assert!(html.contains("<nav>Company</nav><div id=\"react-entry-point\">"));
        assert!(html.contains("<title>T</title><link rel=\"icon\""));
        assert!(html.contains("<script id=\"_dash-config\"></script>"));
        assert!(html.contains("new DashRenderer()"));
        assert!(!html.contains("{%"), "{html}");
        let odd = page(
            &[],
            Some("{%title%}{%unknown%}{%app_entry%}{%config%}{%config%}"),
        );
        assert!(
            odd.starts_with("T{%unknown%}<div id=\"react-entry-point\">"),
            "{odd}"
        );
        assert_eq!(odd.matches("_dash-config").count(), 1);
        let sneaky = render(&IndexPage {
            title: "{%scripts%}",
            ..IndexPage::default()
        });
        assert!(sneaky.contains("<title>{%scripts%}</title>"), "{sneaky}");
    }

    #[test]
    fn a_template_without_the_required_placeholders_is_refused() {
        assert_eq!(
            missing_placeholders("<body>{%app_entry%}{%scripts%}</body>"),
            ["{%config%}", "{%renderer%}"]
        );
        assert!(missing_placeholders(DEFAULT_TEMPLATE).is_empty());
    }
}
