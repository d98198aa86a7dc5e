//! `#[callback]`: parsing the dependency specs and generating the registration type.

pub mod codegen;
pub mod parameter;
pub mod parse;
