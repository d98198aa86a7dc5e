//! The layout tree: components as Dash's renderer sees them.
//!
//! Every component, whatever its package, serialises as
//! `{"props": {...}, "type": "<Name>", "namespace": "<js namespace>"}` (protocol §3.1).
//! Typed builders (see [`crate::html`] and [`crate::dcc`]) are thin layers that fill a
//! [`Component`]'s props; the tree itself is kept dynamic so that layouts built in code, by the
//! `layout!` macro or received from callbacks all share one representation.

mod builder;
mod child;
pub mod id;
mod style;

pub use builder::Builder;
pub use child::Child;
pub use id::ComponentId;
pub use style::Style;

use serde::ser::{Serialize, SerializeStruct, Serializer};
use serde_json::{Map, Value};

/// One node of a Dash layout: a component type from a JS namespace and its props.
#[derive(Clone, Debug, PartialEq)]
pub struct Component {
    namespace: &'static str,
    type_name: &'static str,
    props: Map<String, Value>,
}

impl Component {
    /// A component of `type_name` from the JS `namespace` (e.g. `dash_core_components`), with no props.
    pub fn new(namespace: &'static str, type_name: &'static str) -> Self {
        let mut props = Map::new();
        // Python components that have `children` take it as their first positional argument,
        // so Dash always sends it, `null` when there are none.
        if takes_children(namespace, type_name) {
            props.insert("children".into(), Value::Null);
        }
        Self {
            namespace,
            type_name,
            props,
        }
    }

    /// The JS namespace the renderer looks the constructor up in.
    pub fn namespace(&self) -> &'static str {
        self.namespace
    }

    /// The component's type name, e.g. `Dropdown`.
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The props set so far, in the order they were set.
    pub fn props(&self) -> &Map<String, Value> {
        &self.props
    }

    /// The component's `id`, if it has one.
    pub fn id(&self) -> Option<&Value> {
        self.props.get("id")
    }

    /// Sets a prop by its wire name. Typed builders call this; it is also the escape hatch for
    /// props that have no typed setter yet.
    pub fn set_prop(&mut self, name: impl Into<String>, value: Value) {
        self.props.insert(name.into(), value);
    }

    /// Appends children: a second call adds to the first instead of replacing it, so that
    /// `layout!` can emit one call per child.
    pub fn push_child(&mut self, child: Child) {
        match self.props.get_mut("children") {
            Some(Value::Array(existing)) => existing.extend(child.values),
            Some(Value::Null) | None => {
                self.props.insert("children".into(), child.into_value());
            }
            Some(single) => {
                let mut all = vec![single.take()];
                all.extend(child.values);
                *single = Value::Array(all);
            }
        }
    }

    /// Serialises the component to the JSON value Dash sends for it.
    pub fn to_value(&self) -> Value {
        let mut object = Map::with_capacity(3);
        object.insert("props".into(), Value::Object(self.props.clone()));
        object.insert("type".into(), Value::String(self.type_name.into()));
        object.insert("namespace".into(), Value::String(self.namespace.into()));
        Value::Object(object)
    }
}

impl Serialize for Component {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Component", 3)?;
        state.serialize_field("props", &self.props)?;
        state.serialize_field("type", self.type_name)?;
        state.serialize_field("namespace", self.namespace)?;
        state.end()
    }
}

/// Whether the official component `type_name` of `namespace` has a `children` prop.
fn takes_children(namespace: &str, type_name: &str) -> bool {
    use dash_validation::Catalog;
    match namespace {
        "dash_html_components" => true,
        _ => dash_validation::catalog::dash()
            .props(Some(namespace), type_name)
            .is_some_and(|props| props.contains(&"children")),
    }
}

/// Anything that converts into a [`Component`]: every typed builder does.
pub trait IntoComponent {
    /// Converts into the dynamic component.
    fn into_component(self) -> Component;
}

impl IntoComponent for Component {
    fn into_component(self) -> Component {
        self
    }
}
