//! Small object props: [`TabColors`], [`HighlightConfig`], [`DownloadData`] and [`BBox`].

use super::enums::HighlightTheme;
use super::numbers::Number;

/// `Tabs.colors`: the tab bar's border, selected-tab accent and background colours (any CSS
/// colour).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TabColors {
    /// Border colour.
    pub border: String,
    /// Accent colour of the selected tab.
    pub primary: String,
    /// Background colour of the tabs.
    pub background: String,
}

impl TabColors {
    /// All three colours.
    pub fn new(
        border: impl Into<String>,
        primary: impl Into<String>,
        background: impl Into<String>,
    ) -> Self {
        Self {
            border: border.into(),
            primary: primary.into(),
            background: background.into(),
        }
    }
}

/// `Markdown.highlight_config`: options of code-block highlighting.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct HighlightConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    theme: Option<HighlightTheme>,
}

impl HighlightConfig {
    /// Dash's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// The colour scheme.
    pub fn theme(mut self, theme: HighlightTheme) -> Self {
        self.theme = Some(theme);
        self
    }
}

impl From<HighlightTheme> for HighlightConfig {
    fn from(theme: HighlightTheme) -> Self {
        HighlightConfig::new().theme(theme)
    }
}

/// `Download.data`: a file to hand to the browser.
///
/// ```
/// use dash_runtime::dcc::DownloadData;
/// let file = DownloadData::new("hello.txt", "Hello!").mime_type("text/plain");
/// assert_eq!(
///     serde_json::to_value(&file).unwrap(),
///     serde_json::json!({"filename": "hello.txt", "content": "Hello!", "type": "text/plain"})
/// );
/// ```
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct DownloadData {
    filename: String,
    content: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    base64: Option<bool>,
    /// Absent, or `null` as Python's `send_*` helpers send it when given no type, or a type.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    mime_type: Option<Option<String>>,
}

impl DownloadData {
    /// A file named `filename` holding `content` (text, or base64 with [`DownloadData::base64`]).
    pub fn new(filename: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            filename: filename.into(),
            content: content.into(),
            base64: None,
            mime_type: None,
        }
    }

    /// Whether `content` is base64-encoded binary.
    pub fn base64(mut self, base64: bool) -> Self {
        self.base64 = Some(base64);
        self
    }

    /// The MIME type (`type` on the wire).
    pub fn mime_type(mut self, mime_type: impl Into<String>) -> Self {
        self.mime_type = Some(Some(mime_type.into()));
        self
    }

    /// Sends `"type": null`, as Python's `dcc.send_string`, `send_bytes` and `send_file` do
    /// when given no type.
    pub fn untyped(mut self) -> Self {
        self.mime_type = Some(None);
        self
    }
}

/// `dcc.Tooltip.bbox`: the box, in pixels relative to the tooltip's container, that the
/// tooltip points at.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct BBox {
    /// Left edge.
    pub x0: Number,
    /// Top edge.
    pub y0: Number,
    /// Right edge.
    pub x1: Number,
    /// Bottom edge.
    pub y1: Number,
}

impl BBox {
    /// The box from `(x0, y0)` to `(x1, y1)`.
    pub fn new(
        x0: impl Into<Number>,
        y0: impl Into<Number>,
        x1: impl Into<Number>,
        y1: impl Into<Number>,
    ) -> Self {
        Self {
            x0: x0.into(),
            y0: y0.into(),
            x1: x1.into(),
            y1: y1.into(),
        }
    }
}
