//! Parsing `layout!` input into [`Nodes`].

use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{braced, Expr, Ident, Lit, LitStr, Token};

/// The macro's whole input: one or more root nodes.
pub struct Nodes(pub Vec<Node>);

/// One node of the tree.
pub enum Node {
    /// `<tag ...>children</tag>` or `<tag ... />`.
    Element(Box<Element>),
    /// A string literal child.
    Text(LitStr),
    /// `{expression}`: a component, text, or a list of them.
    Block(Box<Expr>),
}

/// A tag with its attributes and children.
pub struct Element {
    /// The tag name as written: `div`, `Dropdown`, `dbc::Card`.
    pub name: TagName,
    /// Attributes in source order.
    pub attributes: Vec<Attribute>,
    /// Children in source order.
    pub children: Vec<Node>,
}

/// A tag name: lowercase single identifiers are html elements, anything else a component path.
pub struct TagName {
    /// The path segments (`["dbc", "Card"]`).
    pub segments: Vec<Ident>,
}

impl TagName {
    /// Whether this is an html element (`div`, `h1`).
    pub fn is_html(&self) -> bool {
        self.segments.len() == 1
            && self.segments[0]
                .to_string()
                .starts_with(|c: char| c.is_ascii_lowercase())
    }

    /// The component type it names: `Div` for `<div>`, `Dropdown` for `<dcc::Dropdown>`.
    pub fn component(&self) -> String {
        let written = self
            .segments
            .last()
            .map(ToString::to_string)
            .unwrap_or_default();
        if self.is_html() {
            crate::naming::html_type_name(&written)
        } else {
            written
        }
    }

    /// The module the path names the component from: `dash_table` for
    /// `<dash_table::DataTable>`, nothing for a bare `<DataTable>` or an html tag.
    pub fn module(&self) -> Option<String> {
        let [.., module, _] = self.segments.as_slice() else {
            return None;
        };
        Some(module.to_string())
    }

    /// The name as written.
    pub fn text(&self) -> String {
        self.segments
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("::")
    }

    /// The span of the last segment (for errors).
    pub fn span(&self) -> Span {
        self.segments
            .last()
            .map_or_else(Span::call_site, Ident::span)
    }
}

/// `name=value` or a bare `name` (meaning `true`).
pub struct Attribute {
    /// The wire name: `id`, `className`, `data-row`, `aria-label`.
    pub name: String,
    /// Where the name stands.
    pub span: Span,
    /// The value.
    pub value: AttributeValue,
}

/// An attribute's value.
pub enum AttributeValue {
    /// A literal: `"region"`, `3`, `true`.
    Literal(Lit),
    /// `{expression}`.
    Expr(Box<Expr>),
    /// `{"type": "done", "index": i}`: a pattern-matching id, each value an expression.
    Pattern(Vec<PatternEntry>),
    /// No value: the attribute is `true`.
    Flag,
}

/// One `key: value` of a pattern id in `layout!`.
pub struct PatternEntry {
    /// The key.
    pub key: String,
    /// The value, any serialisable expression.
    pub value: Expr,
}

/// Whether braces hold `key: value` pairs rather than an expression: a string or identifier
/// followed by a single `:` is no Rust expression.
fn is_pattern(content: ParseStream) -> bool {
    let fork = content.fork();
    let key = fork.parse::<LitStr>().is_ok() || Ident::parse_any(&fork).is_ok();
    key && fork.peek(Token![:]) && !fork.peek(Token![::])
}

fn parse_pattern(content: ParseStream) -> syn::Result<Vec<PatternEntry>> {
    let mut entries = Vec::new();
    while !content.is_empty() {
        let key = if content.peek(LitStr) {
            content.parse::<LitStr>()?.value()
        } else {
            Ident::parse_any(content)?.to_string()
        };
        content.parse::<Token![:]>()?;
        let value: Expr = content.parse()?;
        entries.push(PatternEntry { key, value });
        if !content.is_empty() {
            content.parse::<Token![,]>()?;
        }
    }
    Ok(entries)
}

impl Parse for Nodes {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut nodes = Vec::new();
        while !input.is_empty() {
            nodes.push(input.parse()?);
        }
        if nodes.is_empty() {
            return Err(input.error("`layout!` needs at least one element, e.g. `<div></div>`"));
        }
        Ok(Nodes(nodes))
    }
}

impl Parse for Node {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(Token![<]) {
            return input
                .parse()
                .map(|element| Node::Element(Box::new(element)));
        }
        if input.peek(LitStr) {
            return input.parse().map(Node::Text);
        }
        if input.peek(syn::token::Brace) {
            let content;
            braced!(content in input);
            return content.parse().map(|expr| Node::Block(Box::new(expr)));
        }
        Err(input.error(
            "expected an element (`<div>`), a text literal (`\"Sales\"`) or a `{expression}`",
        ))
    }
}

impl Parse for Element {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        input.parse::<Token![<]>()?;
        let name: TagName = input.parse()?;
        let mut attributes = Vec::new();
        while !(input.peek(Token![>]) || input.peek(Token![/])) {
            if input.is_empty() {
                return Err(syn::Error::new(
                    name.span(),
                    format!("`<{}` is not closed with `>` or `/>`", name.text()),
                ));
            }
            attributes.push(input.parse()?);
        }
        if input.peek(Token![/]) {
            input.parse::<Token![/]>()?;
            input.parse::<Token![>]>()?;
            return Ok(Element {
                name,
                attributes,
                children: Vec::new(),
            });
        }
        input.parse::<Token![>]>()?;
        let mut children = Vec::new();
        loop {
            if input.is_empty() {
                return Err(syn::Error::new(
                    name.span(),
                    format!("`<{0}>` has no closing `</{0}>`", name.text()),
                ));
            }
            if input.peek(Token![<]) && input.peek2(Token![/]) {
                break;
            }
            children.push(input.parse()?);
        }
        input.parse::<Token![<]>()?;
        input.parse::<Token![/]>()?;
        let closing: TagName = input.parse()?;
        if closing.text() != name.text() {
            return Err(syn::Error::new(
                closing.span(),
                format!(
                    "`</{}>` closes `<{}>`: expected `</{}>`",
                    closing.text(),
                    name.text(),
                    name.text()
                ),
            ));
        }
        input.parse::<Token![>]>()?;
        Ok(Element {
            name,
            attributes,
            children,
        })
    }
}

impl Parse for TagName {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut segments = vec![Ident::parse_any(input)?];
        while input.peek(Token![::]) {
            input.parse::<Token![::]>()?;
            segments.push(Ident::parse_any(input)?);
        }
        Ok(TagName { segments })
    }
}

impl Parse for Attribute {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let first = Ident::parse_any(input)
            .map_err(|e| syn::Error::new(e.span(), "expected an attribute name"))?;
        let span = first.span();
        let mut name = first.to_string();
        // `data-row`, `aria-label`: hyphenated names are several tokens.
        while input.peek(Token![-]) {
            input.parse::<Token![-]>()?;
            name.push('-');
            name.push_str(&Ident::parse_any(input)?.to_string());
        }
        if !input.peek(Token![=]) {
            return Ok(Attribute {
                name,
                span,
                value: AttributeValue::Flag,
            });
        }
        input.parse::<Token![=]>()?;
        let value = if input.peek(syn::token::Brace) {
            let content;
            braced!(content in input);
            if is_pattern(&content) {
                if name != "id" {
                    return Err(syn::Error::new(
                        span,
                        format!("`{name}` takes a literal or a `{{expression}}`; `{{key: value}}` maps are pattern-matching ids, for `id` only"),
                    ));
                }
                AttributeValue::Pattern(parse_pattern(&content)?)
            } else {
                AttributeValue::Expr(Box::new(content.parse()?))
            }
        } else if input.peek(Lit) {
            AttributeValue::Literal(input.parse()?)
        } else {
            return Err(input.error(format!(
                "the value of `{name}` must be a literal (`\"text\"`, `3`, `true`) or a `{{expression}}`"
            )));
        };
        Ok(Attribute { name, span, value })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(tokens: proc_macro2::TokenStream) -> syn::Result<Nodes> {
        syn::parse2(tokens)
    }

    #[test]
    fn a_nested_tree_parses() {
        let nodes = parse(quote::quote! {
            <div className="app" data-row={3}>
                <h1>"Sales"</h1>
                <Dropdown id="region" options={regions()} multi />
                {extra}
            </div>
        })
        .unwrap();
        let Node::Element(div) = &nodes.0[0] else {
            panic!()
        };
        assert!(div.name.is_html());
        assert_eq!(div.attributes[1].name, "data-row");
        assert_eq!(div.children.len(), 3);
        let Node::Element(dropdown) = &div.children[1] else {
            panic!()
        };
        assert!(!dropdown.name.is_html());
        assert!(matches!(dropdown.attributes[2].value, AttributeValue::Flag));
    }

    #[test]
    fn maps_in_braces_are_pattern_ids() {
        let nodes = parse(quote::quote! {
            <div><Checklist id={"type": "done", index: i} /><p id={name} /></div>
        })
        .unwrap();
        let Node::Element(div) = &nodes.0[0] else {
            panic!()
        };
        let Node::Element(checklist) = &div.children[0] else {
            panic!()
        };
        let AttributeValue::Pattern(entries) = &checklist.attributes[0].value else {
            panic!("a pattern id")
        };
        assert_eq!(entries[0].key, "type");
        assert_eq!(entries[1].key, "index");
        let Node::Element(p) = &div.children[1] else {
            panic!()
        };
        assert!(matches!(p.attributes[0].value, AttributeValue::Expr(_)));
        let error = parse(quote::quote!(<p title={"a": 1} />)).err().unwrap();
        assert!(error.to_string().contains("for `id` only"), "{error}");
    }

    #[test]
    fn mismatched_closing_tags_are_named() {
        let error = parse(quote::quote!(<div><p>"x"</div></p>)).err().unwrap();
        assert!(error.to_string().contains("expected `</p>`"), "{error}");
    }

    #[test]
    fn unclosed_tags_are_named() {
        let error = parse(quote::quote!(<div><p>"x"</p>)).err().unwrap();
        assert!(error.to_string().contains("no closing `</div>`"), "{error}");
    }
}
