//! The stylesheets of `dbc.themes`, served from the binary: pass one to
//! [`Dash::external_stylesheet`](crate::server::Dash::external_stylesheet). The web fonts
//! bootswatch themes load from Google Fonts are embedded as well.

use crate::protocol::index::Resource;

/// One embedded Bootstrap stylesheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    path: &'static str,
}

impl Theme {
    /// The embedded file, e.g. `themes/darkly/bootstrap.min.css`.
    pub fn path(&self) -> &'static str {
        self.path
    }

    /// The URL the page loads it from, for an app at `/`: fingerprinted, so browsers
    /// cache it for good.
    pub fn url(&self) -> String {
        format!("/{}", self.app_path())
    }

    /// The fingerprinted path below the app's prefix.
    fn app_path(&self) -> String {
        let asset = dash_assets::find(super::NAMESPACE, self.path)
            .unwrap_or_else(|| panic!("the binary lacks the theme {}", self.path));
        format!(
            "_dash-component-suites/{}/{}",
            super::NAMESPACE,
            asset.fingerprinted_path()
        )
    }
}

impl From<Theme> for Resource {
    fn from(theme: Theme) -> Self {
        // Relative to the app, so it follows `requests_pathname_prefix`.
        Resource::AppPath(theme.app_path())
    }
}

macro_rules! themes {
    ($($(#[$doc:meta])* $name:ident = $path:literal;)*) => {
        $( $(#[$doc])* pub const $name: Theme = Theme { path: $path }; )*
        /// Every theme, as `dbc.themes` lists them.
        pub const ALL: &[(&str, Theme)] = &[$((stringify!($name), $name)),*];
    };
}

themes! {
    /// Bootstrap's own look (`dbc.themes.BOOTSTRAP`).
    BOOTSTRAP = "themes/bootstrap/bootstrap.min.css";
    /// Only Bootstrap's grid and flex utilities (`dbc.themes.GRID`).
    GRID = "themes/grid/bootstrap-grid.min.css";
    /// Bootswatch Cerulean.
    CERULEAN = "themes/cerulean/bootstrap.min.css";
    /// Bootswatch Cosmo.
    COSMO = "themes/cosmo/bootstrap.min.css";
    /// Bootswatch Cyborg (dark).
    CYBORG = "themes/cyborg/bootstrap.min.css";
    /// Bootswatch Darkly (dark).
    DARKLY = "themes/darkly/bootstrap.min.css";
    /// Bootswatch Flatly.
    FLATLY = "themes/flatly/bootstrap.min.css";
    /// Bootswatch Journal.
    JOURNAL = "themes/journal/bootstrap.min.css";
    /// Bootswatch Litera.
    LITERA = "themes/litera/bootstrap.min.css";
    /// Bootswatch Lumen.
    LUMEN = "themes/lumen/bootstrap.min.css";
    /// Bootswatch Lux.
    LUX = "themes/lux/bootstrap.min.css";
    /// Bootswatch Materia.
    MATERIA = "themes/materia/bootstrap.min.css";
    /// Bootswatch Minty.
    MINTY = "themes/minty/bootstrap.min.css";
    /// Bootswatch Morph.
    MORPH = "themes/morph/bootstrap.min.css";
    /// Bootswatch Pulse.
    PULSE = "themes/pulse/bootstrap.min.css";
    /// Bootswatch Quartz.
    QUARTZ = "themes/quartz/bootstrap.min.css";
    /// Bootswatch Sandstone.
    SANDSTONE = "themes/sandstone/bootstrap.min.css";
    /// Bootswatch Simplex.
    SIMPLEX = "themes/simplex/bootstrap.min.css";
    /// Bootswatch Sketchy.
    SKETCHY = "themes/sketchy/bootstrap.min.css";
    /// Bootswatch Slate (dark).
    SLATE = "themes/slate/bootstrap.min.css";
    /// Bootswatch Solar (dark).
    SOLAR = "themes/solar/bootstrap.min.css";
    /// Bootswatch Spacelab.
    SPACELAB = "themes/spacelab/bootstrap.min.css";
    /// Bootswatch Superhero (dark).
    SUPERHERO = "themes/superhero/bootstrap.min.css";
    /// Bootswatch United.
    UNITED = "themes/united/bootstrap.min.css";
    /// Bootswatch Vapor (dark).
    VAPOR = "themes/vapor/bootstrap.min.css";
    /// Bootswatch Yeti.
    YETI = "themes/yeti/bootstrap.min.css";
    /// Bootswatch Zephyr.
    ZEPHYR = "themes/zephyr/bootstrap.min.css";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_theme_is_embedded_and_served_fingerprinted() {
        assert_eq!(
            ALL.len(),
            27,
            "dbc 2.0.4 names BOOTSTRAP, GRID and 25 bootswatch themes"
        );
        for (name, theme) in ALL {
            let url = theme.url();
            let file = url
                .strip_prefix("/_dash-component-suites/dash_bootstrap_components/")
                .unwrap_or_else(|| panic!("{name}: {url}"));
            assert!(dash_assets::is_fingerprinted(file), "{name}: {url}");
            assert_eq!(dash_assets::unfingerprint(file), theme.path());
        }
    }
}
