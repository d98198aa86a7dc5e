//! The setters every component builder shares, and the macro that declares builders.

use super::{Child, Component, ComponentId, IntoComponent, Style};
use serde::Serialize;
use serde_json::Value;

/// Setters common to every component: `id`, `className`, `style`, children and raw props.
///
/// `layout!` calls these by name, so attribute `className="x"` becomes `.class_name("x")`.
pub trait Builder: IntoComponent + Sized {
    /// The component being built.
    fn component_mut(&mut self) -> &mut Component;

    /// Sets the `id` prop: a string, or a pattern-matching object.
    fn id(mut self, id: impl Into<ComponentId>) -> Self {
        let id = serde_json::to_value(id.into()).unwrap_or(Value::Null);
        self.component_mut().set_prop("id", id);
        self
    }

    /// Sets the `className` prop (CSS classes).
    fn class_name(mut self, class_name: impl Into<String>) -> Self {
        self.component_mut()
            .set_prop("className", Value::String(class_name.into()));
        self
    }

    /// Sets the `style` prop: a [`Style`], a CSS declaration string, or a JSON object.
    fn style(mut self, style: impl Into<Style>) -> Self {
        let style = serde_json::to_value(style.into()).unwrap_or(Value::Null);
        self.component_mut().set_prop("style", style);
        self
    }

    /// Appends one child (text, number, component) or a list of children.
    fn child(mut self, child: impl Into<Child>) -> Self {
        self.component_mut().push_child(child.into());
        self
    }

    /// Appends every item of `children`.
    fn children<C: Into<Child>>(mut self, children: impl IntoIterator<Item = C>) -> Self {
        let all: Vec<Child> = children.into_iter().map(Into::into).collect();
        self.component_mut().push_child(all.into());
        self
    }

    /// Sets any prop by its wire name, from any serialisable value: the escape hatch for props
    /// without a typed setter, and for `data-*` / `aria-*` attributes.
    fn prop(mut self, name: &str, value: impl Serialize) -> Self {
        let value = serde_json::to_value(value).unwrap_or(Value::Null);
        self.component_mut().set_prop(name, value);
        self
    }
}

impl Builder for Component {
    fn component_mut(&mut self) -> &mut Component {
        self
    }
}

/// Declares a typed component builder: a newtype over [`Component`] with one setter per prop.
///
/// Each setter takes `impl Into<T>` and stores the value under the prop's wire name.
///
/// ```
/// use dash_runtime::component_builder;
/// use dash_runtime::component::{Builder, IntoComponent};
/// component_builder! {
///     /// A hypothetical widget.
///     Widget in "my_components" {
///         /// How loud it is.
///         volume("volume"): i64,
///     }
/// }
/// let widget = Widget::new().id("w").volume(11).into_component();
/// assert_eq!(widget.props()["volume"], 11);
/// ```
///
/// Generated modules also list the props that `Builder` sets (`also [...]`); the builder then
/// gets `PROPS`, every wire name of the component.
#[macro_export]
macro_rules! component_builder {
    (
        $(#[$doc:meta])*
        $name:ident in $namespace:literal, also [$($builtin:literal),* $(,)?] {
            $( $(#[$prop_doc:meta])* $setter:ident ($wire:literal): $ty:ty ),* $(,)?
        }
    ) => {
        $crate::component_builder! {
            $(#[$doc])*
            $name in $namespace {
                $( $(#[$prop_doc])* $setter($wire): $ty, )*
            }
        }

        impl $name {
            /// Every prop of this component in Dash's metadata, by wire name: one per typed
            /// setter, then those set through [`Builder`](crate::component::Builder).
            pub const PROPS: &'static [&'static str] = &[$($wire,)* $($builtin),*];
        }
    };
    (
        $(#[$doc:meta])*
        $name:ident in $namespace:literal {
            $( $(#[$prop_doc:meta])* $setter:ident ($wire:literal): $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq)]
        pub struct $name($crate::component::Component);

        impl $name {
            /// The JS namespace and type name this builder produces.
            pub const TYPE: (&'static str, &'static str) = ($namespace, stringify!($name));

            /// A new, prop-less component.
            pub fn new() -> Self {
                Self($crate::component::Component::new($namespace, stringify!($name)))
            }

            $(
                $(#[$prop_doc])*
                pub fn $setter(mut self, value: impl Into<$ty>) -> Self {
                    let value: $ty = value.into();
                    self.0.set_prop(
                        $wire,
                        $crate::__private::serde_json::to_value(value)
                            .unwrap_or($crate::__private::serde_json::Value::Null),
                    );
                    self
                }
            )*
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl $crate::component::IntoComponent for $name {
            fn into_component(self) -> $crate::component::Component {
                self.0
            }
        }

        impl $crate::component::Builder for $name {
            fn component_mut(&mut self) -> &mut $crate::component::Component {
                &mut self.0
            }
        }

        impl ::std::convert::From<$name> for $crate::component::Component {
            fn from(builder: $name) -> Self {
                builder.0
            }
        }
    };
}
