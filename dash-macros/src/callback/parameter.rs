//! What a parameter's Rust type can hold, read from its syntax, for the parameter-type rule.

use dash_validation::{Kinds, Parameter};
use syn::{GenericArgument, PathArguments, Type};

/// Whether a parameter takes the callback context (`CallbackContext` or a reference to it)
/// rather than a dependency's value.
pub fn is_context(ty: &Type) -> bool {
    match ty {
        Type::Reference(reference) => is_context(&reference.elem),
        Type::Path(path) => path
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "CallbackContext"),
        _ => false,
    }
}

/// The parameter a value is decoded into, or `None` when its type says nothing certain (a
/// `serde_json::Value`, a type of the app's own, a generic).
pub fn parameter(ty: &Type) -> Option<Parameter> {
    Some(Parameter {
        rust_type: compact(ty),
        kinds: kinds(ty)?,
    })
}

fn kinds(ty: &Type) -> Option<Kinds> {
    match ty {
        Type::Reference(reference) => kinds(&reference.elem),
        Type::Array(_) | Type::Slice(_) | Type::Tuple(_) => Some(Kinds::LIST),
        Type::Path(path) => {
            let last = path.path.segments.last()?;
            let name = last.ident.to_string();
            match name.as_str() {
                // `null` decodes into `None`; what matters is what `Some` holds.
                "Option" | "Box" | "Rc" | "Arc" => kinds(first_argument(&last.arguments)?),
                "String" | "str" | "char" | "Cow" => Some(Kinds::STRING),
                "bool" => Some(Kinds::BOOL),
                "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64"
                | "u128" | "usize" | "f32" | "f64" => Some(Kinds::NUMBER),
                "Vec" | "VecDeque" | "HashSet" | "BTreeSet" => Some(Kinds::LIST),
                "HashMap" | "BTreeMap" => Some(Kinds::OBJECT),
                _ => None,
            }
        }
        _ => None,
    }
}

fn first_argument(arguments: &PathArguments) -> Option<&Type> {
    let PathArguments::AngleBracketed(arguments) = arguments else {
        return None;
    };
    arguments.args.iter().find_map(|argument| match argument {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}

/// `Option < String >` as a person writes it: `Option<String>`.
fn compact(ty: &Type) -> String {
    let text = quote::quote!(#ty).to_string();
    let mut out = String::with_capacity(text.len());
    for part in text.split(' ') {
        let glue = out.ends_with(['<', '&', ':', '(', '['])
            || part.starts_with(['<', '>', ',', ':', ')', ']']);
        if !out.is_empty() && !glue {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(ty: &str) -> Option<(String, Kinds)> {
        parameter(&syn::parse_str(ty).unwrap()).map(|p| (p.rust_type, p.kinds))
    }

    #[test]
    fn context_parameters_are_recognised() {
        for ty in [
            "CallbackContext",
            "&CallbackContext",
            "dash::callback::CallbackContext",
        ] {
            assert!(is_context(&syn::parse_str(ty).unwrap()), "{ty}");
        }
        assert!(!is_context(&syn::parse_str("Option<String>").unwrap()));
    }

    #[test]
    fn types_say_what_they_hold() {
        assert_eq!(
            of("Option<String>"),
            Some(("Option<String>".into(), Kinds::STRING))
        );
        assert_eq!(of("i64"), Some(("i64".into(), Kinds::NUMBER)));
        assert_eq!(of("Option<Vec<String>>").unwrap().1, Kinds::LIST);
        assert_eq!(
            of("std::collections::HashMap<String, f64>").unwrap().1,
            Kinds::OBJECT
        );
        assert_eq!(of("serde_json::Value"), None);
        assert_eq!(of("MyRow"), None);
    }
}
