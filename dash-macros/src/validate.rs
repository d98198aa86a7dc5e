//! Callback validation at compile time: the invocation being expanded, placed among everything
//! else the crate declares (see [`crate::scan`]), checked by the rules of `dash-validation` —
//! the same rules the runtime applies at startup.

use crate::callback::parameter::{is_context, parameter};
use crate::callback::parse::{CallbackArgs, DependencySpec};
use crate::catalog::AppCatalog;
use crate::scan::{self, Location, ScannedApp, ScannedDependency};
use dash_validation as rules;
use proc_macro2::Span;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

/// Where a problem is: in the tokens being expanded now (reportable with a span), or elsewhere
/// (that invocation reports it when it is expanded).
#[derive(Clone, Debug)]
pub enum Site {
    /// In this invocation.
    Here(Span),
    /// In another invocation.
    Elsewhere,
}

/// The errors a `#[callback]` must report: its unknown ids and properties, outputs another
/// callback already writes, and cycles it is the first member of.
pub fn callback(args: &CallbackArgs, function: &syn::ItemFn) -> Vec<syn::Error> {
    let name = &function.sig.ident;
    let here = compiler_location(name.span());
    let Some(scanned) = crate_scan(here.as_ref()) else {
        return Vec::new();
    };
    let specs = args.outputs.iter().chain(&args.inputs).chain(&args.state);
    let own_sites: Vec<(Location, Span)> = specs
        .map(|spec| spec.span)
        .chain([name.span()])
        .filter_map(|span| Some((compiler_location(span)?, span)))
        .collect();
    let scanned_here = here.as_ref().is_some_and(|here| {
        scanned
            .callbacks
            .iter()
            .any(|c| same_place(here, &c.location))
    });
    if scanned_here {
        return crate_errors(&scanned, &own_sites);
    }
    // Not among what the scan saw (written by another macro, say): check it on its own terms.
    let mut app = scanned_model(&scanned, |_| Site::Elsewhere);
    app.callbacks.push(own_callback(args, function));
    report(rules::check(&app, &AppCatalog::new(&scanned.components)))
}

/// The errors a `layout!` must report: ids that another layout (or this one) already declares.
pub fn layout(own_ids: Vec<rules::DeclaredId<Site>>, invocation: Span) -> Vec<syn::Error> {
    let start = compiler_location(invocation);
    let Some(scanned) = crate_scan(start.as_ref()) else {
        return Vec::new();
    };
    let own_sites: Vec<(Location, Span)> = own_ids
        .iter()
        .filter_map(|id| match id.site {
            Site::Here(span) => Some((compiler_location(span)?, span)),
            Site::Elsewhere => None,
        })
        .collect();
    let all_scanned = own_sites.len() == own_ids.len()
        && own_sites
            .iter()
            .all(|(at, _)| scanned.ids.iter().any(|id| same_place(at, &id.location)));
    if all_scanned {
        return crate_errors(&scanned, &own_sites);
    }
    // Not among what the scan saw: the ids join the others at the end.
    let mut app = scanned_model(&scanned, |_| Site::Elsewhere);
    app.ids.extend(own_ids);
    report(rules::check(&app, &AppCatalog::new(&scanned.components)))
}

/// The problems of the whole crate are found once per compilation; each invocation reports
/// those that stand at one of its own literals.
fn crate_errors(scanned: &Arc<ScannedApp>, own_sites: &[(Location, Span)]) -> Vec<syn::Error> {
    crate_diagnostics(scanned)
        .iter()
        .filter_map(|diagnostic| {
            let (_, span) = own_sites
                .iter()
                .find(|(at, _)| same_place(at, &diagnostic.site))?;
            Some(syn::Error::new(*span, &diagnostic.message))
        })
        .collect()
}

type Diagnostics = Arc<Vec<rules::Diagnostic<Location>>>;
/// Each scanned crate (by identity) with its diagnostics.
type DiagnosticsCache = Mutex<Vec<(Arc<ScannedApp>, Diagnostics)>>;

fn crate_diagnostics(scanned: &Arc<ScannedApp>) -> Diagnostics {
    static CACHE: OnceLock<DiagnosticsCache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, found)) = cache.iter().find(|(app, _)| Arc::ptr_eq(app, scanned)) {
        return found.clone();
    }
    let app = scanned_model(scanned, Location::clone);
    let found = Arc::new(rules::check(&app, &AppCatalog::new(&scanned.components)));
    cache.push((scanned.clone(), found.clone()));
    found
}

/// The crate as the rules see it, each site made by `site`.
fn scanned_model<S>(scanned: &ScannedApp, site: impl Fn(&Location) -> S) -> rules::App<S> {
    let catalog = AppCatalog::new(&scanned.components);
    let dependency =
        |scanned: &ScannedDependency, parameter: Option<rules::Parameter>| rules::Dependency {
            id: scanned.id.clone(),
            property: scanned.property.clone(),
            site: site(&scanned.location),
            parameter,
        };
    let callbacks = scanned.callbacks.iter().map(|callback| {
        let mut parameters = callback.parameters.iter().cloned();
        rules::Callback {
            name: callback.name.clone(),
            outputs: callback
                .outputs
                .iter()
                .zip(&callback.duplicates)
                .map(|(output, duplicate)| rules::Output {
                    dependency: dependency(output, None),
                    allow_duplicate: *duplicate,
                })
                .collect(),
            inputs: callback
                .inputs
                .iter()
                .map(|input| dependency(input, parameters.next().flatten()))
                .collect(),
            state: callback
                .state
                .iter()
                .map(|state| dependency(state, parameters.next().flatten()))
                .collect(),
            site: site(&callback.location),
        }
    });
    rules::App {
        ids: scanned
            .ids
            .iter()
            .map(|id| rules::DeclaredId {
                id: id.id.clone(),
                component: id.component.clone(),
                namespace: namespace_of(id.module.as_deref(), &id.component, id.html, &catalog),
                flags: id.flags.clone(),
                site: site(&id.location),
            })
            .collect(),
        ids_complete: scanned.ids_complete,
        callbacks: callbacks.collect(),
    }
}

/// The callback being expanded, with spans, for when the scan did not see it.
fn own_callback(args: &CallbackArgs, function: &syn::ItemFn) -> rules::Callback<Site> {
    let here = |spec: &DependencySpec| {
        rules::Dependency::new(
            spec.id.clone(),
            spec.property.clone(),
            Site::Here(spec.span),
        )
    };
    let mut parameters = parameters(function).into_iter();
    rules::Callback {
        name: function.sig.ident.to_string(),
        outputs: args
            .outputs
            .iter()
            .zip(&args.duplicates)
            .map(|(spec, duplicate)| rules::Output {
                dependency: here(spec),
                allow_duplicate: *duplicate,
            })
            .collect(),
        inputs: args
            .inputs
            .iter()
            .map(|spec| rules::Dependency {
                parameter: parameters.next().flatten(),
                ..here(spec)
            })
            .collect(),
        state: args
            .state
            .iter()
            .map(|spec| rules::Dependency {
                parameter: parameters.next().flatten(),
                ..here(spec)
            })
            .collect(),
        site: Site::Here(function.sig.ident.span()),
    }
}

/// What each value parameter of `function` can hold, in order (the context parameter is no
/// dependency's and is skipped).
pub fn parameters(function: &syn::ItemFn) -> Vec<Option<rules::Parameter>> {
    function
        .sig
        .inputs
        .iter()
        .filter_map(|argument| match argument {
            syn::FnArg::Typed(typed) if is_context(&typed.ty) => None,
            syn::FnArg::Typed(typed) => Some(parameter(&typed.ty)),
            syn::FnArg::Receiver(_) => Some(None),
        })
        .collect()
}

/// The crate's scan, when it can be trusted to hold the invocation at `here`: not when
/// `DASH_CHECKS=off` turns the whole-crate checks off, nor when the invocation is not in a file
/// the scan read (a doctest, an IDE's expansion). The startup check still runs, and checks local
/// to one invocation, such as malformed strings, always do.
pub fn crate_scan(here: Option<&Location>) -> Option<Arc<ScannedApp>> {
    if std::env::var("DASH_CHECKS").is_ok_and(|v| v == "off") {
        return None;
    }
    let scanned = scan::current_crate()?;
    scanned.files.contains(&here?.file).then_some(scanned)
}

/// The modules of `dash` that hold official components, and their JS namespaces.
const MODULES: &[(&str, &str)] = &[
    ("html", "dash_html_components"),
    ("dcc", "dash_core_components"),
    ("dash_table", "dash_table"),
    ("dbc", "dash_bootstrap_components"),
];

/// Where a bare capitalised name comes from: the packages whose components the prelude brings
/// into scope, in the order a name is looked up (`dcc::*`, then `DataTable`).
const PRELUDE: &[&str] = &["dash_core_components", "dash_table"];

/// The JS namespace a tag resolves to. Lowercase tags are html. A path's module decides
/// (`dash_table::DataTable`, `dcc::Tooltip`), so names several packages share stay apart; a
/// module that is not one of `dash`'s holds a component of the app's own, known when the crate
/// declares its type with `component_builder!` (else left unchecked). A bare name is the
/// prelude's component of that name, when it has one, and otherwise the app's own.
pub fn namespace_of(
    module: Option<&str>,
    component: &str,
    html: bool,
    catalog: &AppCatalog,
) -> Option<String> {
    use rules::Catalog;
    let known = |namespace: &&str| {
        rules::catalog::dash()
            .props(Some(namespace), component)
            .is_some()
    };
    let official_module =
        module.and_then(|module| MODULES.iter().find(|(name, _)| *name == module));
    let found = match (html, official_module, module) {
        (true, _, _) => Some("dash_html_components").filter(known),
        (false, Some((_, namespace)), _) => Some(*namespace).filter(known),
        (false, None, Some(_)) => catalog.own_namespace(component),
        (false, None, None) => PRELUDE
            .iter()
            .copied()
            .find(known)
            .or_else(|| catalog.own_namespace(component)),
    };
    found.map(str::to_owned)
}

/// The file and position of a compiler span, when the compiler tells.
pub fn compiler_location(span: Span) -> Option<Location> {
    let file: PathBuf = span.local_file()?.canonicalize().ok()?;
    Some(scan::location(&file, span))
}

fn same_place(a: &Location, b: &Location) -> bool {
    a.file == b.file && a.line == b.line && a.column == b.column
}

fn report(diagnostics: Vec<rules::Diagnostic<Site>>) -> Vec<syn::Error> {
    diagnostics
        .into_iter()
        .filter_map(|diagnostic| match diagnostic.site {
            Site::Here(span) => Some(syn::Error::new(span, diagnostic.message)),
            Site::Elsewhere => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::namespace_of;
    use crate::catalog::AppCatalog;
    use crate::scan::ScannedComponent;

    #[test]
    fn the_path_decides_the_namespace_and_bare_names_come_from_the_prelude() {
        let of = |module: Option<&str>, name: &str, html: bool| {
            namespace_of(module, name, html, &AppCatalog::OFFICIAL)
        };
        assert_eq!(
            of(None, "Div", true).as_deref(),
            Some("dash_html_components")
        );
        assert_eq!(
            of(Some("html"), "Div", false).as_deref(),
            Some("dash_html_components")
        );
        assert_eq!(
            of(None, "Dropdown", false).as_deref(),
            Some("dash_core_components")
        );
        assert_eq!(of(None, "DataTable", false).as_deref(), Some("dash_table"));
        let table = of(Some("dash_table"), "DataTable", false);
        assert_eq!(table.as_deref(), Some("dash_table"));
        // The module decides: dcc has no DataTable, and html no Dropdown.
        assert_eq!(of(Some("dcc"), "DataTable", false), None);
        assert_eq!(of(Some("html"), "Dropdown", false), None);
        // `dbc::` names dash-bootstrap-components, whose `Tooltip` is not dcc's.
        assert_eq!(
            of(Some("dbc"), "Card", false).as_deref(),
            Some("dash_bootstrap_components")
        );
        assert_eq!(
            of(Some("dbc"), "Tooltip", false).as_deref(),
            Some("dash_bootstrap_components")
        );
        assert_eq!(of(None, "Card", false), None);
        assert_eq!(of(Some("dbc"), "Dropdown", false), None);
        // The app's own modules are not checked against the official catalog.
        assert_eq!(of(Some("widgets"), "Dropdown", false), None);
        assert_eq!(of(None, "MyWidget", false), None);
    }

    #[test]
    fn the_apps_own_components_resolve_bare_or_by_any_other_module() {
        let own = [ScannedComponent {
            name: "Counter".into(),
            namespace: "counters".into(),
            props: vec!["id"],
            kinds: Vec::new(),
        }];
        let catalog = AppCatalog::new(&own);
        let of = |module: Option<&str>| namespace_of(module, "Counter", false, &catalog);
        assert_eq!(of(None).as_deref(), Some("counters"));
        assert_eq!(of(Some("widgets")).as_deref(), Some("counters"));
        assert_eq!(of(Some("dcc")), None);
    }
}
