//! The `_dash-config` blob embedded in the index page (protocol §1.6).

use super::json::to_json;
use crate::packages::ComponentPackage;
use serde_json::{json, Map, Value};

/// The settings that shape the config blob.
#[derive(Clone, Debug)]
pub struct ConfigSettings {
    /// `url_base_pathname`, when the app was mounted with one.
    pub url_base_pathname: Option<String>,
    /// `requests_pathname_prefix`: the URL base the browser uses.
    pub requests_pathname_prefix: String,
    /// Dev-tools UI (error pop-ups, callback graph).
    pub ui: bool,
    /// Client-side prop-type checking.
    pub props_check: bool,
    /// Client-side callback-definition validation.
    pub validate_callbacks: bool,
    /// Skip "id not found in layout" validation.
    pub suppress_callback_exceptions: bool,
    /// Document title while callbacks run; `None` disables it.
    pub update_title: Option<String>,
    /// Undo/redo buttons.
    pub show_undo_redo: bool,
    /// The hot-reload poll settings, when hot reload is on: `(interval ms, max retries)`.
    pub hot_reload: Option<(u64, u32)>,
    /// The component packages the page loads besides dcc, html and dash_table.
    pub packages: Vec<&'static ComponentPackage>,
    /// `validation_layout`: every component callbacks may refer to, for the renderer's checks.
    pub validation_layout: Option<Value>,
}

/// Builds the config object; `end_id` is the per-page-load token.
pub fn config(settings: &ConfigSettings, end_id: &str) -> Value {
    let mut config = Map::new();
    let mut put = |key: &str, value: Value| {
        config.insert(key.to_owned(), value);
    };
    put(
        "url_base_pathname",
        settings.url_base_pathname.clone().into(),
    );
    put(
        "requests_pathname_prefix",
        settings.requests_pathname_prefix.clone().into(),
    );
    put("ui", settings.ui.into());
    put("props_check", settings.props_check.into());
    // The version check calls a host on the internet; a self-contained server never does.
    put("disable_version_check", true.into());
    put("show_undo_redo", settings.show_undo_redo.into());
    put(
        "suppress_callback_exceptions",
        settings.suppress_callback_exceptions.into(),
    );
    put("update_title", settings.update_title.clone().into());
    put("children_props", children_props(&settings.packages));
    put("serve_locally", true.into());
    put("dash_version", dash_assets::DASH_VERSION.into());
    put(
        "python_version",
        concat!("Rust (dash-runtime ", env!("CARGO_PKG_VERSION"), ")").into(),
    );
    put(
        "dash_version_url",
        "https://dash-version.plotly.com:8080/current_version".into(),
    );
    put("ddk_version", Value::Null);
    put("plotly_version", dash_assets::PLOTLY_JS_VERSION.into());
    put("validate_callbacks", settings.validate_callbacks.into());
    put("csrf_token_name", "_csrf_token".into());
    put("csrf_header_name", "X-CSRFToken".into());
    put("end_id", end_id.into());
    put("plotly_cloud_installed", false.into());
    if let Some((interval, max_retry)) = settings.hot_reload {
        put(
            "hot_reload",
            json!({"interval": interval, "max_retry": max_retry}),
        );
    }
    if let Some(layout) = &settings.validation_layout {
        put("validation_layout", layout.clone());
    }
    if settings.ui {
        put("dev_tools", json!([]));
    }
    Value::Object(config)
}

/// Props other than `children` that hold components, per namespace and type (§3.3). Only the
/// non-empty entries matter to the renderer.
fn children_props(packages: &[&ComponentPackage]) -> Value {
    let mut all = json!({
        "dash_core_components": {
            "Clipboard": ["copied_children"],
            "Loading": ["custom_spinner"],
            "Tab": ["label"],
        },
        "dash_html_components": {},
        "dash_table": {"DataTable": []},
    });
    for package in packages {
        let props: Map<String, Value> = package
            .children_props
            .iter()
            .map(|(component, props)| ((*component).to_owned(), json!(props)))
            .collect();
        all[package.namespace] = Value::Object(props);
    }
    all
}

/// The `<script id="_dash-config">` element.
pub fn config_script(config: &Value) -> String {
    format!(
        "<script id=\"_dash-config\" type=\"application/json\">{}</script>",
        to_json(config)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> ConfigSettings {
        ConfigSettings {
            url_base_pathname: None,
            requests_pathname_prefix: "/".into(),
            ui: false,
            props_check: false,
            validate_callbacks: false,
            suppress_callback_exceptions: false,
            update_title: Some("Updating...".into()),
            show_undo_redo: false,
            hot_reload: None,
            packages: Vec::new(),
            validation_layout: None,
        }
    }

    #[test]
    fn the_script_cannot_be_broken_out_of() {
        let mut settings = settings();
        settings.update_title = Some("</script><script>alert(1)</script>".into());
        let script = config_script(&config(&settings, "t"));
        assert_eq!(script.matches("</script>").count(), 1, "{script}");
    }

    #[test]
    fn loaded_packages_bring_their_children_props() {
        assert!(config(&settings(), "t")["children_props"]
            .get("dash_bootstrap_components")
            .is_none());
        let mut with_dbc = settings();
        with_dbc.packages = vec![&crate::packages::bootstrap::PACKAGE];
        let props = &config(&with_dbc, "t")["children_props"];
        assert_eq!(
            props["dash_bootstrap_components"]["Checklist"],
            json!(["options[].label"])
        );
        assert_eq!(props["dash_core_components"]["Tab"], json!(["label"]));
    }

    #[test]
    fn debug_only_keys_appear_only_in_debug() {
        assert!(config(&settings(), "t").get("dev_tools").is_none());
        let mut debug = settings();
        debug.ui = true;
        debug.hot_reload = Some((3000, 8));
        let value = config(&debug, "t");
        assert_eq!(value["dev_tools"], json!([]));
        assert_eq!(value["hot_reload"]["interval"], 3000);
    }
}
