//! A treemap trace, which the `plotly` crate does not offer.

use serde::Serialize;

/// A `treemap` trace: rectangles nested by `parents`, sized by `values`.
///
/// ```
/// use dash_runtime::figure::Treemap;
/// let mut plot = plotly::Plot::new();
/// plot.add_trace(
///     Treemap::new(vec!["North", "North / A"], vec!["", "North"], vec![3.0, 3.0])
///         .ids(vec!["North", "North / A"])
///         .branch_values("total"),
/// );
/// assert!(plot.to_json().contains(r#""type":"treemap""#));
/// ```
#[derive(Clone, Debug, Default, Serialize)]
pub struct Treemap {
    r#type: &'static str,
    labels: Vec<String>,
    parents: Vec<String>,
    values: Vec<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ids: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    branchvalues: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hovertemplate: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    textinfo: Option<String>,
}

impl Treemap {
    /// A treemap of `labels` under `parents` (`""` for roots) sized by `values`.
    pub fn new<L: Into<String>, P: Into<String>>(
        labels: Vec<L>,
        parents: Vec<P>,
        values: Vec<f64>,
    ) -> Box<Self> {
        Box::new(Self {
            r#type: "treemap",
            labels: labels.into_iter().map(Into::into).collect(),
            parents: parents.into_iter().map(Into::into).collect(),
            values,
            ..Self::default()
        })
    }

    /// Unique ids per rectangle, needed when labels repeat under different parents.
    pub fn ids<S: Into<String>>(mut self: Box<Self>, ids: Vec<S>) -> Box<Self> {
        self.ids = Some(ids.into_iter().map(Into::into).collect());
        self
    }

    /// `"total"` when a parent's value includes its children's, `"remainder"` otherwise.
    pub fn branch_values(mut self: Box<Self>, mode: &str) -> Box<Self> {
        self.branchvalues = Some(mode.to_owned());
        self
    }

    /// The trace name.
    pub fn name(mut self: Box<Self>, name: &str) -> Box<Self> {
        self.name = Some(name.to_owned());
        self
    }

    /// The hover template.
    pub fn hover_template(mut self: Box<Self>, template: &str) -> Box<Self> {
        self.hovertemplate = Some(template.to_owned());
        self
    }

    /// Which text to show in each rectangle, e.g. `"label+value"`.
    pub fn text_info(mut self: Box<Self>, info: &str) -> Box<Self> {
        self.textinfo = Some(info.to_owned());
        self
    }
}

impl plotly::Trace for Treemap {
    fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
