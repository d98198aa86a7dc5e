//! Dash's wire formats (see `shared/docs/dash-protocol.md`): the JSON encoding, the
//! `/_dash-update-component` request and response, the dependencies list, the `_dash-config`
//! blob and the index page.

pub mod config;
pub mod dependencies;
pub mod index;
pub mod json;
pub mod update;
