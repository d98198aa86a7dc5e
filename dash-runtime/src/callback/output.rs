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
///
/// Inside the list an ALL output returns (`Vec<Update<T>>`), each item may be left unchanged
/// on its own: it serialises as Dash's internal no-update marker, which the response leaves out.
#[derive(Clone, Debug, PartialEq)]
pub enum Update<T> {
    /// Set the output to this value.
    Value(T),
    /// Leave the output as it is.
    NoUpdate,
}

/// How a no-update travels inside a value until the response is built (as in Python Dash);
/// it never reaches the browser.
pub const NO_UPDATE_MARKER: &str = "_dash_no_update";

impl<T: Serialize> Serialize for Update<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Update::Value(value) => value.serialize(serializer),
            Update::NoUpdate => {
                use serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry(NO_UPDATE_MARKER, NO_UPDATE_MARKER)?;
                map.end()
            }
        }
    }
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
        let any = &self as &dyn Any;
        if let Some(plot) = any.downcast_ref::<plotly::Plot>() {
            return Ok(Some(crate::figure::figure_value(plot)));
        }
        if let Some(Update::Value(plot)) = any.downcast_ref::<Update<plotly::Plot>>() {
            return Ok(Some(crate::figure::figure_value(plot)));
        }
        let value = serde_json::to_value(&self).map_err(|error| {
            CallbackError::msg(format!("the return value is not JSON: {error}"))
        })?;
        Ok((!is_no_update(&value)).then_some(value))
    }
}

/// A value that, once serialised, is the no-update marker.
pub(crate) fn is_no_update(value: &Value) -> bool {
    value.as_object().is_some_and(|map| {
        map.len() == 1 && map.get(NO_UPDATE_MARKER) == Some(&Value::from(NO_UPDATE_MARKER))
    })
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
