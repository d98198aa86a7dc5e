//! Decoding a request's input and state values into a callback's typed parameters.

use super::{CallbackContext, CallbackError, Dependency};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The values a callback is called with: inputs then states, in declaration order, each with
/// the dependency it came from (for error messages).
#[derive(Debug, Default)]
pub struct CallbackArgs {
    values: Vec<(String, Value)>,
    /// `None` for callbacks that do not read it: an empty context is then made on demand
    /// rather than allocated for every call.
    context: Option<CallbackContext>,
}

impl CallbackArgs {
    /// Arguments from `(dependency label, value)` pairs.
    pub fn new(values: Vec<(String, Value)>) -> Self {
        Self {
            values,
            context: None,
        }
    }

    /// The same arguments, called in `context`.
    pub fn with_context(mut self, context: CallbackContext) -> Self {
        self.context = Some(context);
        self
    }

    /// The context of this call (what triggered it, the request, `set_props`); empty unless
    /// the callback was declared [`with_context`](super::CallbackDefinition::with_context),
    /// and then `set_props` on it has no effect.
    pub fn context(&self) -> CallbackContext {
        self.context.clone().unwrap_or_default()
    }

    /// Pairs the declared dependencies with the values received for them.
    pub fn from_dependencies<'a>(
        dependencies: impl IntoIterator<Item = &'a Dependency>,
        values: impl IntoIterator<Item = Value>,
    ) -> Self {
        Self::new(
            dependencies
                .into_iter()
                .map(ToString::to_string)
                .zip(values)
                .collect(),
        )
    }

    /// How many values there are.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Takes the value at `index` and decodes it as `T`. A prop the browser has not set arrives
    /// as `null`, which decodes into `Option<T>` as `None`.
    pub fn take<T: DeserializeOwned>(&mut self, index: usize) -> Result<T, CallbackError> {
        let (dependency, value) = self.values.get_mut(index).ok_or_else(|| {
            CallbackError::BadRequest(format!(
                "the callback expects at least {} input and state values",
                index + 1
            ))
        })?;
        serde_json::from_value(value.take()).map_err(|error| CallbackError::BadArgument {
            dependency: dependency.clone(),
            expected: short_type_name::<T>(),
            reason: error.to_string(),
        })
    }
}

/// `core::option::Option<alloc::string::String>` → `Option<String>`.
fn short_type_name<T>() -> String {
    let full = std::any::type_name::<T>();
    let mut parts: Vec<&str> = full.split("::").collect();
    let last = parts.pop().unwrap_or_default();
    let mut out: String = parts
        .into_iter()
        .map(|part| part.trim_end_matches(|c: char| c.is_alphanumeric() || c == '_'))
        .collect();
    out.push_str(last);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_decode_into_parameter_types() {
        let mut args = CallbackArgs::new(vec![
            ("a.value".into(), json!(2007)),
            ("b.n_clicks".into(), Value::Null),
        ]);
        assert_eq!(args.take::<i64>(0).unwrap(), 2007);
        assert_eq!(args.take::<Option<i64>>(1).unwrap(), None);
    }

    #[test]
    fn a_wrong_type_names_the_dependency_and_the_type() {
        let mut args = CallbackArgs::new(vec![("year-dropdown.value".into(), json!("x"))]);
        let message = args.take::<Option<i64>>(0).unwrap_err().to_string();
        assert!(message.contains("year-dropdown.value"), "{message}");
        assert!(message.contains("Option<i64>"), "{message}");
    }

    #[test]
    fn type_names_lose_their_module_paths() {
        assert_eq!(short_type_name::<Option<String>>(), "Option<String>");
        assert_eq!(short_type_name::<Vec<i64>>(), "Vec<i64>");
    }
}
