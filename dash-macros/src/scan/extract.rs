//! Pulling ids and callbacks out of one parsed file.

use super::{location, ScannedApp, ScannedCallback, ScannedDependency, ScannedId};
use crate::callback::parse::{CallbackArgs, DependencySpec};
use crate::layout::parse::{AttributeValue, Element, Node, Nodes};
use std::path::Path;
use syn::punctuated::Punctuated;
use syn::visit::Visit;
use syn::{Expr, ExprLit, Lit, Macro, Token};

/// Adds what `file` declares to `app`.
pub fn extract(path: &Path, file: &syn::File, app: &mut ScannedApp) {
    let mut visitor = Extractor { path, app };
    visitor.visit_file(file);
}

struct Extractor<'a> {
    path: &'a Path,
    app: &'a mut ScannedApp,
}

impl<'ast> Visit<'ast> for Extractor<'_> {
    fn visit_macro(&mut self, mac: &'ast Macro) {
        let name = mac.path.segments.last().map(|s| s.ident.to_string());
        match name.as_deref() {
            Some("layout") => {
                if let Ok(nodes) = mac.parse_body::<Nodes>() {
                    for node in &nodes.0 {
                        self.node(node);
                    }
                }
            }
            Some("component_builder") => self.app.components.extend(super::builders::parse(mac)),
            // Other macros whose body is a list of expressions (`vec![...]`, `assert_eq!`,
            // `println!`): the layouts and builder chains inside count too.
            _ => {
                let exprs = mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated);
                for expr in exprs.iter().flatten() {
                    self.visit_expr(expr);
                }
            }
        }
        syn::visit::visit_macro(self, mac);
    }

    fn visit_item_fn(&mut self, function: &'ast syn::ItemFn) {
        for attribute in &function.attrs {
            let is_callback = attribute
                .path()
                .segments
                .last()
                .is_some_and(|s| s.ident == "callback");
            if !is_callback {
                continue;
            }
            if let Ok(args) = attribute.parse_args::<CallbackArgs>() {
                self.app.callbacks.push(ScannedCallback {
                    name: function.sig.ident.to_string(),
                    outputs: self.dependencies(&args.outputs),
                    duplicates: args.duplicates.clone(),
                    inputs: self.dependencies(&args.inputs),
                    state: self.dependencies(&args.state),
                    parameters: crate::validate::parameters(function),
                    location: location(self.path, function.sig.ident.span()),
                });
            }
        }
        syn::visit::visit_item_fn(self, function);
    }

    /// Builder chains written in code: `Dropdown::new().id("x")`.
    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        if call.method == "id" && call.args.len() == 1 {
            if let Some((module, component)) = chain_root_type(&call.receiver) {
                match &call.args[0] {
                    Expr::Lit(ExprLit {
                        lit: Lit::Str(id), ..
                    }) => self.app.ids.push(ScannedId {
                        id: id.value(),
                        html: false,
                        module,
                        flags: Vec::new(),
                        component,
                        location: location(self.path, id.span()),
                    }),
                    _ => self.app.ids_complete = false,
                }
            }
        }
        syn::visit::visit_expr_method_call(self, call);
    }
}

impl Extractor<'_> {
    fn node(&mut self, node: &Node) {
        match node {
            Node::Element(element) => self.element(element),
            Node::Block(expr) => self.visit_expr(expr),
            Node::Text(_) => {}
        }
    }

    fn element(&mut self, element: &Element) {
        let html = element.name.is_html();
        let component = element.name.component();
        let flags = crate::layout::check::flags(element);
        for attribute in &element.attributes {
            match (&attribute.name[..], &attribute.value) {
                ("id", AttributeValue::Literal(Lit::Str(id))) => self.app.ids.push(ScannedId {
                    id: id.value(),
                    component: component.clone(),
                    html,
                    module: element.name.module(),
                    flags: flags.clone(),
                    location: location(self.path, id.span()),
                }),
                // A pattern id is matched by wildcards, never by a plain id's name.
                ("id", AttributeValue::Pattern(entries)) => {
                    for entry in entries {
                        self.visit_expr(&entry.value);
                    }
                }
                ("id", _) => self.app.ids_complete = false,
                (_, AttributeValue::Expr(expr)) => self.visit_expr(expr),
                _ => {}
            }
        }
        for child in &element.children {
            self.node(child);
        }
    }

    fn dependencies(&self, specs: &[DependencySpec]) -> Vec<ScannedDependency> {
        specs
            .iter()
            .map(|spec| ScannedDependency {
                id: spec.id.clone(),
                property: spec.property.clone(),
                location: location(self.path, spec.span),
            })
            .collect()
    }
}

/// `module::Type::new()` at the start of a method chain → the module, if written, and `Type`,
/// when capitalised.
fn chain_root_type(mut expr: &Expr) -> Option<(Option<String>, String)> {
    loop {
        match expr {
            Expr::MethodCall(call) => expr = &call.receiver,
            Expr::Call(call) => {
                let Expr::Path(path) = call.func.as_ref() else {
                    return None;
                };
                let segments: Vec<_> = path.path.segments.iter().collect();
                let (module, owner, function) = match segments.as_slice() {
                    [.., module, owner, function] => {
                        (Some(module.ident.to_string()), owner, function)
                    }
                    [owner, function] => (None, owner, function),
                    _ => return None,
                };
                let owner = owner.ident.to_string();
                let capitalised = owner.starts_with(|c: char| c.is_ascii_uppercase());
                return (function.ident == "new" && capitalised).then_some((module, owner));
            }
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::scan_files;
    use std::path::PathBuf;

    fn scan(source: &str) -> ScannedApp {
        let file = syn::parse_file(source).unwrap();
        scan_files(&[(PathBuf::from("app.rs"), file)])
    }

    #[test]
    fn layouts_callbacks_and_builder_chains_are_found() {
        let app = scan(
            r#"
            fn page() -> Component {
                let extra = Graph::new().id("chart");
                layout! { <div id="root"><Dropdown id="year-dropdown" options={years()} />{extra}</div> }
            }
            #[callback(output = "chart.figure", input = ["year-dropdown.value"], state = "root.title")]
            fn draw(year: i64, title: String) -> Plot { todo!() }
        "#,
        );
        let ids: Vec<(&str, &str, bool)> = app
            .ids
            .iter()
            .map(|i| (i.id.as_str(), i.component.as_str(), i.html))
            .collect();
        assert_eq!(
            ids,
            [
                ("chart", "Graph", false),
                ("root", "Div", true),
                ("year-dropdown", "Dropdown", false)
            ]
        );
        assert!(app.ids_complete);
        let callback = &app.callbacks[0];
        assert_eq!(callback.name, "draw");
        assert_eq!(callback.inputs[0].id, "year-dropdown");
        assert_eq!(callback.state[0].property, "title");
        assert_eq!(callback.outputs[0].location.line, 6);
    }

    #[test]
    fn layouts_inside_other_macros_and_declared_components_are_found() {
        let app = scan(
            r#"
            component_builder! { Counter in "counters" { label("label"): String } }
            fn pages() -> Vec<Component> {
                vec![layout! { <div id="one" /> }, Counter::new().id("two").into_component()]
            }
        "#,
        );
        let ids: Vec<&str> = app.ids.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["one", "two"]);
        assert_eq!(app.components[0].name, "Counter");
        assert_eq!(app.components[0].props, ["id", "label"]);
    }

    #[test]
    fn computed_ids_make_the_id_list_incomplete() {
        let app = scan(r#"fn card(id: &str) -> Component { layout! { <div id={id} /> } }"#);
        assert!(!app.ids_complete);
    }
}
