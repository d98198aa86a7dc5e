//! The runtime of Dash for Rust.
//!
//! A Rust server that the unmodified official Dash front end (dash-renderer, dash-core-components,
//! dash-html-components, dash-table, Plotly.js) accepts as Dash. Its parts, one module each:
//!
//! - [`component`]: the layout tree and the builder machinery;
//! - [`html`], [`dcc`], [`dash_table`]: typed builders for the official components;
//! - [`callback`]: what a callback is (its dependencies, argument decoding, return values);
//! - [`figure`]: plotly figures as `dcc.Graph` receives them;
//! - [`dispatch`]: the callback registry and the code that runs one request;
//! - [`protocol`]: Dash's wire formats (JSON encoding, index page, config, dependencies);
//! - [`server`]: the [`Dash`] app builder and its actix-web routes;
//! - [`validation`]: the startup check of ids, properties and the callback graph.

pub mod callback;
pub mod component;
pub mod components;
pub mod dispatch;
pub mod figure;
pub mod packages;
pub mod protocol;
pub mod server;
pub mod validation;

pub use components::{dash_table, dcc, html};

/// dash-bootstrap-components, as Python's `dbc`: the builders and `dbc::themes`.
pub mod dbc {
    pub use crate::packages::bootstrap::components::*;
    pub use crate::packages::bootstrap::themes;
}

/// The `plotly` crate figures are built with, re-exported so that apps use the very version the
/// runtime recognises as a figure.
pub use plotly;
pub use server::Dash;

/// Re-exports used by code that the macros and `component_builder!` generate. Not a public API.
#[doc(hidden)]
pub mod __private {
    pub use serde_json;
}
