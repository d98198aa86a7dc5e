//! `Patch`: a partial update the renderer applies to a prop's current value, instead of
//! replacing it (protocol §8). Return it from a callback (or pass it to `set_props`) where the
//! whole value would go.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{json, Value};

/// One step into a value: an object key, or a list index (negative counts from the end).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    /// An object key.
    Name(String),
    /// A list index.
    Index(i64),
}

impl From<&str> for Key {
    fn from(name: &str) -> Self {
        Key::Name(name.to_owned())
    }
}

impl From<String> for Key {
    fn from(name: String) -> Self {
        Key::Name(name)
    }
}

macro_rules! index_keys {
    ($($int:ty),*) => {$(
        impl From<$int> for Key {
            fn from(index: $int) -> Self {
                // Lists this long do not fit in a browser.
                Key::Index(i64::try_from(index).unwrap_or(i64::MAX))
            }
        }
    )*};
}
index_keys!(i32, i64, u32, usize);

impl Serialize for Key {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Key::Name(name) => serializer.serialize_str(name),
            Key::Index(index) => serializer.serialize_i64(*index),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Operation {
    name: &'static str,
    location: Vec<Key>,
    params: Value,
}

/// A list of operations on a prop's value, applied in order by the renderer.
///
/// ```
/// use dash_runtime::callback::Patch;
/// let mut patch = Patch::new();
/// patch.at("data").at(0).at("y").append(4);
/// patch.at("layout").at("title").assign("Updated");
/// let json = serde_json::to_value(&patch).unwrap();
/// assert_eq!(json["operations"][0]["location"], serde_json::json!(["data", 0, "y"]));
/// assert_eq!(json["operations"][1]["operation"], "Assign");
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Patch {
    operations: Vec<Operation>,
}

impl Patch {
    /// A patch that changes nothing yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The prop's value itself, to operate on as a whole.
    pub fn root(&mut self) -> Location<'_> {
        Location {
            patch: self,
            path: Vec::new(),
        }
    }

    /// The part of the value under `key`.
    pub fn at(&mut self, key: impl Into<Key>) -> Location<'_> {
        self.root().at(key)
    }

    /// How many operations there are.
    pub fn len(&self) -> usize {
        self.operations.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.operations.is_empty()
    }
}

impl Serialize for Patch {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("__dash_patch_update", "__dash_patch_update")?;
        let operations: Vec<Value> = self
            .operations
            .iter()
            .map(|operation| {
                json!({
                    "operation": operation.name,
                    "location": operation.location,
                    "params": operation.params,
                })
            })
            .collect();
        map.serialize_entry("operations", &operations)?;
        map.end()
    }
}

/// A place inside the patched value; each operation on it adds one step to the patch.
pub struct Location<'a> {
    patch: &'a mut Patch,
    path: Vec<Key>,
}

fn value_of(value: impl Serialize) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

impl<'a> Location<'a> {
    /// One level deeper.
    pub fn at(mut self, key: impl Into<Key>) -> Location<'a> {
        self.path.push(key.into());
        self
    }

    fn push(self, name: &'static str, params: Value) {
        self.patch.operations.push(Operation {
            name,
            location: self.path,
            params,
        });
    }

    /// Sets it to `value` (Python's `patch[k] = value`).
    pub fn assign(self, value: impl Serialize) {
        self.push("Assign", json!({ "value": value_of(value) }));
    }

    /// Removes it from its object or list (`del patch[k]`).
    pub fn delete(self) {
        self.push("Delete", json!({}));
    }

    /// Merges the entries of an object into it (`patch.update(...)`).
    pub fn merge(self, value: impl Serialize) {
        self.push("Merge", json!({ "value": value_of(value) }));
    }

    /// Appends every item of a list (`patch.extend(...)`).
    pub fn extend(self, items: impl Serialize) {
        self.push("Extend", json!({ "value": value_of(items) }));
    }

    /// Adds an item at the end of the list (`patch.append(x)`).
    pub fn append(self, item: impl Serialize) {
        self.push("Append", json!({ "value": value_of(item) }));
    }

    /// Adds an item at the start of the list (`patch.prepend(x)`).
    pub fn prepend(self, item: impl Serialize) {
        self.push("Prepend", json!({ "value": value_of(item) }));
    }

    /// Inserts an item before `index` (negative counts from the end).
    pub fn insert(self, index: i64, item: impl Serialize) {
        self.push("Insert", json!({ "index": index, "value": value_of(item) }));
    }

    /// Removes every item equal to `item` from the list (`patch.remove(x)`).
    pub fn remove(self, item: impl Serialize) {
        self.push("Remove", json!({ "value": value_of(item) }));
    }

    /// Empties the list or object (`patch.clear()`).
    pub fn clear(self) {
        self.push("Clear", json!({}));
    }

    /// Reverses the list (`patch.reverse()`).
    pub fn reverse(self) {
        self.push("Reverse", json!({}));
    }

    /// Adds to a number, or appends to a string (`patch += x`).
    pub fn add(self, value: impl Serialize) {
        self.push("Add", json!({ "value": value_of(value) }));
    }

    /// Subtracts from a number (`patch -= x`).
    pub fn sub(self, value: impl Serialize) {
        self.push("Sub", json!({ "value": value_of(value) }));
    }

    /// Multiplies a number (`patch *= x`).
    pub fn mul(self, value: impl Serialize) {
        self.push("Mul", json!({ "value": value_of(value) }));
    }

    /// Divides a number (`patch /= x`).
    pub fn div(self, value: impl Serialize) {
        self.push("Div", json!({ "value": value_of(value) }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_has_dash_s_wire_form() {
        let mut patch = Patch::new();
        patch.at("a").append(4);
        patch.at("b").assign("new");
        patch.at("c").delete();
        patch.root().merge(json!({"d": 1}));
        patch.at("l").extend([1, 2]);
        patch.at("l").prepend(0);
        patch.at("l").insert(-1, 9);
        patch.at("l").remove(2);
        patch.at("l").reverse();
        patch.at("m").clear();
        patch.at("n").add(1);
        patch.at("n").sub(2);
        patch.at("n").mul(3);
        patch.at("n").div(4);
        let value = serde_json::to_value(&patch).unwrap();
        assert_eq!(value["__dash_patch_update"], "__dash_patch_update");
        let operations = value["operations"].as_array().unwrap();
        assert_eq!(operations.len(), patch.len());
        assert_eq!(
            operations[0],
            json!({"operation": "Append", "location": ["a"], "params": {"value": 4}})
        );
        assert_eq!(
            operations[2],
            json!({"operation": "Delete", "location": ["c"], "params": {}})
        );
        assert_eq!(operations[3]["location"], json!([]));
        assert_eq!(operations[6]["params"], json!({"index": -1, "value": 9}));
        let names: Vec<&str> = operations
            .iter()
            .map(|o| o["operation"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "Append", "Assign", "Delete", "Merge", "Extend", "Prepend", "Insert", "Remove",
                "Reverse", "Clear", "Add", "Sub", "Mul", "Div"
            ]
        );
    }

    #[test]
    fn nested_locations_mix_keys_and_indices() {
        let mut patch = Patch::new();
        patch.at("data").at(0usize).at("x").at(-1).assign(5);
        let value = serde_json::to_value(&patch).unwrap();
        assert_eq!(
            value["operations"][0]["location"],
            json!(["data", 0, "x", -1])
        );
    }
}
