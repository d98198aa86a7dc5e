//! The [`Dash`] app builder and the actix-web routes that speak Dash's protocol.

mod app;
mod app_assets;
mod app_bundles;
mod component_suites;
mod end_id;
mod layout;
mod logging;
mod page_shell;
mod paths;
mod prefixes;
mod routes;
mod settings;

pub use app::{Dash, DashApp, StartupError};
pub use layout::Layout;
pub use settings::DevTools;
