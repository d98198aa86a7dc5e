//! The HTML around the app: the page's `<meta>` tags and its template (Python Dash's
//! `meta_tags` and `index_string`).

use super::Dash;
use crate::protocol::index::missing_placeholders;

/// The app's own parts of the index page.
#[derive(Clone, Debug, Default)]
pub struct PageShell {
    /// `<meta>` tags, each a list of attributes, after Dash's defaults.
    pub meta_tags: Vec<Vec<(String, String)>>,
    /// The page template, if the app has its own.
    pub template: Option<String>,
}

impl PageShell {
    /// What is wrong with the template, one message per missing placeholder.
    pub fn problems(&self) -> Vec<String> {
        let Some(template) = &self.template else {
            return Vec::new();
        };
        missing_placeholders(template)
            .into_iter()
            .map(|placeholder| format!("the index string has no {placeholder}: the page needs it"))
            .collect()
    }
}

impl Dash {
    /// Adds a `<meta>` tag to the page, given its attributes, as Dash's `meta_tags` entries:
    /// `.meta_tag([("name", "description"), ("content", "Monthly sales")])`. Values are
    /// escaped. A tag that sets `charset`, `http-equiv="X-UA-Compatible"` or
    /// `name="viewport"` replaces Dash's default one.
    pub fn meta_tag<K, V>(mut self, attributes: impl IntoIterator<Item = (K, V)>) -> Self
    where
        K: Into<String>,
        V: Into<String>,
    {
        let tag = attributes
            .into_iter()
            .map(|(name, value)| (name.into(), value.into()))
            .collect();
        self.shell.meta_tags.push(tag);
        self
    }

    /// Uses `template` for the page instead of Dash's own, as Dash's `index_string`: any HTML
    /// with the placeholders `{%metas%}`, `{%title%}`, `{%favicon%}`, `{%css%}`,
    /// `{%app_entry%}`, `{%config%}`, `{%scripts%}` and `{%renderer%}`. The last four are
    /// required: [`build`](Self::build) refuses a template without them.
    ///
    /// ```
    /// use dash_runtime::server::Dash;
    /// let app = Dash::new().index_string(
    ///     "<!DOCTYPE html><html><head>{%metas%}<title>{%title%}</title>{%favicon%}{%css%}</head>\
    ///      <body><div class=\"banner\">ACME</div>{%app_entry%}\
    ///      <footer>{%config%}{%scripts%}{%renderer%}</footer></body></html>",
    /// );
    /// assert!(app.build().is_ok());
    /// let broken = Dash::new().index_string("<body>{%app_entry%}</body>").build();
    /// assert!(broken.is_err());
    /// ```
    pub fn index_string(mut self, template: impl Into<String>) -> Self {
        self.shell.template = Some(template.into());
        self
    }
}
