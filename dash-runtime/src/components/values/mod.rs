//! Typed values for the props of the official components: numbers as Python sends them,
//! children-like props, dropdown options, slider marks, figures and the string enums.
//!
//! Everything here is re-exported by [`crate::dcc`].

/// `From` every Rust integer and float type for `$target`, through its `$variant(Number)`.
macro_rules! numeric_conversions {
    ($target:ident :: $variant:ident; $($t:ty),*) => {$(
        impl From<$t> for $target {
            fn from(n: $t) -> Self {
                $target::$variant(Number::from(n))
            }
        }
    )*};
}

mod dropdown;
mod enums;
mod files;
mod graph;
mod mixed_enums;
mod node;
mod numbers;
mod objects;
mod options;
mod sliders;

pub use dropdown::*;
pub use enums::*;
pub use files::*;
pub use graph::*;
pub use mixed_enums::*;
pub use node::*;
pub use numbers::*;
pub use objects::*;
pub use options::*;
pub use sliders::*;
