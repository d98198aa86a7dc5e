//! The app's own `assets/` folder (protocol §2.6): CSS and JS files auto-included in sorted
//! order, a `favicon.ico` override, and static serving that cannot leave the folder.

use regex::Regex;
use std::path::{Component as PathPart, Path, PathBuf};
use std::time::UNIX_EPOCH;

/// How the app uses its assets folder: Dash's `assets_*` settings.
#[derive(Clone, Debug)]
pub struct AssetsSettings {
    /// `assets_folder` (default `./assets`).
    pub folder: PathBuf,
    /// `assets_ignore`: a regex; files whose names it finds are not included in the page.
    pub ignore: Option<String>,
    /// `assets_path_ignore`: regexes; folders with a level of their path matched are skipped.
    pub path_ignore: Vec<String>,
    /// `include_assets_files`: include the CSS and JS (and the favicon) at all.
    pub include_files: bool,
}

impl Default for AssetsSettings {
    fn default() -> Self {
        Self {
            folder: PathBuf::from("assets"),
            ignore: None,
            path_ignore: Vec::new(),
            include_files: true,
        }
    }
}

impl AssetsSettings {
    /// Walks the folder with these settings; a malformed regex is an error naming it.
    pub fn scan(&self) -> Result<AssetsFolder, Vec<String>> {
        let compile = |setting: &str, pattern: &str| {
            Regex::new(pattern)
                .map_err(|error| format!("`{setting}` is not a valid regex ({pattern:?}): {error}"))
        };
        let mut errors = Vec::new();
        let ignore = self
            .ignore
            .as_deref()
            .filter(|p| !p.is_empty())
            .and_then(|p| compile("assets_ignore", p).map_err(|e| errors.push(e)).ok());
        let path_ignore: Vec<Regex> = self
            .path_ignore
            .iter()
            .filter(|p| !p.is_empty())
            .filter_map(|p| {
                compile("assets_path_ignore", p)
                    .map_err(|e| errors.push(e))
                    .ok()
            })
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut found = AssetsFolder::scan(&self.folder, ignore.as_ref(), &path_ignore);
        if !self.include_files {
            // Still served, just not put on the page.
            found = AssetsFolder {
                root: found.root,
                ..AssetsFolder::default()
            };
        }
        Ok(found)
    }
}

/// What a walk of the assets folder found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssetsFolder {
    /// The folder (canonicalised), if it exists.
    pub root: Option<PathBuf>,
    /// `.css` files, relative paths with `/` separators, with their cache-busting mtime.
    pub stylesheets: Vec<(String, f64)>,
    /// `.js` and `.mjs` files, likewise.
    pub scripts: Vec<(String, f64)>,
    /// `favicon.ico`, if present.
    pub favicon: Option<(String, f64)>,
}

impl AssetsFolder {
    /// Walks `root` as Dash does: folders in the order of their full path strings (so `a-b/`
    /// comes before `a/z/`), files sorted within each folder.
    /// Files whose names `ignore` finds are left out, and folders with a level of their path
    /// (below the root) that one of `path_ignore` finds.
    pub fn scan(root: &Path, ignore: Option<&Regex>, path_ignore: &[Regex]) -> Self {
        let Ok(root) = root.canonicalize() else {
            return Self::default();
        };
        let mut folders = Vec::new();
        collect_folders(&root, &mut folders);
        folders.sort();
        let mut found = Self {
            root: Some(root.clone()),
            ..Self::default()
        };
        for (folder, mut files) in folders {
            let below_root = Path::new(&folder)
                .strip_prefix(&root)
                .unwrap_or(Path::new(""));
            let skipped = below_root.components().any(|level| {
                let level = level.as_os_str().to_string_lossy();
                path_ignore.iter().any(|pattern| pattern.is_match(&level))
            });
            if skipped {
                continue;
            }
            files.sort();
            for file in files {
                let name = file
                    .file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default();
                if ignore.is_some_and(|pattern| pattern.is_match(&name)) {
                    continue;
                }
                found.add(&root, &file);
            }
        }
        found
    }

    fn add(&mut self, root: &Path, file: &Path) {
        let Some(relative) = relative_url_path(root, file) else {
            return;
        };
        let entry = (relative, mtime(file));
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.ends_with("css") {
            self.stylesheets.push(entry);
        } else if name.ends_with("js") {
            self.scripts.push(entry);
        } else if name == "favicon.ico" {
            self.favicon = Some(entry);
        }
    }

    /// The file a request path names, if it is inside the folder and exists.
    pub fn resolve(&self, request_path: &str) -> Option<PathBuf> {
        let root = self.root.as_ref()?;
        let relative = Path::new(request_path);
        // Only plain names: no `..`, no root, no drive prefixes.
        if relative
            .components()
            .any(|part| !matches!(part, PathPart::Normal(_)))
        {
            return None;
        }
        let candidate = root.join(relative).canonicalize().ok()?;
        (candidate.starts_with(root) && candidate.is_file()).then_some(candidate)
    }
}

/// Every folder under `dir` (itself included) with its files, keyed by the folder's path string.
fn collect_folders(dir: &Path, folders: &mut Vec<(String, Vec<PathBuf>)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let (subfolders, files): (Vec<PathBuf>, Vec<PathBuf>) = entries
        .flatten()
        .map(|e| e.path())
        .partition(|p| p.is_dir());
    folders.push((dir.to_string_lossy().into_owned(), files));
    for subfolder in subfolders {
        collect_folders(&subfolder, folders);
    }
}

fn relative_url_path(root: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(root).ok()?;
    let parts: Option<Vec<&str>> = relative
        .components()
        .map(|c| c.as_os_str().to_str())
        .collect();
    Some(parts?.join("/"))
}

/// A file's modification time in seconds, as Dash's `?m=` query carries it.
pub fn mtime(path: &Path) -> f64 {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0.0, |d| d.as_secs_f64())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_walk_sorts_and_sorts_out_and_resolve_stays_inside() {
        let dir = std::env::temp_dir().join(format!("dash-assets-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for file in [
            "b.css",
            "a.css",
            "app.js",
            "mod.mjs",
            "favicon.ico",
            "sub/c.css",
            "x.txt",
        ] {
            std::fs::write(dir.join(file), "x").unwrap();
        }
        let folder = AssetsFolder::scan(&dir, None, &[]);
        let names =
            |list: &[(String, f64)]| list.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(names(&folder.stylesheets), ["a.css", "b.css", "sub/c.css"]);
        assert_eq!(names(&folder.scripts), ["app.js", "mod.mjs"]);
        assert_eq!(folder.favicon.as_ref().unwrap().0, "favicon.ico");
        assert!(folder.resolve("x.txt").is_some());
        assert!(folder.resolve("sub/c.css").is_some());
        assert!(folder.resolve("../etc/passwd").is_none());
        assert!(folder.resolve("/etc/passwd").is_none());
        assert!(folder.resolve("sub/../../x").is_none());
        assert!(folder.resolve("missing.css").is_none());

        // Dash's filters: file names by `assets_ignore`, folder levels by `assets_path_ignore`.
        let settings = AssetsSettings {
            folder: dir.clone(),
            ignore: Some(r"^b\.css$|\.mjs$".into()),
            path_ignore: vec!["^su".into()],
            include_files: true,
        };
        let filtered = settings.scan().unwrap();
        assert_eq!(names(&filtered.stylesheets), ["a.css"]);
        assert_eq!(names(&filtered.scripts), ["app.js"]);
        let hidden = AssetsSettings {
            include_files: false,
            ..settings.clone()
        }
        .scan()
        .unwrap();
        assert!(hidden.stylesheets.is_empty() && hidden.favicon.is_none());
        assert!(hidden.resolve("b.css").is_some(), "still served");
        let broken = AssetsSettings {
            ignore: Some("(".into()),
            ..settings
        };
        assert!(broken.scan().unwrap_err()[0].contains("`assets_ignore` is not a valid regex"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
