//! Rust names for metadata names: snake_case for setters and fields (shared with the macros),
//! PascalCase for types and variants.

pub use dash_validation::naming::setter_name as snake_case;

/// `row_id` → `RowId`, `readOnly` → `ReadOnly`, `_blank` → `Blank`, `columns.name` →
/// `ColumnsName`; a leading digit gets a `V` in front (`3d` → `V3d`).
pub fn pascal_case(text: &str) -> String {
    let mut out = String::new();
    let mut word_start = true;
    let mut previous_lower = false;
    for c in text.chars() {
        if !c.is_ascii_alphanumeric() {
            word_start = true;
            previous_lower = false;
            continue;
        }
        let boundary = word_start || (c.is_ascii_uppercase() && previous_lower);
        if boundary {
            out.push(c.to_ascii_uppercase());
        } else {
            out.push(c.to_ascii_lowercase());
        }
        word_start = false;
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_pascal_case() {
        assert_eq!(pascal_case("row_id"), "RowId");
        assert_eq!(pascal_case("readOnly"), "ReadOnly");
        assert_eq!(pascal_case("READONLY"), "Readonly");
        assert_eq!(pascal_case("_blank"), "Blank");
        assert_eq!(pascal_case("columns.name"), "ColumnsName");
        assert_eq!(pascal_case("3d"), "V3d");
        assert_eq!(snake_case("column_id"), "column_id");
    }
}
