//! What may stand in a component's `children`: text, numbers, components and lists of them.

use super::IntoComponent;
use serde_json::Value;

/// One or more children, already in wire form.
///
/// A single text or component child is sent as a scalar (as `html.H1("Sales")` is in Python);
/// a list stays a list even with one element, so `{items}` in `layout!` always renders a list.
#[derive(Clone, Debug, PartialEq)]
pub struct Child {
    pub(super) values: Vec<Value>,
    pub(super) is_list: bool,
}

impl Child {
    fn single(value: Value) -> Self {
        Self {
            values: vec![value],
            is_list: false,
        }
    }

    /// The child as the JSON value it will have in `children`.
    pub fn into_value(self) -> Value {
        if self.values.len() == 1 && !self.is_list {
            self.values.into_iter().next().unwrap_or(Value::Null)
        } else {
            Value::Array(self.values)
        }
    }
}

impl<T: IntoComponent> From<T> for Child {
    fn from(component: T) -> Self {
        Child::single(component.into_component().to_value())
    }
}

impl From<&str> for Child {
    fn from(text: &str) -> Self {
        Child::single(Value::String(text.to_owned()))
    }
}

impl From<String> for Child {
    fn from(text: String) -> Self {
        Child::single(Value::String(text))
    }
}

impl From<&String> for Child {
    fn from(text: &String) -> Self {
        Child::single(Value::String(text.clone()))
    }
}

macro_rules! number_child {
    ($($t:ty),*) => {$(
        impl From<$t> for Child {
            fn from(n: $t) -> Self {
                Child::single(serde_json::json!(n))
            }
        }
    )*};
}
number_child!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize, f32, f64);

impl<T: Into<Child>> From<Vec<T>> for Child {
    fn from(items: Vec<T>) -> Self {
        let values = items
            .into_iter()
            .flat_map(|item| item.into().values)
            .collect();
        Child {
            values,
            is_list: true,
        }
    }
}

impl<T: Into<Child>> From<Option<T>> for Child {
    fn from(item: Option<T>) -> Self {
        match item {
            Some(item) => item.into(),
            None => Child {
                values: Vec::new(),
                is_list: true,
            },
        }
    }
}

impl From<Value> for Child {
    fn from(value: Value) -> Self {
        Child::single(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::component::Component;

    #[test]
    fn a_lone_text_child_is_a_scalar() {
        let mut div = Component::new("dash_html_components", "Div");
        div.push_child("Sales".into());
        assert_eq!(div.props()["children"], Value::from("Sales"));
    }

    #[test]
    fn several_children_form_a_list() {
        let mut div = Component::new("dash_html_components", "Div");
        div.push_child("a".into());
        div.push_child(Component::new("dash_html_components", "Br").into());
        div.push_child(vec!["b", "c"].into());
        let children = div.props()["children"].as_array().expect("a list");
        assert_eq!(children.len(), 4);
        assert_eq!(children[1]["type"], "Br");
        assert_eq!(children[3], "c");
    }

    #[test]
    fn a_list_of_one_stays_a_list() {
        let mut div = Component::new("dash_html_components", "Div");
        div.push_child(vec!["only"].into());
        assert_eq!(div.props()["children"], serde_json::json!(["only"]));
    }
}
