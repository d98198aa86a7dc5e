//! Typed builders for `dash_core_components` (Python's `dash.dcc`), faithful to Dash 4.4.1.
//!
//! The builders are generated from Dash's metadata by `dash-codegen` (`generated/dcc.rs`): one
//! setter per prop of the component's metadata, named after the wire name
//! in snake_case (`maxHeight` → `max_height`, `type` → `type_`); `id`, `className`, `style`
//! and the children come from [`Builder`](crate::component::Builder). Every builder also lists
//! its wire prop names in `PROPS`, and [`COMPONENTS`] lists all builders.
//!
//! Prop values are typed: [`Number`] for numbers (integers stay integers, as in Python),
//! [`Options`] for the options of `Dropdown`, `Checklist` and `RadioItems`, [`Marks`] and
//! [`SliderTooltip`] for sliders, [`Figure`] (from a `plotly::Plot`) for graphs (those are
//! hand-made: the metadata types them loosely), Rust enums for the props that take a fixed set
//! of values, structs for objects with known members ([`GraphConfig`]), and `serde_json::Value`
//! for free-form props. The generated types also deserialise, so a callback can take them.
//!
//! ```
//! use dash_runtime::component::{Builder, IntoComponent};
//! use dash_runtime::dcc::{Dropdown, Slider, Marks};
//! let dropdown = Dropdown::new().id("year").options(vec![1952, 2007]).value(2007);
//! let slider = Slider::new().min(0).max(10).marks(Marks::new().mark(0, "0").mark(10, "10"));
//! assert_eq!(dropdown.into_component().props()["value"], 2007);
//! # let _ = slider;
//! ```

#![warn(missing_docs)]

#[path = "values/mod.rs"]
mod values;

#[path = "generated/dcc.rs"]
mod generated;

pub use generated::*;
pub use values::*;

/// `dcc.Store`'s `storage_type` takes the same three places as `persistence_type`.
pub type StorageType = PersistenceType;

#[cfg(test)]
mod tests;
