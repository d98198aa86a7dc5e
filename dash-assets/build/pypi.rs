//! Locating (or fetching with `pip download`) the pinned wheels of `pypi/requirements.txt`
//! and unpacking the files we embed from them.
//!
//! dash-bootstrap-components 2.x, the release `pip install dash-bootstrap-components` gives a
//! Dash 4 user, is published on PyPI only (npm's `latest` is the React-16-era 1.6.0), so its
//! bundle comes from the wheel. pip checks the wheel against the SHA-256 in the requirements
//! file, as npm checks the lockfile's integrity hashes.

use std::env;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Env var naming a folder that already holds the pinned wheels (offline builds).
pub const WHEELS_ENV: &str = "DASH_PYPI_WHEELS";

/// Written after a successful download: a copy of the requirements it fetched.
const STAMP: &str = ".dash-assets-downloaded.txt";

/// One pinned wheel of the requirements file.
pub struct Pin {
    /// The distribution name as pip writes it in file names (`dash_bootstrap_components`).
    pub file_stem: String,
    /// The pinned version.
    pub version: String,
    /// The pinned SHA-256, hex.
    pub sha256: String,
}

/// The pins of a requirements file: `name==version --hash=sha256:<hex>` lines.
pub fn pins(requirements: &Path) -> Vec<Pin> {
    let text = String::from_utf8(crate::npm::read(requirements)).expect("UTF-8 requirements");
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let malformed = || panic!("dash-assets: cannot read requirement `{line}`");
            let (spec, hash) = line.split_once(" --hash=sha256:").unwrap_or_else(malformed);
            let (name, version) = spec.split_once("==").unwrap_or_else(malformed);
            Pin {
                file_stem: name.trim().replace('-', "_"),
                version: version.trim().to_owned(),
                sha256: hash.trim().to_owned(),
            }
        })
        .collect()
}

/// Unpacks `member` of the pinned wheel `pin` (checking its SHA-256 first) to
/// `$OUT_DIR/pypi/unpacked/<wheel>/<member>` and returns that path.
pub fn unpack(wheels: &Path, pin: &Pin, member: &str, out_dir: &Path) -> PathBuf {
    let prefix = format!("{}-{}-", pin.file_stem, pin.version);
    let archive = fs::read_dir(wheels)
        .ok()
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .find(|path| {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            name.starts_with(&prefix) && name.ends_with(".whl")
        })
        .unwrap_or_else(|| {
            panic!(
                "dash-assets: no {prefix}*.whl in {}; run `python3 -m pip download --no-deps \
                 --require-hashes -r dash-assets/pypi/requirements.txt -d <folder>` and set \
                 {WHEELS_ENV}=<folder>",
                wheels.display()
            )
        });
    let target = out_dir.join("pypi/unpacked").join(&prefix);
    let unpacked = target.join(member);
    let stamp = target.join(format!("{member}.sha256"));
    if unpacked.is_file() && fs::read_to_string(&stamp).ok().as_deref() == Some(&pin.sha256[..]) {
        return unpacked;
    }
    let _ = fs::remove_file(&stamp);
    // Python: pip already needs it, and the build stays free of zip and SHA-256 crates.
    let script = "import hashlib, sys, zipfile\n\
        archive, expected, member, target = sys.argv[1:]\n\
        digest = hashlib.sha256(open(archive, 'rb').read()).hexdigest()\n\
        if digest != expected:\n    \
            sys.exit(f'{archive} has SHA-256 {digest}; requirements.txt pins {expected}')\n\
        zipfile.ZipFile(archive).extract(member, target)\n";
    run(
        Command::new(python())
            .args(["-c", script])
            .arg(&archive)
            .arg(&pin.sha256)
            .arg(member)
            .arg(&target),
        "check and unpack a wheel",
    );
    crate::npm::write(&stamp, pin.sha256.as_bytes());
    unpacked
}

/// The folder holding the wheels pinned by `requirements`, downloading them if needed.
pub fn wheels(requirements: &Path, out_dir: &Path) -> PathBuf {
    if let Some(dir) = env::var_os(WHEELS_ENV) {
        let dir = PathBuf::from(dir);
        if !dir.is_dir() {
            panic!("{WHEELS_ENV}={} is not a directory", dir.display());
        }
        return dir;
    }
    let dir = out_dir.join("pypi/wheels");
    fs::create_dir_all(&dir).expect("create $OUT_DIR/pypi/wheels");
    let pins = crate::npm::read(requirements);
    if fs::read(dir.join(STAMP)).ok().as_deref() == Some(&pins[..]) {
        return dir;
    }
    let _ = fs::remove_file(dir.join(STAMP));
    eprintln!("dash-assets: running `pip download` into {}", dir.display());
    run(
        Command::new(python())
            .args(["-m", "pip", "download", "--no-deps", "--require-hashes"])
            .args(["--disable-pip-version-check", "--quiet", "-r"])
            .arg(requirements)
            .arg("-d")
            .arg(&dir),
        "fetch the pinned wheels from PyPI",
    );
    crate::npm::write(&dir.join(STAMP), &pins);
    dir
}

fn python() -> String {
    env::var("PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

fn run(command: &mut Command, what: &str) {
    // Cargo parses the build script's stdout, so keep the tools' chatter off it.
    let status = command.stdout(Stdio::from(io::stderr())).status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => panic!(
            "dash-assets could not {what} ({s}); see the output above. To build offline, set \
             {WHEELS_ENV} to a folder of the wheels pinned in dash-assets/pypi/requirements.txt."
        ),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            panic!("dash-assets needs python3 with pip to {what} (or set PYTHON to an interpreter)")
        }
        Err(e) => panic!("dash-assets could not run python to {what}: {e}"),
    }
}
