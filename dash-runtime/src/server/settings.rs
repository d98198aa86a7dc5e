//! Dev-tools switches and how `debug` and the `DASH_*` environment variables set them.

/// The dev-tools switches that reach the browser (protocol §10.2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DevTools {
    /// Error pop-ups, callback graph and timing (`ui`).
    pub ui: bool,
    /// Prop-type checking in the browser (`props_check`); also selects React's development builds.
    pub props_check: bool,
    /// Serve the renderer's unminified development bundle.
    pub serve_dev_bundles: bool,
    /// Client-side validation of the callback definitions.
    pub validate_callbacks: bool,
}

impl DevTools {
    /// Every switch on (`debug = true`) or off.
    pub fn all(on: bool) -> Self {
        Self {
            ui: on,
            props_check: on,
            serve_dev_bundles: on,
            validate_callbacks: on,
        }
    }

    /// The switches for `debug` (from code, else `DASH_DEBUG`), each overridable by its own
    /// variable (`DASH_UI`, `DASH_PROPS_CHECK`, `DASH_SERVE_DEV_BUNDLES`,
    /// `DASH_VALIDATE_CALLBACKS`), as Python Dash reads them.
    pub fn resolve(debug: Option<bool>, env: impl Fn(&str) -> Option<String>) -> Self {
        let flag = |name: &str| env(name).and_then(|value| parse_bool(&value));
        let debug = debug.or_else(|| flag("DASH_DEBUG")).unwrap_or(false);
        Self {
            ui: flag("DASH_UI").unwrap_or(debug),
            props_check: flag("DASH_PROPS_CHECK").unwrap_or(debug),
            serve_dev_bundles: flag("DASH_SERVE_DEV_BUNDLES").unwrap_or(debug),
            validate_callbacks: flag("DASH_VALIDATE_CALLBACKS").unwrap_or(debug),
        }
    }
}

fn parse_bool(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_wins_over_dash_debug_and_single_switches_win_over_both() {
        let env = |name: &str| match name {
            "DASH_DEBUG" => Some("true".to_owned()),
            "DASH_PROPS_CHECK" => Some("false".to_owned()),
            _ => None,
        };
        assert!(!DevTools::resolve(Some(false), env).ui);
        let from_env = DevTools::resolve(None, env);
        assert!(from_env.ui && !from_env.props_check);
        assert_eq!(DevTools::resolve(None, |_| None), DevTools::all(false));
    }
}
