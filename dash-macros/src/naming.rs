//! How Dash's wire names map to Rust names: `className` → `class_name`, `div` → `Div`.

pub use dash_validation::naming::setter_name;

/// The html component type for a lowercase tag: `div` → `Div`, `h1` → `H1`.
pub fn html_type_name(tag: &str) -> String {
    let mut chars = tag.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_become_rust_names() {
        assert_eq!(html_type_name("div"), "Div");
        assert_eq!(html_type_name("h1"), "H1");
    }
}
