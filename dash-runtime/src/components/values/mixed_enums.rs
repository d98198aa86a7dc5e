//! Enums mixing booleans, strings and numbers.

use serde::ser::{Serialize, Serializer};
use serde_json::Value;

/// `Graph.responsive`: `true`, `false` or `"auto"` (the default: responsive unless the figure
/// fixes its size).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Responsive {
    /// `true`: always resize with the container.
    True,
    /// `false`: never resize.
    False,
    /// `"auto"`.
    Auto,
}

impl Serialize for Responsive {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Responsive::True => serializer.serialize_bool(true),
            Responsive::False => serializer.serialize_bool(false),
            Responsive::Auto => serializer.serialize_str("auto"),
        }
    }
}

impl From<bool> for Responsive {
    fn from(responsive: bool) -> Self {
        if responsive {
            Responsive::True
        } else {
            Responsive::False
        }
    }
}

impl From<Responsive> for Value {
    fn from(value: Responsive) -> Self {
        serde_json::to_value(value).unwrap_or(Value::Null)
    }
}

/// `Location.refresh`: `true` (default, full page reload on change), `false`, or
/// `"callback-nav"` (no reload; callbacks that use the location still fire).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LocationRefresh {
    /// `true`.
    True,
    /// `false`.
    False,
    /// `"callback-nav"`.
    CallbackNav,
}

impl Serialize for LocationRefresh {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            LocationRefresh::True => serializer.serialize_bool(true),
            LocationRefresh::False => serializer.serialize_bool(false),
            LocationRefresh::CallbackNav => serializer.serialize_str("callback-nav"),
        }
    }
}

impl From<bool> for LocationRefresh {
    fn from(refresh: bool) -> Self {
        if refresh {
            LocationRefresh::True
        } else {
            LocationRefresh::False
        }
    }
}

impl From<LocationRefresh> for Value {
    fn from(value: LocationRefresh) -> Self {
        serde_json::to_value(value).unwrap_or(Value::Null)
    }
}

/// `first_day_of_week` of the date pickers: sent as its number, Sunday = 0 (the default).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DayOfWeek {
    /// `0`.
    Sunday = 0,
    /// `1`.
    Monday = 1,
    /// `2`.
    Tuesday = 2,
    /// `3`.
    Wednesday = 3,
    /// `4`.
    Thursday = 4,
    /// `5`.
    Friday = 5,
    /// `6`.
    Saturday = 6,
}

impl Serialize for DayOfWeek {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(*self as u8)
    }
}

impl From<DayOfWeek> for Value {
    fn from(day: DayOfWeek) -> Self {
        Value::from(day as u8)
    }
}
