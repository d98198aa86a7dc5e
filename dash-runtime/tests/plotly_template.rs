//! The default template against plotly.py's "plotly" template, recorded by
//! `tests/golden/record_template.py` into `tests/golden/plotly_template.json`.

mod js_json;

use dash_runtime::figure::plotly_template;
use js_json::normalised;
use serde_json::Value;

fn recorded() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/golden/plotly_template.json"
    );
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let golden: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        golden["plotly"], "7.1.0",
        "recorded from the pinned plotly.py"
    );
    golden["template"].clone()
}

#[test]
fn every_trace_type_plotly_py_styles_is_styled_the_same() {
    let python = recorded();
    let ours = plotly_template();
    let names = |template: &Value| -> Vec<String> {
        let mut names: Vec<String> = template["data"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(ours), names(&python), "the trace types styled");
    for name in names(&python) {
        assert_eq!(
            normalised(&ours["data"][&name]),
            normalised(&python["data"][&name]),
            "template.data.{name}"
        );
    }
}

#[test]
fn the_layout_part_is_plotly_py_s() {
    let python = recorded();
    let ours = plotly_template();
    let keys = |layout: &Value| -> Vec<String> {
        let mut keys: Vec<String> = layout.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    };
    assert_eq!(keys(&ours["layout"]), keys(&python["layout"]));
    for key in keys(&python["layout"]) {
        assert_eq!(
            normalised(&ours["layout"][&key]),
            normalised(&python["layout"][&key]),
            "template.layout.{key}"
        );
    }
}
