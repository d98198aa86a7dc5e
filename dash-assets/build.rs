//! Fetches the pinned Dash front end with npm (or takes `DASH_NPM_MODULES`) and
//! the pinned wheels with pip (or takes `DASH_PYPI_WHEELS`), then hashes and
//! pre-compresses every file and generates the asset table.

#[path = "build/codegen.rs"]
mod codegen;
#[path = "build/encode.rs"]
mod encode;
#[path = "build/fonts.rs"]
mod fonts;
#[path = "build/manifest.rs"]
mod manifest;
#[path = "build/npm.rs"]
mod npm;
#[path = "build/pypi.rs"]
mod pypi;
#[path = "build/themes.rs"]
mod themes;

use std::env;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let started = Instant::now();
    let crate_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR"));
    let npm_src = crate_dir.join("npm");
    rerun_triggers();

    let modules = npm::node_modules(&npm_src, &out_dir);
    let requirements = crate_dir.join("pypi/requirements.txt");
    let wheels = pypi::wheels(&requirements, &out_dir);
    let sources = manifest::collect(&modules, &wheels, &pypi::pins(&requirements), &out_dir);
    if env::var_os(npm::MODULES_ENV).is_some() || env::var_os(pypi::WHEELS_ENV).is_some() {
        // Files outside OUT_DIR may change under us; files npm ci wrote there only
        // change when the lock does, which is already tracked.
        for s in &sources {
            println!("cargo:rerun-if-changed={}", s.file.display());
        }
    }
    let encoded = encode::encode_all(&sources, &out_dir.join("assets"), worker_threads());
    codegen::write_table(&encoded, &out_dir.join("assets.rs"));
    eprintln!(
        "dash-assets: {} assets ready in {:.1?}",
        encoded.len(),
        started.elapsed()
    );
}

fn rerun_triggers() {
    for path in [
        "build.rs",
        "build",
        "npm/package.json",
        "npm/package-lock.json",
        "pypi/requirements.txt",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    println!("cargo:rerun-if-env-changed={}", npm::MODULES_ENV);
    println!("cargo:rerun-if-env-changed={}", pypi::WHEELS_ENV);
}

/// Cargo's job count (`NUM_JOBS`, i.e. `-j`), capped by the machine's cores.
fn worker_threads() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let jobs = env::var("NUM_JOBS")
        .ok()
        .and_then(|j| j.parse().ok())
        .unwrap_or(cores);
    jobs.clamp(1, cores)
}
