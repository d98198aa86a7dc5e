//! Turning a parsed `layout!` tree into builder calls.

use super::parse::{Attribute, AttributeValue, Element, Node, Nodes};
use crate::naming::{html_type_name, setter_name};
use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned};

/// The whole expansion: one root becomes a `Component`, several a `Vec<Component>`.
pub fn expand(nodes: &Nodes) -> TokenStream {
    let roots: Vec<TokenStream> = nodes.0.iter().map(node).collect();
    let body = if let [root] = roots.as_slice() {
        quote!(::dash::component::IntoComponent::into_component(#root))
    } else {
        quote!(::std::vec![#(::dash::component::IntoComponent::into_component(#roots)),*])
    };
    quote! {{
        #[allow(unused_imports)]
        use ::dash::component::Builder as _;
        #body
    }}
}

fn node(node: &Node) -> TokenStream {
    match node {
        Node::Element(element) => element_expr(element),
        Node::Text(text) => quote!(#text),
        Node::Block(expr) => quote!(#expr),
    }
}

fn element_expr(element: &Element) -> TokenStream {
    let constructor = if element.name.is_html() {
        let segment = &element.name.segments[0];
        let type_name = Ident::new(&html_type_name(&segment.to_string()), segment.span());
        quote_spanned!(segment.span()=> ::dash::html::#type_name::new())
    } else {
        let segments = &element.name.segments;
        quote!(#(#segments)::*::new())
    };
    let setters = element.attributes.iter().map(setter);
    let children = element.children.iter().map(|child| {
        let child = node(child);
        quote!(.child(#child))
    });
    quote!(#constructor #(#setters)* #(#children)*)
}

fn setter(attribute: &Attribute) -> TokenStream {
    let value = match &attribute.value {
        AttributeValue::Literal(literal) => quote!(#literal),
        AttributeValue::Expr(expr) => quote!(#expr),
        AttributeValue::Pattern(entries) => {
            let entries = entries.iter().map(|entry| {
                let (key, value) = (&entry.key, &entry.value);
                quote!((#key, ::dash::component::id::id_value(&(#value))))
            });
            quote!(::dash::component::ComponentId::from_entries([#(#entries),*]))
        }
        AttributeValue::Flag => quote!(true),
    };
    if attribute.name.contains('-') {
        let name = &attribute.name;
        return quote_spanned!(attribute.span=> .prop(#name, #value));
    }
    let method = Ident::new(&setter_name(&attribute.name), attribute.span);
    quote_spanned!(attribute.span=> .#method(#value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expand_str(tokens: TokenStream) -> String {
        expand(&syn::parse2(tokens).unwrap()).to_string()
    }

    #[test]
    fn html_tags_become_html_builders_and_attributes_setters() {
        let out = expand_str(quote!(<div className="app" data-row={3}><h1>"Sales"</h1></div>));
        assert!(out.contains(":: dash :: html :: Div :: new ()"), "{out}");
        assert!(out.contains(". class_name (\"app\")"), "{out}");
        assert!(out.contains(". prop (\"data-row\" , 3)"), "{out}");
        assert!(
            out.contains(". child (:: dash :: html :: H1 :: new () . child (\"Sales\"))"),
            "{out}"
        );
    }

    #[test]
    fn components_are_taken_from_scope_and_flags_are_true() {
        let out = expand_str(quote!(<Dropdown id="region" multi />));
        assert!(
            out.contains("Dropdown :: new () . id (\"region\") . multi (true)"),
            "{out}"
        );
    }

    #[test]
    fn pattern_ids_become_component_ids() {
        let out = expand_str(quote!(<Checklist id={"type": "done", "index": i} />));
        assert!(
            out.contains(". id (:: dash :: component :: ComponentId :: from_entries ([(\"type\" , :: dash :: component :: id :: id_value (& (\"done\"))) , (\"index\" , :: dash :: component :: id :: id_value (& (i)))]))"),
            "{out}"
        );
    }

    #[test]
    fn several_roots_make_a_list() {
        let out = expand_str(quote!(<br/><hr/>));
        assert!(out.contains(":: std :: vec !"), "{out}");
    }
}
