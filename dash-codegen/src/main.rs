//! `cargo run -p dash-codegen`: rewrites the generated modules and the catalog.
//!
//! `cargo run -p dash-codegen -- extract <dir>` first refreshes the reduced metadata from an
//! unpacked wheel:
//!
//! ```text
//! pip download dash==4.4.1 --no-deps -d /tmp/dashwheel
//! cd /tmp/dashwheel && unzip -o dash-4.4.1-py3-none-any.whl 'dash/*/metadata.json'
//! cargo run -p dash-codegen -- extract /tmp/dashwheel
//! ```
//!
//! dash-bootstrap-components' wheel has no `metadata.json`: `dash-codegen/extract_dbc.py` reduces
//! its component classes instead (see the script for how to run it).

use dash_codegen::{generate, metadata, packages, repository_root};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [] => regenerate(),
        [command, wheel] if command == "extract" => extract(Path::new(wheel)),
        _ => Err("usage: dash-codegen [extract <unpacked wheel dir>]".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("dash-codegen: {error}");
            ExitCode::FAILURE
        }
    }
}

fn regenerate() -> Result<(), String> {
    let root = repository_root();
    for output in generate(&root)? {
        let path = root.join(&output.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, output.text).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("wrote {}", output.path.display());
    }
    Ok(())
}

fn extract(wheel: &Path) -> Result<(), String> {
    let root = repository_root();
    // A package without a `metadata.json` in the Dash wheel (dbc) has its own extraction.
    for package in packages::PACKAGES
        .iter()
        .filter(|p| !p.wheel_path.is_empty())
    {
        let source = wheel.join(package.wheel_path);
        let text =
            std::fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
        let target = root.join(packages::metadata_path(package));
        std::fs::write(&target, metadata::reduce(&text)?)
            .map_err(|e| format!("{}: {e}", target.display()))?;
        println!("wrote {}", target.display());
    }
    Ok(())
}
