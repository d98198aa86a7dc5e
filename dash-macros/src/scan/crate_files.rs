//! Finding the crate's source files: the root rustc compiles, then every `mod` it declares.

use std::path::{Path, PathBuf};
use syn::{Expr, ExprLit, Item, ItemMod, Lit};

/// The root source file of the crate being compiled: the `.rs` argument rustc was given.
pub fn crate_root() -> Option<PathBuf> {
    std::env::args()
        .skip(1)
        .filter(|arg| arg.ends_with(".rs"))
        .map(PathBuf::from)
        .find(|path| path.is_file())
        .and_then(|path| path.canonicalize().ok())
}

/// The crate's files, parsed, root first.
#[derive(Default)]
pub struct CrateFiles {
    /// Each file with its syntax tree.
    pub parsed: Vec<(PathBuf, syn::File)>,
    /// False when a file could not be read or parsed (rustc reports why): what it declares is
    /// then unknown, so ids missing from the others are not reported.
    pub complete: bool,
}

/// Every file of the crate that can be read and parsed, root first.
pub fn crate_files(root: &Path) -> CrateFiles {
    let mut files = CrateFiles {
        complete: true,
        ..CrateFiles::default()
    };
    visit_file(root, true, &mut files);
    files
}

fn visit_file(path: &Path, owns_directory: bool, files: &mut CrateFiles) {
    if files.parsed.iter().any(|(seen, _)| seen == path) {
        return;
    }
    let parsed = std::fs::read_to_string(path)
        .ok()
        .and_then(|source| syn::parse_file(&source).ok());
    let Some(file) = parsed else {
        files.complete = false;
        return;
    };
    // `src/lib.rs`, `src/a/mod.rs` and crate roots own their directory; `src/a.rs` declares
    // its submodules in `src/a/`.
    let directory = if owns_directory || path.file_name().is_some_and(|n| n == "mod.rs") {
        path.parent().map(Path::to_path_buf).unwrap_or_default()
    } else {
        path.with_extension("")
    };
    let children = module_files(&file.items, path, &directory);
    files.parsed.push((path.to_owned(), file));
    for (child, owns) in children {
        visit_file(&child, owns, files);
    }
}

/// The files declared by `mod name;` items (recursing into inline modules).
fn module_files(items: &[Item], file: &Path, directory: &Path) -> Vec<(PathBuf, bool)> {
    let mut found = Vec::new();
    for item in items {
        let Item::Mod(module) = item else { continue };
        let name = module.ident.to_string();
        match (&module.content, path_attribute(module)) {
            (None, Some(explicit)) => {
                let base = file.parent().unwrap_or(directory);
                found.push((base.join(explicit), true));
            }
            (None, None) => {
                let flat = directory.join(format!("{name}.rs"));
                let nested = directory.join(&name).join("mod.rs");
                if flat.is_file() {
                    found.push((flat, false));
                } else if nested.is_file() {
                    found.push((nested, true));
                }
            }
            (Some((_, inner)), _) => {
                found.extend(module_files(inner, file, &directory.join(&name)));
            }
        }
    }
    found
        .into_iter()
        .filter_map(|(path, owns)| path.canonicalize().ok().map(|p| (p, owns)))
        .collect()
}

fn path_attribute(module: &ItemMod) -> Option<String> {
    module.attrs.iter().find_map(|attribute| {
        if !attribute.path().is_ident("path") {
            return None;
        }
        match &attribute.meta.require_name_value().ok()?.value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(path),
                ..
            }) => Some(path.value()),
            _ => None,
        }
    })
}
