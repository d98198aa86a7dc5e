//! `layout!`: parsing the JSX-like tree and generating builder calls.

pub mod check;
pub mod codegen;
pub mod parse;
