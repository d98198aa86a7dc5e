//! Mounting an app under a URL prefix: `url_base_pathname`, `requests_pathname_prefix` and
//! `routes_pathname_prefix`, resolved as Python Dash resolves them (the arguments, else the
//! `DASH_*` environment variables).

/// Where the app's routes are served and where the browser sends its requests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathPrefixes {
    /// `url_base_pathname`, when the app was given one (the config carries it).
    pub url_base: Option<String>,
    /// The prefix the browser puts before every URL it asks for (a proxy may strip part).
    pub requests: String,
    /// The prefix the server's routes are mounted under.
    pub routes: String,
}

impl Default for PathPrefixes {
    fn default() -> Self {
        Self {
            url_base: None,
            requests: "/".into(),
            routes: "/".into(),
        }
    }
}

/// The three settings as given in code; `None` falls back to the environment.
#[derive(Clone, Debug, Default)]
pub struct PrefixSettings {
    /// `url_base_pathname`: both other prefixes at once.
    pub url_base: Option<String>,
    /// `requests_pathname_prefix`.
    pub requests: Option<String>,
    /// `routes_pathname_prefix`.
    pub routes: Option<String>,
}

impl PrefixSettings {
    /// Resolves the prefixes, with `env` reading `DASH_URL_BASE_PATHNAME`,
    /// `DASH_REQUESTS_PATHNAME_PREFIX` and `DASH_ROUTES_PATHNAME_PREFIX`.
    pub fn resolve(
        &self,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<PathPrefixes, Vec<String>> {
        let pick = |given: &Option<String>, name: &str| given.clone().or_else(|| env(name));
        let url_base = pick(&self.url_base, "DASH_URL_BASE_PATHNAME");
        let requests = pick(&self.requests, "DASH_REQUESTS_PATHNAME_PREFIX");
        let routes = pick(&self.routes, "DASH_ROUTES_PATHNAME_PREFIX");
        let mut errors = Vec::new();
        let prefixes = match url_base {
            Some(base) => {
                for (given, name) in [
                    (&requests, "requests_pathname_prefix"),
                    (&routes, "routes_pathname_prefix"),
                ] {
                    if given.is_some() {
                        errors.push(format!(
                            "`url_base_pathname` sets `{name}` too; give one or the other"
                        ));
                    }
                }
                PathPrefixes {
                    url_base: Some(base.clone()),
                    requests: base.clone(),
                    routes: base,
                }
            }
            None => {
                let routes = routes.unwrap_or_else(|| "/".into());
                PathPrefixes {
                    url_base: None,
                    requests: requests.unwrap_or_else(|| routes.clone()),
                    routes,
                }
            }
        };
        for (value, name) in [
            (prefixes.url_base.as_deref(), "url_base_pathname"),
            (Some(prefixes.requests.as_str()), "requests_pathname_prefix"),
            (Some(prefixes.routes.as_str()), "routes_pathname_prefix"),
        ] {
            let Some(value) = value else { continue };
            if !value.starts_with('/') || !value.ends_with('/') {
                errors.push(format!(
                    "`{name}` must start and end with `/`, as `/app/` does (got `{value}`)"
                ));
            }
        }
        if errors.is_empty() {
            Ok(prefixes)
        } else {
            errors.dedup();
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    fn given(
        url_base: Option<&str>,
        requests: Option<&str>,
        routes: Option<&str>,
    ) -> PrefixSettings {
        PrefixSettings {
            url_base: url_base.map(Into::into),
            requests: requests.map(Into::into),
            routes: routes.map(Into::into),
        }
    }

    #[test]
    fn the_prefixes_follow_python_dash() {
        assert_eq!(
            given(None, None, None).resolve(no_env),
            Ok(PathPrefixes::default())
        );
        let base = given(Some("/app/"), None, None).resolve(no_env).unwrap();
        assert_eq!(
            (
                base.url_base.as_deref(),
                &base.requests[..],
                &base.routes[..]
            ),
            (Some("/app/"), "/app/", "/app/")
        );
        // The browser's prefix defaults to the routes' one.
        let routes = given(None, None, Some("/r/")).resolve(no_env).unwrap();
        assert_eq!((&routes.requests[..], &routes.routes[..]), ("/r/", "/r/"));
        // Behind a proxy that strips `/proxy`.
        let proxied = given(None, Some("/proxy/app/"), Some("/app/"))
            .resolve(no_env)
            .unwrap();
        assert_eq!(
            (&proxied.requests[..], &proxied.routes[..]),
            ("/proxy/app/", "/app/")
        );
        assert_eq!(proxied.url_base, None);
    }

    #[test]
    fn the_environment_fills_what_code_leaves_out() {
        let env = |name: &str| (name == "DASH_URL_BASE_PATHNAME").then(|| "/env/".to_owned());
        assert_eq!(
            given(None, None, None).resolve(env).unwrap().routes,
            "/env/"
        );
        let code_wins = given(Some("/code/"), None, None).resolve(env).unwrap();
        assert_eq!(code_wins.requests, "/code/");
    }

    #[test]
    fn malformed_or_conflicting_prefixes_are_startup_errors() {
        let errors = given(Some("app"), None, None).resolve(no_env).unwrap_err();
        assert!(
            errors[0].contains("`url_base_pathname` must start and end with `/`"),
            "{errors:?}"
        );
        let errors = given(Some("/a/"), None, Some("/r/"))
            .resolve(no_env)
            .unwrap_err();
        assert_eq!(
            errors,
            ["`url_base_pathname` sets `routes_pathname_prefix` too; give one or the other"]
        );
        let errors = given(None, Some("/a"), Some("r/"))
            .resolve(no_env)
            .unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
    }
}
