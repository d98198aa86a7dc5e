//! The HTTP routes of a Dash app, checked against Dash's wire protocol
//! (`shared/docs/dash-protocol.md` §1, §2, §4) through the public API, in process.
//!
//! Every app here is small and built in the test; the assets fixtures live in
//! `tests/fixtures/`.

// The helpers come first: their macros (`serve!`, `send!`, `get!`) are used by the others.
#[macro_use]
mod helpers;

mod assets;
mod bad_input;
mod bootstrap;
mod component_suites;
mod custom_packages;
mod index_page;
mod layout_and_dependencies;
mod prefixes;
mod script_breakout;
mod small_routes;
mod validation_layout;
