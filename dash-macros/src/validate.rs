//! Callback validation at compile time: the invocation being expanded, placed among everything
//! else the crate declares (see [`crate::scan`]), checked by the rules of `dash-validation` —
//! the same rules the runtime applies at startup.

use crate::callback::parameter::parameter;
use crate::callback::parse::{CallbackArgs, DependencySpec};
use crate::scan::{self, Location, ScannedApp, ScannedDependency};
use dash_validation as rules;
use proc_macro2::Span;
use std::path::PathBuf;

/// Where a problem is: in the tokens being expanded now (reportable with a span), or elsewhere
/// (that invocation reports it when it is expanded).
#[derive(Clone, Debug)]
pub enum Site {
    /// In this invocation.
    Here(Span),
    /// In another invocation.
    Elsewhere(Location),
}

/// The errors a `#[callback]` must report: its unknown ids and properties, outputs another
/// callback already writes, and cycles it is the first member of.
pub fn callback(args: &CallbackArgs, function: &syn::ItemFn) -> Vec<syn::Error> {
    let name = &function.sig.ident;
    let here = compiler_location(name.span());
    let Some(scanned) = crate_scan(here.as_ref()) else {
        return Vec::new();
    };
    let own = rules::Callback {
        name: name.to_string(),
        outputs: args
            .outputs
            .iter()
            .map(|spec| rules::Output {
                dependency: here_dependency(spec),
                allow_duplicate: false,
            })
            .collect(),
        inputs: args.inputs.iter().map(here_dependency).collect(),
        state: args.state.iter().map(here_dependency).collect(),
        site: Site::Here(name.span()),
    };
    let mut own = own;
    let parameters = function.sig.inputs.iter().map(|argument| match argument {
        syn::FnArg::Typed(typed) => parameter(&typed.ty),
        syn::FnArg::Receiver(_) => None,
    });
    for (dependency, parameter) in own
        .inputs
        .iter_mut()
        .chain(own.state.iter_mut())
        .zip(parameters)
    {
        dependency.parameter = parameter;
    }
    let mut app = app_without_callbacks(&scanned);
    let mut own = Some(own);
    for callback in &scanned.callbacks {
        if here
            .as_ref()
            .is_some_and(|here| same_place(here, &callback.location))
        {
            app.callbacks.extend(own.take());
        } else {
            app.callbacks.push(elsewhere_callback(callback));
        }
    }
    app.callbacks.extend(own);
    report(rules::check(&app, rules::catalog::dash()))
}

/// The errors a `layout!` must report: ids that another layout (or this one) already declares.
pub fn layout(own_ids: Vec<rules::DeclaredId<Site>>, invocation: Span) -> Vec<syn::Error> {
    let start = compiler_location(invocation);
    let Some(scanned) = crate_scan(start.as_ref()) else {
        return Vec::new();
    };
    let range = start.map(|start| {
        let end = invocation.end().line;
        (start.file, start.line, end)
    });
    let mut app = app_without_callbacks(&scanned);
    // This invocation's ids replace their scanned copies, in the same place, so that "declared
    // twice" is said of the later declaration in source order.
    let is_own = |id: &rules::DeclaredId<Site>| match (&id.site, &range) {
        (Site::Elsewhere(at), Some((file, first, last))) => {
            at.file == *file && (*first..=*last).contains(&at.line)
        }
        _ => false,
    };
    let position = app.ids.iter().position(is_own).unwrap_or(app.ids.len());
    app.ids.retain(|id| !is_own(id));
    app.ids.splice(position..position, own_ids);
    report(rules::check(&app, rules::catalog::dash()))
}

/// The crate's scan, when it can be trusted to hold the invocation at `here`: not when
/// `DASH_CHECKS=off` turns the whole-crate checks off, nor when the invocation is not in a file
/// the scan read (a doctest, an IDE's expansion). The startup check still runs, and checks local
/// to one invocation, such as malformed strings, always do.
fn crate_scan(here: Option<&Location>) -> Option<std::sync::Arc<ScannedApp>> {
    if std::env::var("DASH_CHECKS").is_ok_and(|v| v == "off") {
        return None;
    }
    let scanned = scan::current_crate()?;
    scanned.files.contains(&here?.file).then_some(scanned)
}

fn app_without_callbacks(scanned: &ScannedApp) -> rules::App<Site> {
    rules::App {
        ids: scanned
            .ids
            .iter()
            .map(|id| rules::DeclaredId {
                id: id.id.clone(),
                component: id.component.clone(),
                namespace: namespace_of(&id.component, id.html),
                flags: id.flags.clone(),
                site: Site::Elsewhere(id.location.clone()),
            })
            .collect(),
        ids_complete: scanned.ids_complete,
        callbacks: Vec::new(),
    }
}

/// The JS namespace a tag resolves to: lowercase tags are html; capitalised ones are the dcc
/// component of that name when there is one (the prelude brings dcc into scope), else unknown.
pub fn namespace_of(component: &str, html: bool) -> Option<String> {
    let namespace = if html {
        "dash_html_components"
    } else {
        "dash_core_components"
    };
    use rules::Catalog;
    rules::catalog::dash()
        .props(Some(namespace), component)
        .map(|_| namespace.to_owned())
}

fn here_dependency(spec: &DependencySpec) -> rules::Dependency<Site> {
    rules::Dependency {
        id: spec.id.clone(),
        property: spec.property.clone(),
        site: Site::Here(spec.literal.span()),
        parameter: None,
    }
}

fn elsewhere_dependency(dependency: &ScannedDependency) -> rules::Dependency<Site> {
    rules::Dependency {
        id: dependency.id.clone(),
        property: dependency.property.clone(),
        site: Site::Elsewhere(dependency.location.clone()),
        parameter: None,
    }
}

fn elsewhere_callback(callback: &scan::ScannedCallback) -> rules::Callback<Site> {
    rules::Callback {
        name: callback.name.clone(),
        outputs: callback
            .outputs
            .iter()
            .map(|output| rules::Output {
                dependency: elsewhere_dependency(output),
                allow_duplicate: false,
            })
            .collect(),
        inputs: callback.inputs.iter().map(elsewhere_dependency).collect(),
        state: callback.state.iter().map(elsewhere_dependency).collect(),
        site: Site::Elsewhere(callback.location.clone()),
    }
}

/// The file and position of a compiler span, when the compiler tells.
fn compiler_location(span: Span) -> Option<Location> {
    let file: PathBuf = span.local_file()?.canonicalize().ok()?;
    Some(scan::location(&file, span)).map(|mut at| {
        at.file = file;
        at
    })
}

fn same_place(a: &Location, b: &Location) -> bool {
    a.file == b.file && a.line == b.line && a.column == b.column
}

fn report(diagnostics: Vec<rules::Diagnostic<Site>>) -> Vec<syn::Error> {
    diagnostics
        .into_iter()
        .filter_map(|diagnostic| match diagnostic.site {
            Site::Here(span) => Some(syn::Error::new(span, diagnostic.message)),
            Site::Elsewhere(_) => None,
        })
        .collect()
}
