//! Dash's JSON encoding (protocol §0.1): compact, with `<`, `>` and `/` escaped so that no
//! value can close the `<script>` element the config is embedded in.

use serde::Serialize;

/// Serialises `value` the way Dash's `to_json` does.
///
/// ```
/// let json = dash_runtime::protocol::json::to_json(&serde_json::json!({"a": "/x</script>"}));
/// assert_eq!(json, r#"{"a":"\u002fx\u003c\u002fscript\u003e"}"#);
/// ```
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    let raw = serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned());
    escape_html_sensitive(&raw)
}

/// Escapes `<`, `>`, `/`, U+2028 and U+2029 in already-encoded JSON. These characters can only
/// occur inside JSON strings, where a `\uXXXX` escape means the same thing.
pub fn escape_html_sensitive(json: &str) -> String {
    if !json.contains(['<', '>', '/', '\u{2028}', '\u{2029}']) {
        return json.to_owned();
    }
    let mut out = String::with_capacity(json.len() + 32);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '/' => out.push_str("\\u002f"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_json_parses_back_to_the_same_value() {
        let value = serde_json::json!({"title": "</script><b>x</b>\u{2028}"});
        let json = to_json(&value);
        assert!(!json.contains('<') && !json.contains('/'));
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&json).unwrap(),
            value
        );
    }
}
