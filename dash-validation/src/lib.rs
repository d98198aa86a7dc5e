//! The wiring rules of a Dash app, written once and run twice: by `layout!` and `#[callback]` at
//! compile time, where sites are `proc_macro2::Span`s, and by the server at startup for what only
//! exists at runtime, where sites are plain descriptions.
//!
//! Build an [`App`] from the declared ids and the callbacks, give [`check`] a [`Catalog`] of
//! component props, and get every problem back as a [`Diagnostic`] at the site that caused it.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod catalog;
mod cycles;
mod graph;
mod ids;
mod kinds;
mod model;
pub mod naming;
mod outputs;
pub mod pattern;
mod properties;
pub mod spec;
pub mod suggest;
#[cfg(test)]
mod testing;
mod types;
mod wildcards;

use std::fmt;

pub use kinds::Kinds;
pub use model::{App, Callback, DeclaredId, Dependency, Output, Parameter};

/// Which rule a [`Diagnostic`] breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Rule {
    /// The same id is declared more than once in the app's layouts.
    DuplicateId,
    /// A dependency names an id no layout declares.
    UnknownId,
    /// A dependency names a property its component does not have.
    UnknownProperty,
    /// A property is written by more than one output without `allow_duplicate`.
    DuplicateOutput,
    /// Callbacks trigger each other in a loop.
    CircularDependency,
    /// A callback parameter cannot hold the value of its property.
    ParameterType,
    /// A pattern-matching wildcard where Dash does not allow it.
    Wildcard,
}

/// One problem: where it is, which rule it breaks and what to tell the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic<S> {
    /// The site to point at: a dependency, an id declaration or a callback.
    pub site: S,
    /// The rule broken.
    pub kind: Rule,
    /// The full message, without a trailing period.
    pub message: String,
}

impl<S> fmt::Display for Diagnostic<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl<S: fmt::Debug> std::error::Error for Diagnostic<S> {}

/// What the rules know about component types: their props.
///
/// Closures `Fn(Option<&str>, &str) -> Option<&'static [&'static str]>` are catalogs too.
pub trait Catalog {
    /// The wire prop names of the component type `component` (as written, e.g. `Dropdown`)
    /// from `namespace` when known, or `None` for a type the catalog does not know: its props
    /// are then not checked. An entry ending in `*`, such as `"data-*"` or `"aria-*"`, accepts
    /// every prop that starts with what comes before the `*`.
    fn props(&self, namespace: Option<&str>, component: &str) -> Option<&[&'static str]>;

    /// The kinds of value `property` of `component` accepts, when known.
    fn kinds(&self, _namespace: Option<&str>, _component: &str, _property: &str) -> Option<Kinds> {
        None
    }
}

impl<F> Catalog for F
where
    F: Fn(Option<&str>, &str) -> Option<&'static [&'static str]>,
{
    fn props(&self, namespace: Option<&str>, component: &str) -> Option<&[&'static str]> {
        self(namespace, component)
    }
}

/// Checks every rule on `app` and returns every problem found.
///
/// The order is deterministic: duplicate ids in declaration order first, then each callback in
/// `app.callbacks` order with the problems of its dependencies (outputs, inputs, state, as
/// written) followed by the circular dependencies reported at it.
///
/// ```
/// use dash_validation::{check, App, Callback, DeclaredId, Dependency, Output, Rule};
///
/// fn catalog(_namespace: Option<&str>, component: &str) -> Option<&'static [&'static str]> {
///     match component {
///         "Dropdown" => Some(&["id", "options", "value"]),
///         "Div" => Some(&["id", "children", "data-*"]),
///         _ => None,
///     }
/// }
/// let declared = |id: &str, component: &str| DeclaredId {
///     id: id.into(),
///     component: component.into(),
///     namespace: None,
///     flags: Vec::new(),
///     site: format!("layout: {id}"),
/// };
/// let app = App {
///     ids: vec![declared("year-dropdown", "Dropdown"), declared("table", "Div")],
///     ids_complete: true,
///     callbacks: vec![Callback {
///         name: "update".into(),
///         outputs: vec![Output::new(Dependency::new("table", "children", "output 0".into()))],
///         inputs: vec![
///             Dependency::new("yeer-dropdown", "value", "input 0".into()),
///             Dependency::new("year-dropdown", "valeu", "input 1".into()),
///         ],
///         state: vec![],
///         site: "update".into(),
///     }],
/// };
///
/// let problems = check(&app, &catalog);
/// assert_eq!(problems.len(), 2);
/// assert_eq!(problems[0].kind, Rule::UnknownId);
/// assert_eq!(problems[0].site, "input 0");
/// assert_eq!(
///     problems[0].message,
///     "no component in the layout has the id `yeer-dropdown`; did you mean `year-dropdown`?"
/// );
/// assert_eq!(problems[1].kind, Rule::UnknownProperty);
/// assert_eq!(problems[1].message, "`Dropdown` has no property `valeu`; did you mean `value`?");
/// ```
pub fn check<S: Clone>(app: &App<S>, catalog: &dyn Catalog) -> Vec<Diagnostic<S>> {
    let declared = ids::Declared::new(app);
    let mut found = Vec::new();
    ids::duplicates(app, &mut found);
    ids::unknown(app, &declared, &mut found);
    properties::unknown(app, &declared, catalog, &mut found);
    types::mismatched(app, &declared, catalog, &mut found);
    outputs::duplicates(app, &mut found);
    wildcards::misplaced(app, &mut found);
    cycles::circular(app, &mut found);
    // Stable: problems at the same place keep the order of the rules above.
    found.sort_by_key(|found| found.at);
    found.into_iter().map(|found| found.diagnostic).collect()
}

/// Where a problem sits in the app, so that all rules' findings interleave deterministically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Place {
    /// The `usize`-th declared id.
    Declaration(usize),
    /// In callback `callback`: `slot` numbers its dependencies as [`Callback::dependencies`]
    /// yields them; its cycle, at `usize::MAX`, sorts after them.
    Callback { callback: usize, slot: usize },
}

impl Place {
    /// The `slot`-th dependency of callback `callback`.
    fn dependency(callback: usize, slot: usize) -> Self {
        Place::Callback { callback, slot }
    }
}

/// A diagnostic and the place it sorts at.
struct Found<S> {
    at: Place,
    diagnostic: Diagnostic<S>,
}

impl<S> Found<S> {
    fn new(at: Place, site: S, kind: Rule, message: String) -> Self {
        Found {
            at,
            diagnostic: Diagnostic {
                site,
                kind,
                message,
            },
        }
    }
}
