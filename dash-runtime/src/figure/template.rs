//! The look of Python Plotly's default "plotly" template: blue-grey plot area, white grid,
//! the ten-colour qualitative colourway and the plasma colour scale, with the per-trace-type
//! defaults of every trace type plotly.py's template styles (colour bars, bar outlines, carpet
//! axes). `dash-runtime/tests/plotly_template.rs` compares it with plotly.py's.

use serde_json::{json, Value};
use std::sync::OnceLock;

/// The default template as a figure's `layout.template` value.
pub fn plotly_template() -> &'static Value {
    static TEMPLATE: OnceLock<Value> = OnceLock::new();
    TEMPLATE.get_or_init(build)
}

const INK: &str = "#2a3f5f";
const PLOT_AREA: &str = "#E5ECF6";

fn build() -> Value {
    let plasma = json!([
        [0.0, "#0d0887"],
        [0.1111111111111111, "#46039f"],
        [0.2222222222222222, "#7201a8"],
        [0.3333333333333333, "#9c179e"],
        [0.4444444444444444, "#bd3786"],
        [0.5555555555555556, "#d8576b"],
        [0.6666666666666666, "#ed7953"],
        [0.7777777777777778, "#fb9f3a"],
        [0.8888888888888888, "#fdca26"],
        [1.0, "#f0f921"]
    ]);
    let diverging = json!([
        [0, "#8e0152"],
        [0.1, "#c51b7d"],
        [0.2, "#de77ae"],
        [0.3, "#f1b6da"],
        [0.4, "#fde0ef"],
        [0.5, "#f7f7f7"],
        [0.6, "#e6f5d0"],
        [0.7, "#b8e186"],
        [0.8, "#7fbc41"],
        [0.9, "#4d9221"],
        [1, "#276419"]
    ]);
    let flat_axis = json!({"gridcolor": "white", "linecolor": "white", "ticks": ""});
    let cartesian_axis = json!({
        "gridcolor": "white", "linecolor": "white", "ticks": "", "title": {"standoff": 15},
        "zerolinecolor": "white", "automargin": true, "zerolinewidth": 2
    });
    let scene_axis = json!({
        "backgroundcolor": PLOT_AREA, "gridcolor": "white", "linecolor": "white",
        "showbackground": true, "ticks": "", "zerolinecolor": "white", "gridwidth": 2
    });
    let colorbar = json!({"outlinewidth": 0, "ticks": ""});
    let layout = json!({
        "autotypenumbers": "strict",
        "colorway": ["#636efa", "#EF553B", "#00cc96", "#ab63fa", "#FFA15A", "#19d3f3",
                     "#FF6692", "#B6E880", "#FF97FF", "#FECB52"],
        "font": {"color": INK},
        "hovermode": "closest",
        "hoverlabel": {"align": "left"},
        "paper_bgcolor": "white",
        "plot_bgcolor": PLOT_AREA,
        "polar": {"bgcolor": PLOT_AREA, "angularaxis": flat_axis, "radialaxis": flat_axis},
        "ternary": {"bgcolor": PLOT_AREA, "aaxis": flat_axis, "baxis": flat_axis, "caxis": flat_axis},
        "coloraxis": {"colorbar": colorbar},
        "colorscale": {"sequential": plasma, "sequentialminus": plasma, "diverging": diverging},
        "xaxis": cartesian_axis,
        "yaxis": cartesian_axis,
        "scene": {"xaxis": scene_axis, "yaxis": scene_axis, "zaxis": scene_axis},
        "shapedefaults": {"line": {"color": INK}},
        "annotationdefaults": {"arrowcolor": INK, "arrowhead": 0, "arrowwidth": 1},
        "geo": {"bgcolor": "white", "landcolor": PLOT_AREA, "subunitcolor": "white",
                "showland": true, "showlakes": true, "lakecolor": "white"},
        "title": {"x": 0.05},
    });
    let with_colorbar =
        |kind: &str| json!([{"type": kind, "colorbar": colorbar, "colorscale": plasma}]);
    let bare_colorbar = |kind: &str| json!([{"type": kind, "colorbar": colorbar}]);
    let marker_colorbar = |kind: &str| json!([{"type": kind, "marker": {"colorbar": colorbar}}]);
    let carpet_axis = json!({
        "endlinecolor": INK, "gridcolor": "white", "linecolor": "white",
        "minorgridcolor": "white", "startlinecolor": INK
    });
    let bar_marker = json!({"line": {"color": PLOT_AREA, "width": 0.5},
                            "pattern": {"fillmode": "overlay", "size": 10, "solidity": 0.2}});
    let data = json!({
        "scatter": [{"type": "scatter", "fillpattern": {"fillmode": "overlay", "size": 10, "solidity": 0.2}}],
        "bar": [{"type": "bar", "error_x": {"color": INK}, "error_y": {"color": INK},
                 "marker": bar_marker}],
        "barpolar": [{"type": "barpolar", "marker": bar_marker}],
        "carpet": [{"type": "carpet", "aaxis": carpet_axis, "baxis": carpet_axis}],
        "choropleth": bare_colorbar("choropleth"),
        "contourcarpet": bare_colorbar("contourcarpet"),
        "mesh3d": bare_colorbar("mesh3d"),
        "parcoords": [{"type": "parcoords", "line": {"colorbar": colorbar}}],
        "scatter3d": [{"type": "scatter3d", "line": {"colorbar": colorbar},
                       "marker": {"colorbar": colorbar}}],
        "scattercarpet": marker_colorbar("scattercarpet"),
        "scattergeo": marker_colorbar("scattergeo"),
        "scattergl": marker_colorbar("scattergl"),
        "scattermap": marker_colorbar("scattermap"),
        "scatterpolar": marker_colorbar("scatterpolar"),
        "scatterpolargl": marker_colorbar("scatterpolargl"),
        "scatterternary": marker_colorbar("scatterternary"),
        "histogram": [{"type": "histogram", "marker": {"pattern": {"fillmode": "overlay", "size": 10, "solidity": 0.2}}}],
        "heatmap": with_colorbar("heatmap"),
        "contour": with_colorbar("contour"),
        "histogram2d": with_colorbar("histogram2d"),
        "histogram2dcontour": with_colorbar("histogram2dcontour"),
        "surface": with_colorbar("surface"),
        "pie": [{"type": "pie", "automargin": true}],
        "table": [{"type": "table",
                   "cells": {"fill": {"color": "#EBF0F8"}, "line": {"color": "white"}},
                   "header": {"fill": {"color": "#C8D4E3"}, "line": {"color": "white"}}}],
    });
    json!({"data": data, "layout": layout})
}
