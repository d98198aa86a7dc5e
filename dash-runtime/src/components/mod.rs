//! Typed builders for the official component packages.

pub mod dcc;
pub mod html;
