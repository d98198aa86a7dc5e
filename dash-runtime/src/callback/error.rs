//! How a callback fails, or declines to update anything.

use std::fmt;

/// Raise this (as `Err(PreventUpdate.into())`) to leave every output unchanged: the server
/// answers 204 and the renderer updates nothing, as Python's `raise PreventUpdate`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PreventUpdate;

/// The error side of a callback's result.
///
/// Any `std::error::Error` converts into it with `?`. It deliberately does not implement
/// `std::error::Error` itself, so that conversion stays unambiguous (as `anyhow::Error`).
#[derive(Debug)]
pub enum CallbackError {
    /// Leave all outputs unchanged (HTTP 204).
    PreventUpdate,
    /// An argument could not be decoded into the parameter's type (HTTP 400).
    BadArgument {
        /// The dependency the value came from, e.g. `year-dropdown.value`.
        dependency: String,
        /// The Rust type the callback asked for.
        expected: String,
        /// What serde said.
        reason: String,
    },
    /// The request does not fit the callback (wrong number of inputs, say) (HTTP 400).
    BadRequest(String),
    /// The callback itself failed (HTTP 500).
    Failed(Box<dyn std::error::Error + Send + Sync>),
    /// The callback panicked (HTTP 500).
    Panicked(String),
}

/// The result type callbacks may return: `CallbackResult<Plot>`.
pub type CallbackResult<T> = Result<T, CallbackError>;

impl CallbackError {
    /// A failure with a plain message.
    pub fn msg(message: impl Into<String>) -> Self {
        CallbackError::Failed(message.into().into())
    }
}

impl From<PreventUpdate> for CallbackError {
    fn from(_: PreventUpdate) -> Self {
        CallbackError::PreventUpdate
    }
}

impl<E: std::error::Error + Send + Sync + 'static> From<E> for CallbackError {
    fn from(error: E) -> Self {
        CallbackError::Failed(Box::new(error))
    }
}

impl fmt::Display for CallbackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallbackError::PreventUpdate => f.write_str("update prevented"),
            CallbackError::BadArgument {
                dependency,
                expected,
                reason,
            } => write!(
                f,
                "the value of `{dependency}` does not fit the parameter type `{expected}`: {reason}"
            ),
            CallbackError::BadRequest(message) => f.write_str(message),
            CallbackError::Failed(error) => write!(f, "{error}"),
            CallbackError::Panicked(message) => write!(f, "the callback panicked: {message}"),
        }
    }
}
