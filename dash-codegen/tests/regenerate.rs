//! The committed outputs are exactly what the generator writes from the committed metadata:
//! running `cargo run -p dash-codegen` again would change nothing.

use dash_codegen::{generate, repository_root};

#[test]
fn regenerating_gives_no_diff() {
    let root = repository_root();
    let outputs = generate(&root).expect("the generator runs");
    assert!(outputs.len() >= 2, "a catalog and at least one module");
    for output in outputs {
        let path = root.join(&output.path);
        let committed =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            committed == output.text,
            "{} is stale: run `cargo run -p dash-codegen`",
            output.path.display()
        );
    }
}

#[test]
fn the_reduced_metadata_keeps_no_descriptions() {
    let root = repository_root();
    for package in dash_codegen::packages::PACKAGES {
        let path = root.join(dash_codegen::packages::metadata_path(package));
        let text = std::fs::read_to_string(&path).expect("metadata is committed");
        assert!(!text.contains("\"description\""), "{}", path.display());
        let components = dash_codegen::metadata::parse(&text).expect("it parses");
        assert!(!components.is_empty(), "{}", path.display());
    }
}
