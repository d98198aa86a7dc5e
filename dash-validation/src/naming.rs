//! How Dash's wire names become Rust names, shared by the generator that writes the builders and
//! the macros that call them, so `layout!` attribute `className` always finds `.class_name()`.

/// The builder method for a prop: snake_case of the wire name, with a trailing `_` when that is
/// a Rust keyword (`type` → `type_`).
pub fn setter_name(wire: &str) -> String {
    let mut out = String::with_capacity(wire.len() + 4);
    let mut previous_lower = false;
    for c in wire.chars() {
        if c.is_ascii_uppercase() {
            if previous_lower {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            previous_lower = false;
        } else {
            out.push(c);
            previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        }
    }
    if is_keyword(&out) {
        out.push('_');
    }
    out
}

fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "as" | "async"
            | "await"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "Self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
            | "gen"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_become_rust_names() {
        assert_eq!(setter_name("className"), "class_name");
        assert_eq!(setter_name("n_clicks"), "n_clicks");
        assert_eq!(setter_name("maxLength"), "max_length");
        assert_eq!(setter_name("type"), "type_");
        assert_eq!(setter_name("if"), "if_");
        assert_eq!(setter_name("start_date"), "start_date");
        assert_eq!(setter_name("is_RTL"), "is_rtl");
    }
}
