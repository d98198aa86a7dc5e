#![doc = include_str!("../README.md")]

extern crate self as dash;

pub use dash_macros::{callback, layout};
pub use dash_runtime::*;

/// Everything an app needs in scope.
pub mod prelude {
    pub use crate::{callback, layout};
    pub use dash_runtime::callback::{
        no_update, CallbackContext, CallbackError, CallbackResult, NoUpdate, Patch, PreventUpdate,
        Update,
    };
    pub use dash_runtime::component::{Builder, Component, ComponentId, IntoComponent, Style};
    pub use dash_runtime::dash_table::{self, DataTable};
    pub use dash_runtime::dcc::*;
    pub use dash_runtime::figure::events::{ClickData, HoverData, RelayoutData, SelectedData};
    pub use dash_runtime::server::{Dash, Layout};
}
