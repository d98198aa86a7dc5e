//! Turning a callback's return value into prop updates.

use super::CallbackError;
use serde::Serialize;
use serde_json::Value;
use std::any::Any;

/// One value per declared output, in order; `None` leaves that output unchanged.
pub type Outputs = Vec<Option<Value>>;

/// Leave this output unchanged: Python's `no_update`, for one output of several.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NoUpdate;

/// Shorthand for [`Update::NoUpdate`].
pub fn no_update<T>() -> Update<T> {
    Update::NoUpdate
}

/// A value for an output that may also be "leave unchanged".
#[derive(Clone, Debug, PartialEq)]
pub enum Update<T> {
    /// Set the output to this value.
    Value(T),
    /// Leave the output as it is.
    NoUpdate,
}

impl<T> From<Option<T>> for Update<T> {
    fn from(value: Option<T>) -> Self {
        value.map_or(Update::NoUpdate, Update::Value)
    }
}

/// A value that can be sent as a prop: anything `Serialize`, plus [`Update`] and [`NoUpdate`].
///
/// A `plotly::Plot` is sent as a Dash figure (`data`, `layout`, `frames`), without the `config`
/// key its own serialisation adds, which `dcc.Graph`'s exact `figure` prop type rejects.
pub trait IntoPropValue {
    /// The JSON value, or `None` for "no update".
    fn into_prop_value(self) -> Result<Option<Value>, CallbackError>;
}

impl<T: Serialize + 'static> IntoPropValue for T {
    fn into_prop_value(self) -> Result<Option<Value>, CallbackError> {
        if let Some(plot) = (&self as &dyn Any).downcast_ref::<plotly::Plot>() {
            return Ok(Some(crate::figure::figure_value(plot)));
        }
        serde_json::to_value(&self)
            .map(Some)
            .map_err(|error| CallbackError::msg(format!("the return value is not JSON: {error}")))
    }
}

impl<T: IntoPropValue> IntoPropValue for Update<T> {
    fn into_prop_value(self) -> Result<Option<Value>, CallbackError> {
        match self {
            Update::Value(value) => value.into_prop_value(),
            Update::NoUpdate => Ok(None),
        }
    }
}

impl IntoPropValue for NoUpdate {
    fn into_prop_value(self) -> Result<Option<Value>, CallbackError> {
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialisable_values_become_json() {
        assert_eq!(
            "x".into_prop_value().unwrap(),
            Some(Value::String("x".into()))
        );
        assert_eq!(Update::Value(3).into_prop_value().unwrap(), Some(3.into()));
        assert_eq!(no_update::<i32>().into_prop_value().unwrap(), None);
        assert_eq!(NoUpdate.into_prop_value().unwrap(), None);
    }

    #[test]
    fn a_plot_becomes_a_figure_without_config() {
        let value = plotly::Plot::new().into_prop_value().unwrap().unwrap();
        assert!(value.get("data").is_some() && value.get("layout").is_some());
        assert!(value.get("config").is_none(), "{value}");
    }
}
