//! Plotly figures as `dcc.Graph` receives them.
//!
//! A `plotly::Plot` serialises with a `config` key that `dcc.Graph`'s `figure` prop type (an
//! exact shape of `data`, `layout`, `frames`) rejects, and without a template, so plotly.js
//! would draw it in its bare defaults. Python figures carry plotly.py's default "plotly"
//! template; [`figure_value`] adds the same look unless the figure chose its own template.

pub mod events;
mod template;
mod treemap;

pub use template::plotly_template;
pub use treemap::Treemap;

use serde_json::{Map, Value};

/// The wire value of a figure: `{"data", "layout", "frames"?}`, with the default template.
pub fn figure_value(plot: &plotly::Plot) -> Value {
    let Ok(Value::Object(mut figure)) = serde_json::to_value(plot) else {
        return Value::Null;
    };
    figure.remove("config");
    if figure.get("frames").is_some_and(Value::is_null) {
        figure.remove("frames");
    }
    let layout = figure
        .entry("layout")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(layout) = layout {
        if !layout.contains_key("template") {
            layout.insert("template".into(), plotly_template().clone());
        }
    }
    Value::Object(figure)
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotly::layout::themes::BuiltinTheme;

    #[test]
    fn figures_lose_config_and_gain_the_default_template() {
        let value = figure_value(&plotly::Plot::new());
        assert!(value.get("config").is_none());
        assert!(value.get("frames").is_none());
        assert_eq!(
            value["layout"]["template"]["layout"]["plot_bgcolor"],
            "#E5ECF6"
        );
    }

    #[test]
    fn a_chosen_template_is_kept() {
        let mut plot = plotly::Plot::new();
        plot.set_layout(plotly::Layout::new().template(BuiltinTheme::PlotlyDark.build()));
        let value = figure_value(&plot);
        assert_ne!(
            value["layout"]["template"]["layout"]["plot_bgcolor"],
            "#E5ECF6"
        );
    }
}
