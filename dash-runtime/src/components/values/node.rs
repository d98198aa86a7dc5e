//! Children-like props: [`Node`].

use crate::component::Child;
use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};
use serde_json::Value;

/// A prop that holds components the way `children` does (`dcc.Tab`'s `label`, `dcc.Loading`'s
/// `custom_spinner`, an option's `label`): text, a number, a component or a list of them.
#[derive(Clone, Debug, PartialEq)]
pub struct Node(Value);

impl Node {
    /// The prop's JSON value.
    pub fn into_value(self) -> Value {
        self.0
    }
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Node {
    /// Whatever the browser sends for the prop, as JSON.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Value::deserialize(deserializer).map(Node)
    }
}

impl<T: Into<Child>> From<T> for Node {
    fn from(child: T) -> Self {
        Node(child.into().into_value())
    }
}
