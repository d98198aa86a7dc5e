//! A callback as the dispatcher sees it: dependencies plus a type-erased handler.

use super::dependency::output_string;
use super::{CallbackArgs, CallbackError, Dependency, Outputs};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// The future an async handler returns. Not `Send`: actix runs each request on one thread.
pub type HandlerFuture = Pin<Box<dyn Future<Output = Result<Outputs, CallbackError>>>>;

/// How a callback's body runs.
#[derive(Clone)]
pub enum Handler {
    /// A plain `fn`: run on the app's callback threads so it never stalls the event loop, or
    /// on the server worker once it is known to be quick (see [`RunOn`]).
    Blocking(Arc<dyn Fn(CallbackArgs) -> Result<Outputs, CallbackError> + Send + Sync>),
    /// An `async fn`: awaited on the worker that received the request.
    Async(Arc<dyn Fn(CallbackArgs) -> HandlerFuture + Send + Sync>),
    /// JavaScript the renderer runs in the browser; the server never receives its calls.
    Clientside(ClientsideFunction),
}

/// Where the browser finds a clientside callback: `window.dash_clientside[namespace][function_name]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientsideFunction {
    /// The namespace object.
    pub namespace: String,
    /// The function's name in it.
    pub function_name: String,
    /// For inline callbacks, the JavaScript source the page defines the function with.
    pub source: Option<String>,
}

/// The namespace Dash puts inline clientside functions in, each named by its source's hash.
pub const INLINE_CLIENTSIDE_NAMESPACE: &str = "_dashprivate_clientside_funcs";

impl ClientsideFunction {
    /// A function defined by `source`, e.g. `"function(v) { return v * 2; }"`.
    pub fn inline(source: impl Into<String>) -> Self {
        let source = source.into();
        ClientsideFunction {
            namespace: INLINE_CLIENTSIDE_NAMESPACE.to_owned(),
            function_name: sha256_hex(&source),
            source: Some(source),
        }
    }

    /// `window.dash_clientside[namespace][function_name]`, defined by a script of the app's
    /// (in the assets folder, say).
    pub fn named(namespace: impl Into<String>, function_name: impl Into<String>) -> Self {
        ClientsideFunction {
            namespace: namespace.into(),
            function_name: function_name.into(),
            source: None,
        }
    }

    /// The inline `<script>` body that defines an inline function, as Dash writes it.
    pub fn inline_script(&self) -> Option<String> {
        let source = self.source.as_ref()?;
        // A literal `</script` would end the element early; `<\/` means the same in JS text.
        let source = source.replace("</script", "<\\/script");
        Some(format!(
            "(function() {{\n    var clientside = window.dash_clientside = window.dash_clientside || {{}};\n    \
             var ns = clientside[\"{ns}\"] = clientside[\"{ns}\"] || {{}};\n    ns[\"{name}\"] = {source};\n}})();",
            ns = self.namespace,
            name = self.function_name,
        ))
    }
}

/// Everything the server needs to know about one callback.
#[derive(Clone)]
pub struct CallbackDefinition {
    /// The Rust function's name, for messages.
    pub name: &'static str,
    /// Outputs, in the order the function returns them.
    pub outputs: Vec<Dependency>,
    /// Whether the outputs were declared as a list (changes the output string, §4.2).
    pub multi_output: bool,
    /// Indices of the outputs other callbacks may write too (Dash's `allow_duplicate`).
    pub duplicate_outputs: Vec<usize>,
    /// Inputs, in parameter order.
    pub inputs: Vec<Dependency>,
    /// States, in parameter order after the inputs.
    pub state: Vec<Dependency>,
    /// `Some(true)` skips the call on page load; `None` takes the app's default.
    pub prevent_initial_call: Option<bool>,
    /// Props the renderer sets while the call runs, and after: `(prop, on, off)`.
    pub running: Vec<(Dependency, serde_json::Value, serde_json::Value)>,
    /// Whether the body reads its [`CallbackContext`](super::CallbackContext); only then is
    /// one built, so that callbacks without it pay nothing for it.
    pub uses_context: bool,
    /// Where a plain-`fn` body runs; see [`RunOn`].
    pub run_on: RunOn,
    /// The body.
    pub handler: Handler,
}

/// Where a plain-`fn` callback's body runs. `async fn` bodies always run on the server worker,
/// clientside ones in the browser.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RunOn {
    /// On a callback thread until it has answered many calls in a row within half a
    /// millisecond, then on the server worker that received the request; back to the callback
    /// threads once a call is seen to compute or wait past that (an overrun makes the next
    /// call watched, so being preempted on a busy machine does not count), and inline again
    /// only after twice as long a streak. The default: cheap callbacks skip the hand-off
    /// between threads, and a slow one holds up its worker for two calls, a few times at most.
    #[default]
    Learned,
    /// Always on the server worker ([`CallbackDefinition::run_inline`]).
    Worker,
    /// Always on a callback thread ([`CallbackDefinition::run_on_pool`]).
    Pool,
}

impl CallbackDefinition {
    /// A callback named `name` running `handler`, with no dependencies yet.
    pub fn new(name: &'static str, handler: Handler) -> Self {
        Self {
            name,
            outputs: Vec::new(),
            multi_output: false,
            duplicate_outputs: Vec::new(),
            inputs: Vec::new(),
            state: Vec::new(),
            prevent_initial_call: None,
            running: Vec::new(),
            uses_context: false,
            run_on: RunOn::Learned,
            handler,
        }
    }

    /// A callback whose body is a blocking closure.
    ///
    /// ```
    /// use dash_runtime::callback::{CallbackDefinition, Dependency, IntoPropValue};
    /// let echo = CallbackDefinition::blocking("echo", |mut args| {
    ///     let text: String = args.take(0)?;
    ///     Ok(vec![format!("echo {text}").into_prop_value()?])
    /// })
    /// .output(Dependency::new("out", "children"))
    /// .input(Dependency::new("in", "value"));
    /// assert_eq!(echo.output_id(), "out.children");
    /// ```
    pub fn blocking(
        name: &'static str,
        body: impl Fn(CallbackArgs) -> Result<Outputs, CallbackError> + Send + Sync + 'static,
    ) -> Self {
        Self::new(name, Handler::Blocking(Arc::new(body)))
    }

    /// A callback run in the browser by `function`.
    pub fn clientside(name: &'static str, function: ClientsideFunction) -> Self {
        Self::new(name, Handler::Clientside(function))
    }

    /// The browser function, for a clientside callback.
    pub fn clientside_function(&self) -> Option<&ClientsideFunction> {
        match &self.handler {
            Handler::Clientside(function) => Some(function),
            _ => None,
        }
    }

    /// Adds an output.
    pub fn output(mut self, dependency: Dependency) -> Self {
        self.outputs.push(dependency);
        self
    }

    /// Lets other callbacks write the output added last, too (Dash's `allow_duplicate`; Dash
    /// requires `prevent_initial_call` with it). On the wire the property gets an `@<hash>`
    /// suffix that tells the writers apart.
    pub fn allow_duplicate(mut self) -> Self {
        if let Some(last) = self.outputs.len().checked_sub(1) {
            self.duplicate_outputs.push(last);
        }
        self
    }

    /// Declares the outputs as a list, even if there is only one.
    pub fn multi_output(mut self, multi: bool) -> Self {
        self.multi_output = multi;
        self
    }

    /// Adds an input.
    pub fn input(mut self, dependency: Dependency) -> Self {
        self.inputs.push(dependency);
        self
    }

    /// Adds a state.
    pub fn state(mut self, dependency: Dependency) -> Self {
        self.state.push(dependency);
        self
    }

    /// While the callback runs, the renderer sets `dependency` to `on`; once it is done, to
    /// `off` (Dash's `running=[(Output(...), on, off)]`).
    pub fn running(
        mut self,
        dependency: Dependency,
        on: impl serde::Serialize,
        off: impl serde::Serialize,
    ) -> Self {
        let on = serde_json::to_value(on).unwrap_or_default();
        let off = serde_json::to_value(off).unwrap_or_default();
        self.running.push((dependency, on, off));
        self
    }

    /// Gives the body its call's context through [`CallbackArgs::context`] (`#[callback]`
    /// does this when the fn takes a `CallbackContext`); without it the context is empty.
    pub fn with_context(mut self) -> Self {
        self.uses_context = true;
        self
    }

    /// Runs a plain-`fn` body right on the server worker that received the request, from the
    /// first call, skipping the hand-off to a callback thread and back (for a callback that
    /// only reshapes its inputs that hand-off costs more than the call). Only for callbacks
    /// that finish in microseconds and never block: while one runs, the other requests on its
    /// worker wait. Has no effect on `async fn` and clientside callbacks.
    pub fn run_inline(mut self) -> Self {
        self.run_on = RunOn::Worker;
        self
    }

    /// Runs a plain-`fn` body on a callback thread every time, even once it has been seen to
    /// be fast: for a callback that is usually quick but may block (a cache miss that reads a
    /// database), so that not even one call holds up a server worker.
    pub fn run_on_pool(mut self) -> Self {
        self.run_on = RunOn::Pool;
        self
    }

    /// Whether the callback writes no output (it may still `set_props`).
    pub fn has_no_output(&self) -> bool {
        self.outputs.is_empty()
    }

    /// Sets `prevent_initial_call`.
    pub fn prevent_initial_call(mut self, prevent: bool) -> Self {
        self.prevent_initial_call = Some(prevent);
        self
    }

    /// The output string the renderer sends back in every request for this callback.
    pub fn output_id(&self) -> String {
        if self.has_no_output() {
            // Dash names a callback without outputs by the hash of its inputs, or of its call
            // site when it has none; the name stands in for the site.
            let key = if self.inputs.is_empty() {
                self.name.to_owned()
            } else {
                self.inputs_key()
            };
            return sha256_hex(&key);
        }
        output_string(
            &self.wire_outputs(),
            self.multi_output || self.outputs.len() > 1,
        )
    }

    /// The outputs as the renderer names them: duplicate-allowing ones carry `@` and the
    /// SHA-256 of the inputs (`"id.prop"` joined by `.`), one hash per callback, as Dash does.
    pub fn wire_outputs(&self) -> Vec<Dependency> {
        if self.duplicate_outputs.is_empty() {
            return self.outputs.clone();
        }
        let hash = sha256_hex(&self.inputs_key());
        let mut outputs = self.outputs.clone();
        for &index in &self.duplicate_outputs {
            if let Some(output) = outputs.get_mut(index) {
                output.property = format!("{}@{hash}", output.bare_property());
            }
        }
        outputs
    }
}

impl CallbackDefinition {
    /// The inputs as Dash hashes them: `"id.prop"` joined by `.`.
    fn inputs_key(&self) -> String {
        let inputs: Vec<String> = self.inputs.iter().map(ToString::to_string).collect();
        inputs.join(".")
    }
}

fn sha256_hex(text: &str) -> String {
    hex::encode(<sha2::Sha256 as sha2::Digest>::digest(text))
}

impl std::fmt::Debug for CallbackDefinition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallbackDefinition")
            .field("name", &self.name)
            .field("output", &self.output_id())
            .field("inputs", &self.inputs)
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_outputs_carry_the_hash_of_the_inputs() {
        let callback = CallbackDefinition::blocking("f", |_| Ok(vec![]))
            .output(Dependency::new("out2", "children"))
            .allow_duplicate()
            .input(Dependency::new("inp", "value"));
        // The hash Python Dash 4.4.1 gives for inputs [inp.value] (protocol §4.2).
        assert_eq!(
            callback.output_id(),
            "out2.children@19cb88899e45dfa24cc7a1e0ef5119bba76a132ae02e32bedd3054f0fe4ce977"
        );
    }

    #[test]
    fn inline_clientside_functions_are_named_by_their_source_hash() {
        let function = ClientsideFunction::inline("function(v){ return 'client ' + v; }");
        // What Python Dash 4.4.1 names this source (protocol §4.4).
        assert_eq!(
            function.function_name,
            "c417f27fd4cc3d97eff99d67128ca2cdf4df26036b9250aea005523fe0fcfcd0"
        );
        let script = function.inline_script().unwrap();
        assert!(script.contains("ns[\"c417f27fd4cc3d97eff99d67128ca2cdf4df26036b9250aea005523fe0fcfcd0\"] = function(v){ return 'client ' + v; };"), "{script}");
        let sneaky = ClientsideFunction::inline("function(){ return '</script><b>'; }");
        assert!(!sneaky.inline_script().unwrap().contains("</script"));
    }

    #[test]
    fn callbacks_without_outputs_are_named_by_their_inputs_hash() {
        let callback = CallbackDefinition::blocking("f", |_| Ok(vec![]))
            .input(Dependency::new("btn", "n_clicks"));
        // What Python Dash 4.4.1 names it (protocol §4.2).
        assert_eq!(
            callback.output_id(),
            "3eb5c6874c0553ce107823c514131222db0c1ce9f5877187cdd472be1da6af32"
        );
    }
}
