//! Checks of a `layout!` tree on its own: every attribute must be a property of its component.
//! Attributes that fail are removed from the tree, so that code generation adds no follow-on
//! "no method" errors to the one reported here.

use super::parse::{AttributeValue, Element, Node, Nodes};
use crate::catalog::AppCatalog;
use crate::validate::{namespace_of, Site};
use dash_validation::{suggest, Catalog, DeclaredId};
use syn::Lit;

/// Reports unknown properties (pruning them) and returns the literal ids the tree declares.
pub fn check(nodes: &mut Nodes, catalog: &AppCatalog) -> (Vec<syn::Error>, Vec<DeclaredId<Site>>) {
    let mut found = Found::default();
    for node in &mut nodes.0 {
        visit(node, catalog, &mut found);
    }
    (found.errors, found.ids)
}

#[derive(Default)]
struct Found {
    errors: Vec<syn::Error>,
    ids: Vec<DeclaredId<Site>>,
}

fn visit(node: &mut Node, catalog: &AppCatalog, found: &mut Found) {
    let Node::Element(element) = node else { return };
    check_element(element, catalog, found);
    for child in &mut element.children {
        visit(child, catalog, found);
    }
}

fn check_element(element: &mut Element, catalog: &AppCatalog, found: &mut Found) {
    let html = element.name.is_html();
    let component = element.name.component();
    let namespace = namespace_of(element.name.module().as_deref(), &component, html, catalog);
    let props = catalog.props(namespace.as_deref(), &component);
    element.attributes.retain(|attribute| {
        let Some(props) = props else { return true };
        if is_prop(props, &attribute.name) {
            return true;
        }
        let hint = suggest::closest(
            &attribute.name,
            props.iter().copied().filter(|p| !p.contains('*')),
        )
        .map(|close| format!("; did you mean `{close}`?"))
        .unwrap_or_default();
        found.errors.push(syn::Error::new(
            attribute.span,
            format!(
                "`{component}` has no property `{}`{hint}\n{}",
                attribute.name,
                property_list(&component, props)
            ),
        ));
        false
    });
    for attribute in &element.attributes {
        if let ("id", AttributeValue::Literal(Lit::Str(id))) =
            (&attribute.name[..], &attribute.value)
        {
            found.ids.push(DeclaredId {
                id: id.value(),
                component: component.clone(),
                namespace: namespace.clone(),
                flags: flags(element),
                site: Site::Here(id.span()),
            });
        }
    }
}

/// The attributes set to `true`: bare ones (`multi`) and `={true}`/`=true` ones.
pub fn flags(element: &Element) -> Vec<String> {
    element
        .attributes
        .iter()
        .filter(|attribute| match &attribute.value {
            AttributeValue::Flag => true,
            AttributeValue::Literal(Lit::Bool(value)) => value.value,
            AttributeValue::Expr(expr) => matches!(
                expr.as_ref(),
                syn::Expr::Lit(syn::ExprLit { lit: Lit::Bool(value), .. }) if value.value
            ),
            AttributeValue::Literal(_) | AttributeValue::Pattern(_) => false,
        })
        .map(|attribute| attribute.name.clone())
        .collect()
}

/// `the properties of `X` are: `a`, `b`, ...`, sorted, wildcards last.
fn property_list(component: &str, props: &[&str]) -> String {
    let mut names: Vec<&str> = props.iter().copied().filter(|p| !p.contains('*')).collect();
    names.sort_unstable();
    names.extend(props.iter().copied().filter(|p| p.contains('*')));
    let names: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    format!("the properties of `{component}` are: {}", names.join(", "))
}

fn is_prop(props: &[&str], name: &str) -> bool {
    props.contains(&name)
        || (name.starts_with("data-") && props.contains(&"data-*"))
        || (name.starts_with("aria-") && props.contains(&"aria-*"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_str(tokens: proc_macro2::TokenStream) -> (Vec<String>, Vec<String>, Nodes) {
        let mut nodes: Nodes = syn::parse2(tokens).unwrap();
        let (errors, ids) = check(&mut nodes, &AppCatalog::OFFICIAL);
        let errors = errors.into_iter().map(|e| e.to_string()).collect();
        let ids = ids.into_iter().map(|id| id.id).collect();
        (errors, ids, nodes)
    }

    #[test]
    fn unknown_properties_are_reported_with_a_suggestion_and_pruned() {
        let (errors, ids, nodes) = check_str(quote::quote!(
            <div className="x" data-row="1"><Dropdown id="year" valeu={2007} /></div>
        ));
        let [error] = errors.as_slice() else {
            panic!("{errors:?}")
        };
        assert_eq!(
            error.split_once('\n'),
            Some((
                "`Dropdown` has no property `valeu`; did you mean `value`?",
                "the properties of `Dropdown` are: `className`, `clearable`, `closeOnSelect`, \
                 `componentPath`, `debounce`, `disabled`, `id`, `labels`, `maxHeight`, `multi`, \
                 `optionHeight`, `options`, `persisted_props`, `persistence`, \
                 `persistence_type`, `placeholder`, `search_order`, `search_value`, \
                 `searchable`, `style`, `value`"
            ))
        );
        assert_eq!(ids, ["year"]);
        let Node::Element(div) = &nodes.0[0] else {
            panic!()
        };
        let Node::Element(dropdown) = &div.children[0] else {
            panic!()
        };
        assert_eq!(dropdown.attributes.len(), 1, "the bad attribute is pruned");
    }

    #[test]
    fn data_table_props_are_checked_whether_the_path_is_written_or_not() {
        let (errors, ids, _) = check_str(quote::quote!(
            <div>
                <dash_table::DataTable id="t" page_size={10} page_sise={5} />
                <DataTable id="u" sort_action="native" className="x" />
            </div>
        ));
        let first_lines: Vec<&str> = errors.iter().filter_map(|e| e.lines().next()).collect();
        assert_eq!(
            first_lines,
            [
                "`DataTable` has no property `page_sise`; did you mean `page_size`?",
                "`DataTable` has no property `className`",
            ]
        );
        assert!(
            errors[0].contains("`filter_action`, `filter_options`, `filter_query`,"),
            "{}",
            errors[0]
        );
        assert_eq!(ids, ["t", "u"]);
    }

    #[test]
    fn components_the_catalog_does_not_know_are_not_checked() {
        let (errors, _, _) = check_str(quote::quote!(<MyWidget anything="goes" />));
        assert!(errors.is_empty());
    }
}
