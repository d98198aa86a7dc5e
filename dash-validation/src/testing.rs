//! Shorthands for the unit tests: sites are strings naming what they point at.

use crate::{App, Callback, Catalog, DeclaredId, Dependency, Diagnostic, Output, Rule};

pub type Site = String;

/// `"id.property"` → a dependency whose site is that same text.
pub fn dep(text: &str) -> Dependency<Site> {
    let (id, property) = text.split_once('.').expect("id.property");
    Dependency::new(id, property, text.to_string())
}

/// A callback `name` writing `outputs` (a trailing `!` means `allow_duplicate`).
pub fn callback(name: &str, outputs: &[&str], inputs: &[&str], state: &[&str]) -> Callback<Site> {
    Callback {
        name: name.into(),
        outputs: outputs
            .iter()
            .map(|text| match text.strip_suffix('!') {
                Some(text) => Output {
                    dependency: dep(text),
                    allow_duplicate: true,
                },
                None => Output::new(dep(text)),
            })
            .collect(),
        inputs: inputs.iter().copied().map(dep).collect(),
        state: state.iter().copied().map(dep).collect(),
        site: name.into(),
    }
}

/// `"id:Component"` → a declaration whose site is `"layout id"`.
pub fn declared(text: &str) -> DeclaredId<Site> {
    let (id, component) = text.split_once(':').unwrap_or((text, "Div"));
    DeclaredId {
        id: id.into(),
        component: component.into(),
        namespace: None,
        flags: Vec::new(),
        site: format!("layout {id}"),
    }
}

/// An app with these declarations and callbacks, whose ids are complete.
pub fn app(ids: &[&str], callbacks: Vec<Callback<Site>>) -> App<Site> {
    App {
        ids: ids.iter().copied().map(declared).collect(),
        ids_complete: true,
        callbacks,
    }
}

/// A catalog knowing `Div` and `Dropdown` only.
pub fn catalog() -> impl Catalog {
    |_: Option<&str>, component: &str| -> Option<&'static [&'static str]> {
        match component {
            "Div" => Some(&["id", "children", "className", "style", "data-*", "aria-*"]),
            "Dropdown" => Some(&["id", "options", "value", "multi"]),
            _ => None,
        }
    }
}

/// Every diagnostic of `rule` from [`crate::check`], as (site, message) pairs.
pub fn found(app: &App<Site>, rule: Rule) -> Vec<(String, String)> {
    crate::check(app, &catalog())
        .into_iter()
        .filter(|diagnostic| diagnostic.kind == rule)
        .map(|Diagnostic { site, message, .. }| (site, message))
        .collect()
}
