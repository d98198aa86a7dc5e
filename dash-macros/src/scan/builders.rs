//! Reading `component_builder!` invocations: the component types an app declares for its own
//! JS components, with their props, so that `layout!` and `#[callback]` check them as they
//! check the official ones.

use super::ScannedComponent;
use dash_validation::Kinds;
use syn::parse::{Parse, ParseStream};
use syn::{braced, bracketed, parenthesized, Attribute, Ident, LitStr, Token};

/// The body of a `component_builder!` invocation, as the runtime's macro takes it:
/// `Name in "namespace" [, also ["id", ...]] { setter("wire"): Type, ... }`.
struct Declaration(ScannedComponent);

impl Parse for Declaration {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        Attribute::parse_outer(input)?;
        let name: Ident = input.parse()?;
        input.parse::<Token![in]>()?;
        let namespace: LitStr = input.parse()?;
        // `id` is every component's: callbacks cannot name one without it.
        let mut props = vec!["id".to_owned()];
        let mut kinds = Vec::new();
        if input.parse::<Option<Token![,]>>()?.is_some() {
            let also: Ident = input.parse()?;
            if also != "also" {
                return Err(syn::Error::new(also.span(), "expected `also`"));
            }
            let listed;
            bracketed!(listed in input);
            let names = listed.parse_terminated(|input| input.parse::<LitStr>(), Token![,])?;
            props.extend(names.iter().map(LitStr::value));
        }
        let body;
        braced!(body in input);
        while !body.is_empty() {
            Attribute::parse_outer(&body)?;
            body.parse::<Ident>()?;
            let wire;
            parenthesized!(wire in body);
            let wire = wire.parse::<LitStr>()?.value();
            body.parse::<Token![:]>()?;
            if let Some(held) = kinds_of(&body.parse::<syn::Type>()?) {
                kinds.push((leak(wire.clone()), held));
            }
            props.push(wire);
            if body.parse::<Option<Token![,]>>()?.is_none() {
                break;
            }
        }
        props.sort();
        props.dedup();
        Ok(Declaration(ScannedComponent {
            name: name.to_string(),
            namespace: namespace.value(),
            props: props.into_iter().map(leak).collect(),
            kinds,
        }))
    }
}

/// Leaked once per scan, which is once per compilation: the catalog hands out `&'static str`s,
/// as the official one does.
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The kinds of JSON value a setter's Rust type produces, for the types that say it plainly.
fn kinds_of(ty: &syn::Type) -> Option<Kinds> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    let name = last.ident.to_string();
    let kinds = match name.as_str() {
        "String" | "str" | "char" => Kinds::STRING,
        "bool" => Kinds::BOOL,
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128"
        | "usize" | "f32" | "f64" | "Number" => Kinds::NUMBER,
        "Vec" => Kinds::LIST,
        _ => return None,
    };
    Some(kinds)
}

/// The component a `component_builder!` body declares, if it reads as one.
pub fn parse(mac: &syn::Macro) -> Option<ScannedComponent> {
    mac.parse_body::<Declaration>().ok().map(|d| d.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declaration_gives_its_namespace_and_wire_names() {
        let mac: syn::Macro = syn::parse_quote! {
            component_builder! {
                /// A counter.
                Counter in "counters", also ["className"] {
                    /// Its text.
                    label("label"): String,
                    count_so_far("countSoFar"): Vec<i64>,
                }
            }
        };
        let component = parse(&mac).expect("it parses");
        assert_eq!(component.name, "Counter");
        assert_eq!(component.namespace, "counters");
        assert_eq!(component.props, ["className", "countSoFar", "id", "label"]);
        assert_eq!(
            component.kinds,
            [("label", Kinds::STRING), ("countSoFar", Kinds::LIST)]
        );
    }

    #[test]
    fn other_bodies_are_not_components() {
        let mac: syn::Macro = syn::parse_quote!(component_builder!(not a declaration));
        assert!(parse(&mac).is_none());
    }
}
