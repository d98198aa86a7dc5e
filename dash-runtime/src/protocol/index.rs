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
}

const DEFAULT_METAS: &str = "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n      \
<meta charset=\"UTF-8\">\n      \
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";

const APP_ENTRY: &str = "<div id=\"react-entry-point\">\n        \
<div class=\"_dash-loading\">\n            Loading...\n        </div>\n    </div>";

const RENDERER: &str = "<script id=\"_dash-renderer\" type=\"application/javascript\">var renderer = new DashRenderer();</script>";

/// Renders the page.
pub fn render(page: &IndexPage<'_>) -> String {
    let css: Vec<String> = page.stylesheets.iter().map(stylesheet_tag).collect();
    let mut scripts: Vec<String> = page.scripts.iter().map(script_tag).collect();
    scripts.extend(
        page.inline_scripts
            .iter()
            .map(|body| format!("<script>\n{body}\n</script>")),
    );
    format!(
        "<!DOCTYPE html>\n<html>\n    <head>\n        {metas}\n        <title>{title}</title>\n        \
<link rel=\"icon\" type=\"image/x-icon\" href=\"{favicon}\">\n        {css}\n    </head>\n    <body>\n        \
{app_entry}\n        <footer>\n            {config}\n            {scripts}\n            {renderer}\n        \
</footer>\n    </body>\n</html>\n",
        metas = DEFAULT_METAS,
        title = escape_html(page.title),
        favicon = escape_html(page.favicon),
        css = css.join("\n"),
        app_entry = APP_ENTRY,
        config = page.config_script,
        scripts = scripts.join("\n"),
        renderer = RENDERER,
    )
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
}
