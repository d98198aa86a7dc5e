//! The generator of the official components' Rust API.
//!
//! Its input is the components' metadata as shipped in the Python `dash` wheel, reduced to names,
//! types, defaults and `required` (`dash-codegen/metadata/*.json`, see [`metadata::reduce`]). Its
//! output is, per package, a Rust module of typed builders and value types, and the catalog of
//! props the macros and the runtime check against, so the three can never disagree.
//! `cargo run -p dash-codegen` rewrites the outputs; the regeneration test fails when they are
//! stale.
#![deny(missing_docs)]

mod catalog;
mod dbc;
mod emit;
pub mod metadata;
mod naming;
pub mod packages;
mod provenance;
mod types;

use packages::{Package, PACKAGES};
use std::path::{Path, PathBuf};

/// One file the generator writes.
#[derive(Debug)]
pub struct Output {
    /// Relative to the repository root.
    pub path: PathBuf,
    /// The full text.
    pub text: String,
}

/// Every output, computed from the reduced metadata under `root` (the repository root).
pub fn generate(root: &Path) -> Result<Vec<Output>, String> {
    let packages: Vec<(&Package, Vec<metadata::Component>)> = PACKAGES
        .iter()
        .map(|package| {
            let path = root.join(packages::metadata_path(package));
            Ok((package, metadata::load(&path)?))
        })
        .collect::<Result<_, String>>()?;
    let mut outputs = vec![Output {
        path: packages::CATALOG_PATH.into(),
        text: catalog::render(&packages),
    }];
    for (package, components) in &packages {
        if package.module_path.is_empty() {
            continue;
        }
        outputs.push(Output {
            path: package.module_path.into(),
            text: emit::module(package, components)?,
        });
    }
    Ok(outputs)
}

/// The repository root, from this crate's manifest directory.
pub fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from(".."), Path::to_path_buf)
}
