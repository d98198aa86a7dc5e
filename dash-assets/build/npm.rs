//! Locating (or fetching with `npm ci`) the pinned front-end packages.

use std::env;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Env var naming an already-fetched `node_modules` folder (offline builds).
pub const MODULES_ENV: &str = "DASH_NPM_MODULES";

/// Written after a successful `npm ci`: a copy of the lock it installed. A
/// half-finished install never leaves it behind, so it is safe to trust.
const STAMP: &str = ".dash-assets-installed.lock";

/// Returns the `node_modules` folder to read the front-end files from.
pub fn node_modules(npm_src: &Path, out_dir: &Path) -> PathBuf {
    if let Some(dir) = env::var_os(MODULES_ENV) {
        let dir = PathBuf::from(dir);
        if !dir.is_dir() {
            panic!("{MODULES_ENV}={} is not a directory", dir.display());
        }
        return dir;
    }
    let work = out_dir.join("npm");
    fs::create_dir_all(&work).expect("create $OUT_DIR/npm");
    let lock = read(&npm_src.join("package-lock.json"));
    let manifest = read(&npm_src.join("package.json"));
    let modules = work.join("node_modules");
    if modules.is_dir() && fs::read(work.join(STAMP)).ok().as_deref() == Some(&lock[..]) {
        return modules;
    }
    // Drop the stamp first so an interrupted install is redone next time.
    remove_if_present(&work.join(STAMP));
    write(&work.join("package.json"), &manifest);
    write(&work.join("package-lock.json"), &lock);
    run_npm_ci(&work);
    write(&work.join(STAMP), &lock);
    modules
}

fn run_npm_ci(dir: &Path) {
    let npm = if cfg!(windows) { "npm.cmd" } else { "npm" };
    eprintln!("dash-assets: running `npm ci` in {}", dir.display());
    let status = Command::new(npm)
        .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
        .current_dir(dir)
        // Cargo parses the build script's stdout, so keep npm's chatter off it.
        .stdout(Stdio::from(io::stderr()))
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => panic!(
            "`npm ci` failed ({s}) in {}; see the output above. To build offline, \
             set {MODULES_ENV} to a node_modules folder fetched from dash-assets/npm.",
            dir.display()
        ),
        Err(e) if e.kind() == io::ErrorKind::NotFound => panic!(
            "dash-assets needs npm to fetch the Dash front end (e.g. `apt-get install -y nodejs npm`), \
             or set {MODULES_ENV} to a node_modules folder already fetched with \
             `npm ci --ignore-scripts` from dash-assets/npm."
        ),
        Err(e) => panic!("could not run npm: {e}"),
    }
}

/// The top-level `"version"` of a package's package.json, checked against the pin.
pub fn check_version(modules: &Path, package: &str, expected: &str) {
    let file = modules.join(package).join("package.json");
    let text = String::from_utf8(read(&file)).expect("package.json is UTF-8");
    let found = top_level_string(&text, "version");
    if found.as_deref() != Some(expected) {
        panic!(
            "{} has version {found:?}, but dash-assets pins {package}@{expected}",
            file.display()
        );
    }
}

/// Tiny JSON scan (no serde in the build): the string value of `key` in the
/// outermost object. Nested objects are skipped by tracking bracket depth.
fn top_level_string(json: &str, key: &str) -> Option<String> {
    let mut depth = 0usize;
    let mut last_key: Option<String> = None; // last string seen at depth 1
    let mut after_colon = false; // `"key":` just seen
    let mut chars = json.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let mut s = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => s.extend(chars.next()),
                        '"' => break,
                        c => s.push(c),
                    }
                }
                if after_colon {
                    return Some(s);
                }
                last_key = (depth == 1).then_some(s);
            }
            ':' => after_colon = depth == 1 && last_key.as_deref() == Some(key),
            c if c.is_whitespace() => {}
            c => {
                after_colon = false;
                last_key = None;
                match c {
                    '{' | '[' => depth += 1,
                    '}' | ']' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
        }
    }
    None
}

pub fn read(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

pub fn write(path: &Path, bytes: &[u8]) {
    fs::write(path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()))
}

fn remove_if_present(path: &Path) {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => {
            panic!("cannot remove {}: {e}", path.display())
        }
        _ => {}
    }
}
