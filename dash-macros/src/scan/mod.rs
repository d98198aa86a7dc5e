//! Reading the whole crate, so that one macro invocation can be checked against the others:
//! a callback in one file against the layouts in another, a layout against every other
//! layout, a callback against every other callback (as sqlx checks queries against a database,
//! we check against the crate's own source).
//!
//! The crate root is the `.rs` file rustc was given; `mod` declarations are followed from
//! there. Files are parsed with `proc_macro2`'s own token implementation (forced for the length
//! of the scan), which keeps real line and column numbers; the compiler's would place every
//! token at the macro call. The result is plain data, cached for the rest of the compilation:
//! every `#[callback]` and `layout!` of a crate shares one scan.

mod builders;
mod crate_files;
mod extract;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// A place in the crate's source.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// The file.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 0-based column.
    pub column: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}",
            self.file.display(),
            self.line,
            self.column + 1
        )
    }
}

/// An id declared with a literal in a layout or a builder chain.
#[derive(Clone, Debug)]
pub struct ScannedId {
    /// The id.
    pub id: String,
    /// The component type name (`Div` for `<div>`, `Dropdown`).
    pub component: String,
    /// Whether it came from a lowercase (html) tag.
    pub html: bool,
    /// The module its path names (`dash_table` for `dash_table::DataTable`), if any.
    pub module: Option<String>,
    /// Props set to `true` beside it (`multi`).
    pub flags: Vec<String>,
    /// Where the id literal stands.
    pub location: Location,
}

/// One `"id.prop"` of a scanned callback.
#[derive(Clone, Debug)]
pub struct ScannedDependency {
    /// The component id.
    pub id: String,
    /// The property.
    pub property: String,
    /// Where the string literal stands.
    pub location: Location,
}

/// A `#[callback]` function found in the crate.
#[derive(Clone, Debug)]
pub struct ScannedCallback {
    /// The function's name.
    pub name: String,
    /// Outputs in order.
    pub outputs: Vec<ScannedDependency>,
    /// For each output, whether it allows duplicates.
    pub duplicates: Vec<bool>,
    /// Inputs in order.
    pub inputs: Vec<ScannedDependency>,
    /// States in order.
    pub state: Vec<ScannedDependency>,
    /// What each parameter can hold, in order (inputs, then states).
    pub parameters: Vec<Option<dash_validation::Parameter>>,
    /// Where the function's name stands.
    pub location: Location,
}

/// A component type the crate declares for a JS component of its own (`component_builder!`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScannedComponent {
    /// The type name (`Counter`), as tags and the JS side name it.
    pub name: String,
    /// Its JS namespace.
    pub namespace: String,
    /// Its props' wire names, sorted, `id` among them.
    pub props: Vec<&'static str>,
    /// The kinds of value each typed setter's Rust type holds (`String` a string, `i64` a
    /// number), for the callback parameter checks; props of other types are not listed.
    pub kinds: Vec<(&'static str, dash_validation::Kinds)>,
}

/// What the crate declares.
#[derive(Clone, Debug, Default)]
pub struct ScannedApp {
    /// Ids given as literals.
    pub ids: Vec<ScannedId>,
    /// False when some id is computed (`id={expr}`), so the literal ids are not all there is.
    pub ids_complete: bool,
    /// Every `#[callback]`.
    pub callbacks: Vec<ScannedCallback>,
    /// The app's own component types.
    pub components: Vec<ScannedComponent>,
    /// The files read.
    pub files: Vec<PathBuf>,
}

/// The scan of the crate being compiled, or `None` when its root cannot be found (for example
/// when an IDE expands the macro outside rustc).
pub fn current_crate() -> Option<Arc<ScannedApp>> {
    let root = crate_files::crate_root()?;
    static CACHE: OnceLock<Mutex<HashMap<PathBuf, Arc<ScannedApp>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(found) = cache.lock().ok()?.get(&root) {
        return Some(found.clone());
    }
    let app = Arc::new(scan_with_source_locations(&root));
    cache.lock().ok()?.insert(root, app.clone());
    Some(app)
}

fn scan_with_source_locations(root: &Path) -> ScannedApp {
    struct Unforce;
    impl Drop for Unforce {
        fn drop(&mut self) {
            proc_macro2::fallback::unforce();
        }
    }
    proc_macro2::fallback::force();
    let _restore = Unforce;
    let files = crate_files::crate_files(root);
    let mut app = scan_files(&files.parsed);
    app.ids_complete &= files.complete;
    app
}

/// Scans the given files (already parsed in source order).
pub fn scan_files(files: &[(PathBuf, syn::File)]) -> ScannedApp {
    let mut app = ScannedApp {
        ids_complete: true,
        ..ScannedApp::default()
    };
    for (path, file) in files {
        extract::extract(path, file, &mut app);
        app.files.push(path.clone());
    }
    app
}

/// The location of a span in `file` (call on tokens parsed by the scan, or on compiler spans).
pub fn location(file: &Path, span: proc_macro2::Span) -> Location {
    let start = span.start();
    Location {
        file: file.to_owned(),
        line: start.line,
        column: start.column,
    }
}
