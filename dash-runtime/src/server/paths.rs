//! Prefix-aware URLs for layouts and callbacks (Python Dash's `get_relative_path`,
//! `strip_relative_path` and `get_asset_url`): an app mounted under `/sales/` links to
//! `/sales/page-2`, and a `dcc.Location`'s pathname reads back as `page-2` wherever it is
//! mounted.

use super::Dash;

impl Dash {
    /// The URL the browser uses for the app's `path` (`"/page-2"` → `"/sales/page-2"` under
    /// the requests prefix `/sales/`; `""` → the app's root). A `path` without its leading
    /// `/` gets one, where Python raises.
    ///
    /// ```
    /// use dash_runtime::server::Dash;
    /// let app = Dash::new().url_base_pathname("/sales/");
    /// assert_eq!(app.relative_path("/page-2"), "/sales/page-2");
    /// assert_eq!(app.relative_path(""), "/sales/");
    /// assert_eq!(Dash::new().relative_path("/page-2"), "/page-2");
    /// ```
    pub fn relative_path(&self, path: &str) -> String {
        let prefix = self.requests_prefix();
        if path.is_empty() {
            return prefix;
        }
        format!(
            "{}/{}",
            prefix.trim_end_matches('/'),
            path.trim_start_matches('/')
        )
    }

    /// The app's `path` from a URL the browser shows (a `dcc.Location`'s `pathname`), without
    /// the requests prefix and without slashes at either end: `"/sales/page-2/"` →
    /// `"page-2"`, `"/sales/"` → `""`. `None` for a URL outside the app.
    ///
    /// ```
    /// use dash_runtime::server::Dash;
    /// let app = Dash::new().url_base_pathname("/sales/");
    /// assert_eq!(app.strip_relative_path("/sales/page-2/").as_deref(), Some("page-2"));
    /// assert_eq!(app.strip_relative_path("/other/page-2"), None);
    /// ```
    pub fn strip_relative_path(&self, url: &str) -> Option<String> {
        let prefix = self.requests_prefix();
        let base = prefix.trim_end_matches('/');
        let rest = url.strip_prefix(base)?;
        // `/sales` must not take `/salesforce` for one of its pages.
        if !base.is_empty() && !rest.is_empty() && !rest.starts_with('/') {
            return None;
        }
        if base.is_empty() && !rest.starts_with('/') {
            return None;
        }
        Some(rest.trim_matches('/').to_owned())
    }

    /// The URL of a file of the assets folder, as the page links it (`"logo.png"` →
    /// `"/sales/assets/logo.png"`).
    ///
    /// ```
    /// use dash_runtime::server::Dash;
    /// let app = Dash::new().url_base_pathname("/sales/").assets_url_path("static");
    /// assert_eq!(app.asset_url("img/logo.png"), "/sales/static/img/logo.png");
    /// ```
    pub fn asset_url(&self, path: &str) -> String {
        self.relative_path(&format!(
            "/{}/{}",
            self.assets_url_path,
            path.trim_start_matches('/')
        ))
    }

    /// The requests prefix as the app will resolve it (its settings, then `DASH_*`
    /// variables); `/` when they are malformed, which [`build`](Self::build) reports.
    fn requests_prefix(&self) -> String {
        self.prefixes
            .resolve(|name| std::env::var(name).ok())
            .map(|prefixes| prefixes.requests)
            .unwrap_or_else(|_| "/".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_follow_the_requests_prefix_behind_a_proxy() {
        let app = Dash::new()
            .routes_pathname_prefix("/")
            .requests_pathname_prefix("/proxy/app/");
        assert_eq!(app.relative_path("/a/b"), "/proxy/app/a/b");
        assert_eq!(app.relative_path("a"), "/proxy/app/a");
        assert_eq!(
            app.strip_relative_path("/proxy/app/a/b/").as_deref(),
            Some("a/b")
        );
        assert_eq!(app.strip_relative_path("/proxy/app").as_deref(), Some(""));
        assert_eq!(app.strip_relative_path("/proxy/apple"), None);
        let root = Dash::new();
        assert_eq!(root.relative_path(""), "/");
        assert_eq!(root.strip_relative_path("/page/").as_deref(), Some("page"));
        assert_eq!(root.strip_relative_path("page"), None);
        assert_eq!(root.asset_url("/style.css"), "/assets/style.css");
    }
}
