//! The app's layout: a tree fixed at startup, or a function called on every page load.

use crate::component::{Component, IntoComponent};
use crate::protocol::json::to_json;
use std::sync::Arc;

/// A layout: one component, a list of components, or a function producing one per page load.
#[derive(Clone)]
pub enum Layout {
    /// One root component.
    Component(Component),
    /// Several root components (Dash accepts a list).
    List(Vec<Component>),
    /// Built anew for every page load, as Python's `app.layout = some_function`.
    Dynamic(Arc<dyn Fn() -> Layout + Send + Sync>),
}

impl Layout {
    /// A layout built by `f` on every page load.
    pub fn dynamic(f: impl Fn() -> Layout + Send + Sync + 'static) -> Self {
        Layout::Dynamic(Arc::new(f))
    }

    /// The layout JSON as `/_dash-layout` sends it (calling a dynamic layout).
    pub fn to_json(&self) -> String {
        match self {
            Layout::Component(component) => to_json(component),
            Layout::List(components) => to_json(components),
            Layout::Dynamic(build) => build().to_json(),
        }
    }
}

impl<T: IntoComponent> From<T> for Layout {
    fn from(component: T) -> Self {
        Layout::Component(component.into_component())
    }
}

impl<T: IntoComponent> From<Vec<T>> for Layout {
    fn from(components: Vec<T>) -> Self {
        Layout::List(
            components
                .into_iter()
                .map(IntoComponent::into_component)
                .collect(),
        )
    }
}

impl std::fmt::Debug for Layout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Layout::Component(c) => f.debug_tuple("Component").field(c).finish(),
            Layout::List(list) => f.debug_tuple("List").field(list).finish(),
            Layout::Dynamic(_) => f.write_str("Dynamic(..)"),
        }
    }
}
