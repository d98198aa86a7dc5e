//! Numbers and lists: [`Number`] as Python Dash sends it, and [`List`] props.

use serde::de::{Deserialize, Deserializer, Error as _};
use serde::ser::{Serialize, Serializer};
use serde_json::Value;
use std::fmt;

/// A JSON number as Python Dash sends it: integers stay integers (`2007`), floats stay floats
/// (`2.0`). Converts from every Rust integer and float type.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// A signed integer.
    Int(i64),
    /// An unsigned integer too large for `i64`.
    UInt(u64),
    /// A float; NaN and infinities serialise as `null`, as in JSON.
    Float(f64),
}

impl Number {
    /// The number as an `f64` (possibly rounded for huge integers).
    pub fn as_f64(self) -> f64 {
        match self {
            Number::Int(n) => n as f64,
            Number::UInt(n) => n as f64,
            Number::Float(n) => n,
        }
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Number::Int(n) => serializer.serialize_i64(n),
            Number::UInt(n) => serializer.serialize_u64(n),
            Number::Float(n) => serializer.serialize_f64(n),
        }
    }
}

impl<'de> Deserialize<'de> for Number {
    /// Any JSON number, kept as the kind it was written as (`2007` an integer, `2.0` a float).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let number = serde_json::Number::deserialize(deserializer)?;
        if let Some(n) = number.as_i64() {
            Ok(Number::Int(n))
        } else if let Some(n) = number.as_u64() {
            Ok(Number::UInt(n))
        } else {
            number
                .as_f64()
                .map(Number::Float)
                .ok_or_else(|| D::Error::custom(format!("{number} is not a number")))
        }
    }
}

impl fmt::Display for Number {
    /// Formats like JSON: `2007`, `2.0`, `0.5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

macro_rules! number_from_signed {
    ($($t:ty),*) => {$(
        impl From<$t> for Number {
            fn from(n: $t) -> Self {
                Number::Int(n as i64)
            }
        }
    )*};
}
number_from_signed!(i8, i16, i32, i64, isize);

macro_rules! number_from_unsigned {
    ($($t:ty),*) => {$(
        impl From<$t> for Number {
            fn from(n: $t) -> Self {
                match i64::try_from(n) {
                    Ok(n) => Number::Int(n),
                    Err(_) => Number::UInt(n as u64),
                }
            }
        }
    )*};
}
number_from_unsigned!(u8, u16, u32, u64, usize);

impl From<f64> for Number {
    fn from(n: f64) -> Self {
        Number::Float(n)
    }
}

impl From<f32> for Number {
    /// Keeps the `f32`'s shortest decimal form: `0.1_f32` becomes `0.1`, not `0.10000000149…`.
    fn from(n: f32) -> Self {
        Number::Float(n.to_string().parse().unwrap_or(f64::from(n)))
    }
}

impl From<Number> for Value {
    fn from(n: Number) -> Self {
        serde_json::to_value(n).unwrap_or(Value::Null)
    }
}

/// A list prop (`[number]`, `[string]`, ...): built from a `Vec` or an array of anything that
/// converts into the element type, so `vec![1, 5]` fills a `List<Number>` and `["a", "b"]` a
/// `List<String>`.
#[derive(Clone, Debug, PartialEq)]
pub struct List<T>(pub Vec<T>);

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List(Vec::new())
    }
}

impl<T, U: Into<T>> From<Vec<U>> for List<T> {
    fn from(items: Vec<U>) -> Self {
        List(items.into_iter().map(Into::into).collect())
    }
}

impl<T, U: Into<T>, const N: usize> From<[U; N]> for List<T> {
    fn from(items: [U; N]) -> Self {
        List(items.into_iter().map(Into::into).collect())
    }
}

impl<T, U: Into<T> + Clone> From<&[U]> for List<T> {
    fn from(items: &[U]) -> Self {
        List(items.iter().cloned().map(Into::into).collect())
    }
}

impl<T, U: Into<T>> FromIterator<U> for List<T> {
    fn from_iter<I: IntoIterator<Item = U>>(items: I) -> Self {
        List(items.into_iter().map(Into::into).collect())
    }
}
