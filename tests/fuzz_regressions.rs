//! Replays the saved fuzz inputs in `fuzz/regressions/` through the checks the fuzz targets
//! run (`fuzz/src/`), so that every case once found stays fixed without `cargo fuzz`.

#[path = "../fuzz/src/layout.rs"]
mod layout;
#[path = "../fuzz/src/update.rs"]
mod update;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The files of `fuzz/regressions/<target>/`, which must not be empty.
fn cases(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no cases in {}", dir.display());
    files
        .into_iter()
        .map(|path| {
            let data = std::fs::read(&path).unwrap();
            (path, data)
        })
        .collect()
}

#[test]
fn saved_update_requests_keep_every_invariant() {
    // The `panics` callback panics on purpose; keep its message out of the test output.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if info.payload().downcast_ref::<&str>() != Some(&update::DELIBERATE_PANIC) {
            default_hook(info);
        }
    }));
    let registry = update::registry();
    let runtime = actix_web::rt::Runtime::new().unwrap();
    let mut answers = BTreeSet::new();
    for (path, data) in cases("update_request") {
        eprintln!("{}", path.display());
        answers.insert(update::check(&registry, &data, |dispatch| {
            runtime.block_on(dispatch)
        }));
    }
    // The saved cases reach every answer the route can give.
    let all = [
        "bad request",
        "failed",
        "prevented",
        "undecodable",
        "unknown callback",
        "updated",
    ];
    assert_eq!(answers, BTreeSet::from(all));
}

#[test]
fn saved_layout_programs_keep_every_invariant() {
    for (path, data) in cases("layout_tree") {
        eprintln!("{}", path.display());
        layout::check(&data);
    }
}
