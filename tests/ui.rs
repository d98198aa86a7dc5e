//! The compile errors `layout!` and `#[callback]` give, pinned with trybuild: every case in
//! `tests/ui/fail/` must fail with exactly its `.stderr`, every case in `tests/ui/pass/` must
//! compile and run (its `main` builds the app, so the startup check passes too).
//!
//! The `.stderr` files were written against the toolchain below; a different compiler may word
//! its own parts of a message differently. To re-bless after a deliberate change:
//! `TRYBUILD=overwrite cargo test --test ui`, then read every changed `.stderr`.

const PINNED_RUSTC: &str = "rustc 1.95.0";

#[test]
fn ui() {
    let version =
        std::process::Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into()))
            .arg("--version")
            .output()
            .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
            .unwrap_or_default();
    assert!(
        version.starts_with(PINNED_RUSTC),
        "the UI expectations were written against {PINNED_RUSTC}, this is {version}; \
         re-bless them (see the top of tests/ui.rs)"
    );
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/fail/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
