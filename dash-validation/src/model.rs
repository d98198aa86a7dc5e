//! The app as the rules see it: declared ids and callback dependencies, each carrying a site.

/// One `id.property` named by a callback, with the site it was written at.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Dependency<S> {
    /// The component id, e.g. `year-dropdown`.
    pub id: String,
    /// The property, e.g. `value`; a Dash `@...` suffix is allowed and ignored by the rules.
    pub property: String,
    /// Where the dependency was written.
    pub site: S,
    /// For an input or state, the callback parameter that receives it, when known.
    pub parameter: Option<Parameter>,
}

/// The parameter a value is decoded into: its Rust type, and the kinds of value it can hold.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Parameter {
    /// The type as written, e.g. `Option<String>`.
    pub rust_type: String,
    /// What it can hold (not counting `null`).
    pub kinds: crate::Kinds,
}

impl<S> Dependency<S> {
    /// A dependency on `id.property` written at `site`.
    pub fn new(id: impl Into<String>, property: impl Into<String>, site: S) -> Self {
        Dependency {
            id: id.into(),
            property: property.into(),
            site,
            parameter: None,
        }
    }

    /// Whether the id is a pattern-matching id (`{"type":"item","index":["MATCH"]}` as Dash
    /// writes it on the wire): Dash forbids `{` in plain ids, and pattern ids name no single
    /// declared component, so the id rule leaves them alone.
    pub fn is_pattern(&self) -> bool {
        self.id.starts_with('{')
    }

    /// The property without its `@...` suffix: Dash tags `allow_duplicate` outputs on the wire
    /// as `children@<hash>`, which still names the `children` property.
    pub fn base_property(&self) -> &str {
        self.property
            .split_once('@')
            .map_or(self.property.as_str(), |(base, _)| base)
    }
}

/// A dependency a callback writes to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Output<S> {
    /// The property written.
    pub dependency: Dependency<S>,
    /// Whether other callbacks may write the same property too (Dash's `allow_duplicate`).
    pub allow_duplicate: bool,
}

impl<S> Output<S> {
    /// An output without `allow_duplicate`.
    pub fn new(dependency: Dependency<S>) -> Self {
        Output {
            dependency,
            allow_duplicate: false,
        }
    }
}

/// One callback: what it writes, what triggers it and what it only reads.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Callback<S> {
    /// The callback's name as messages show it, usually its `fn` name.
    pub name: String,
    /// The properties it writes.
    pub outputs: Vec<Output<S>>,
    /// The properties whose changes trigger it.
    pub inputs: Vec<Dependency<S>>,
    /// The properties it reads without being triggered by them.
    pub state: Vec<Dependency<S>>,
    /// Where the callback was declared; circular dependencies are reported here.
    pub site: S,
}

impl<S> Callback<S> {
    /// Every dependency of the callback: outputs, then inputs, then state, each in order.
    pub fn dependencies(&self) -> impl Iterator<Item = &Dependency<S>> {
        self.outputs
            .iter()
            .map(|output| &output.dependency)
            .chain(&self.inputs)
            .chain(&self.state)
    }
}

/// A component id declared in one of the app's layouts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DeclaredId<S> {
    /// The id.
    pub id: String,
    /// The component's type name as written, e.g. `Dropdown` or `Div`.
    pub component: String,
    /// The component's package, e.g. `dash_core_components`, when known.
    pub namespace: Option<String>,
    /// Props set to `true` where the id was declared (`multi` makes a Dropdown's value a list).
    pub flags: Vec<String>,
    /// Where the id was declared.
    pub site: S,
}

/// Everything the rules look at: the ids the layouts declare and the callbacks.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct App<S> {
    /// The ids declared in the app's layouts, in declaration order.
    pub ids: Vec<DeclaredId<S>>,
    /// Whether `ids` holds every id the app can ever have. When some ids only exist at runtime
    /// (computed ids, children made by callbacks), pass `false`: an id missing from `ids` is then
    /// not an error, and its properties are not checked.
    pub ids_complete: bool,
    /// The callbacks, in registration order; diagnostics follow this order.
    pub callbacks: Vec<Callback<S>>,
}
