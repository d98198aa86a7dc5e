//! Dash's cache-busting file-name marker (protocol §2.4), in both directions.

use std::borrow::Cow;

/// Inserts `.<fingerprint>` after the first dot of the last path segment.
/// A file name without a dot cannot carry a marker and is returned unchanged.
pub(crate) fn insert(path: &str, fingerprint: &str) -> String {
    let name_start = path.rfind('/').map_or(0, |i| i + 1);
    match path[name_start..].find('.') {
        Some(dot) => {
            let at = name_start + dot;
            format!("{}.{fingerprint}{}", &path[..at], &path[at..])
        }
        None => path.to_string(),
    }
}

/// Removes the marker, if any, from the last path segment.
pub(crate) fn strip(path: &str) -> Cow<'_, str> {
    let name_start = path.rfind('/').map_or(0, |i| i + 1);
    let mut parts = path[name_start..].split('.');
    let (Some(first), Some(second)) = (parts.next(), parts.next()) else {
        return Cow::Borrowed(path);
    };
    // Dash only strips when at least one more part follows the marker.
    if parts.next().is_none() || !is_marker(second) {
        return Cow::Borrowed(path);
    }
    let marker_start = name_start + first.len(); // index of the dot before the marker
    let marker_end = marker_start + 1 + second.len(); // index of the dot after it
    Cow::Owned(format!("{}{}", &path[..marker_start], &path[marker_end..]))
}

/// Matches Python's `^v[\w-]+m[0-9a-fA-F]+$` (`\w` being Unicode word characters).
fn is_marker(part: &str) -> bool {
    let Some(body) = part.strip_prefix('v') else {
        return false;
    };
    // Hex digits are word characters and `m` is not hex, so the regex can only
    // split at the last `m`; everything before it must be word chars or '-'.
    let Some(m) = body.rfind('m') else {
        return false;
    };
    let (version, hash) = (&body[..m], &body[m + 1..]);
    !version.is_empty()
        && version
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        && !hash.is_empty()
        && hash.chars().all(|c| c.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_goes_after_the_first_dot_of_the_file_name() {
        assert_eq!(
            insert("deps/react@18.3.1.min.js", "v4_4_1m0123456789"),
            "deps/react@18.v4_4_1m0123456789.3.1.min.js"
        );
        assert_eq!(
            insert("dash-renderer/build/dash_renderer.min.js", "v4_4_1mabc"),
            "dash-renderer/build/dash_renderer.v4_4_1mabc.min.js"
        );
        // Dots in folder names do not count.
        assert_eq!(insert("a.b/c.js", "v1m0"), "a.b/c.v1m0.js");
        assert_eq!(insert("LICENSE", "v1m0"), "LICENSE");
    }

    #[test]
    fn round_trips() {
        for path in [
            "deps/react@18.3.1.min.js",
            "package_data/plotly.min.js",
            "dcc/async-graph.js",
            "dcc/async-graph.js.map",
            "html/dash_html_components.min.js",
            "x.js",
        ] {
            for fp in ["v4_4_1m0123456789", "v7_4_1mABCDEF0123", "v1-rc_2m9"] {
                let marked = insert(path, fp);
                assert_ne!(marked, path);
                assert_eq!(strip(&marked), path, "{marked}");
            }
        }
    }

    #[test]
    fn plain_names_are_left_alone() {
        for path in [
            "deps/react@18.3.1.min.js",
            "dcc/async-graph.js",
            "package_data/plotly.min.js",
            "a.vm1.js",         // empty version
            "a.v1m.js",         // empty hash
            "a.v1mxyz.js",      // hash not hex
            "a.v1.2m0.js",      // '.' splits it; "v1" alone has no m
            "a.v4_4_1m01",      // only two parts
            "v4_4_1m01.js",     // marker must be part [1], not [0]
            "a.w4_4_1m01.js",   // must start with v
            "dir.v1m0/file.js", // only the last segment counts
            "",
        ] {
            assert!(
                matches!(strip(path), Cow::Borrowed(p) if p == path),
                "{path}"
            );
        }
    }

    #[test]
    fn marker_syntax_follows_the_regex() {
        assert!(is_marker("v4_4_1m0123456789"));
        assert!(is_marker("v1.0-rc1m0".replace('.', "_").as_str()));
        assert!(is_marker("vmm0")); // [\w-]+ = "m", then "m0"
        assert!(is_marker("vé1mAbC")); // \w is Unicode-aware in Python
        assert!(!is_marker("vm0"));
        assert!(!is_marker("v1m0g"));
        assert!(!is_marker("v1 m0"));
    }
}
