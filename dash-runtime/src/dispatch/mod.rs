//! The callback dispatcher: finds the callback a request names, decodes its arguments, runs it
//! off the event loop, and turns the outcome into a response (protocol §5).

mod placement;
mod pool;

pub use placement::{INLINE_BUDGET, PROMOTE_AFTER};
pub use pool::{CallbackPool, PoolError, DEFAULT_MAX_THREADS, STALL_AFTER};

use placement::{CallTiming, Change, Placement};

use crate::callback::{
    CallbackArgs, CallbackContext, CallbackDefinition, CallbackError, Dependency, Handler,
    RequestInfo, RunOn,
};
use crate::protocol::update::{
    response_with_side_updates, OutputSlot, OutputTarget, UpdateRequest,
};
use futures_util::FutureExt;
use serde_json::Value;
use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

/// What running one request came to.
#[derive(Debug)]
pub enum Outcome {
    /// 200 with this body.
    Updated(Value),
    /// 204: nothing to change (PreventUpdate).
    Prevented,
    /// No callback has this output string (404).
    UnknownCallback(String),
    /// The request does not fit the callback (400).
    BadRequest(String),
    /// The callback failed or panicked (500); the message is for logs and debug-mode bodies.
    Failed {
        /// The callback's name.
        callback: &'static str,
        /// What went wrong.
        message: String,
    },
}

/// All callbacks of an app, keyed by their output string, and the threads their plain-`fn`
/// bodies run on.
#[derive(Clone, Default)]
pub struct Registry {
    callbacks: HashMap<String, Registered>,
    order: Vec<Arc<CallbackDefinition>>,
    pool: CallbackPool,
}

/// A callback and what has been seen of its calls.
#[derive(Clone)]
struct Registered {
    callback: Arc<CallbackDefinition>,
    placement: Arc<Placement>,
}

impl Registry {
    /// An empty registry whose plain-`fn` callbacks run on `pool`.
    pub fn with_pool(pool: CallbackPool) -> Self {
        Self {
            callbacks: HashMap::new(),
            order: Vec::new(),
            pool,
        }
    }

    /// The threads plain-`fn` callbacks run on.
    pub fn pool(&self) -> &CallbackPool {
        &self.pool
    }

    /// Adds a callback. Returns the previous one with the same output string, if any.
    pub fn insert(&mut self, callback: CallbackDefinition) -> Option<Arc<CallbackDefinition>> {
        let callback = Arc::new(callback);
        self.order.push(callback.clone());
        let registered = Registered {
            callback: callback.clone(),
            placement: Arc::default(),
        };
        self.callbacks
            .insert(callback.output_id(), registered)
            .map(|previous| previous.callback)
    }

    /// The callbacks in registration order.
    pub fn iter(&self) -> impl Iterator<Item = &CallbackDefinition> {
        self.order.iter().map(AsRef::as_ref)
    }

    /// How many callbacks there are.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Runs the callback `request` names, with no HTTP request behind it.
    pub async fn dispatch(&self, request: UpdateRequest) -> Outcome {
        self.dispatch_with(request, RequestInfo::default).await
    }

    /// Runs the callback `request` names; `info` tells its context of the HTTP request, and is
    /// only called for callbacks that read their context.
    pub async fn dispatch_with(
        &self,
        request: UpdateRequest,
        info: impl FnOnce() -> RequestInfo,
    ) -> Outcome {
        let Some(Registered {
            callback,
            placement,
        }) = self.callbacks.get(&request.output).cloned()
        else {
            return Outcome::UnknownCallback(request.output);
        };
        let expected = callback.inputs.len() + callback.state.len();
        let received = request.inputs.len() + request.state.len();
        if request.inputs.len() != callback.inputs.len()
            || request.state.len() != callback.state.len()
        {
            return Outcome::BadRequest(format!(
                "callback `{}` takes {} inputs and {} states ({expected} values), the request has {} and {} ({received})",
                callback.name,
                callback.inputs.len(),
                callback.state.len(),
                request.inputs.len(),
                request.state.len(),
            ));
        }
        let multi = callback.multi_output || callback.outputs.len() > 1;
        let slots = request.output_slots(multi);
        if let Some(problem) = mismatched_outputs(&callback, &slots) {
            return Outcome::BadRequest(problem);
        }
        let args = CallbackArgs::from_dependencies(
            callback.inputs.iter().chain(&callback.state),
            request.input_values().chain(request.state_values()),
        );
        // Callbacks that do not read their context skip building one (and its allocations).
        let context = callback.uses_context.then(|| {
            let outputs_list = match request.outputs {
                Some(outputs) if !callback.has_no_output() => outputs,
                _ => Value::Array(Vec::new()),
            };
            CallbackContext::new(
                request.inputs,
                request.state,
                outputs_list,
                &request.changed_prop_ids,
                info(),
            )
        });
        let args = match &context {
            Some(context) => args.with_context(context.clone()),
            None => args,
        };
        let result = run(&self.pool, &callback, &placement, args).await;
        let failed = |message: String| Outcome::Failed {
            callback: callback.name,
            message,
        };
        match result {
            Ok(values) if values.len() != callback.outputs.len() => failed(format!(
                "returned {} values for {} outputs",
                values.len(),
                callback.outputs.len()
            )),
            Ok(values) => {
                let side_updates = context
                    .map(|context| context.take_side_updates())
                    .unwrap_or_default();
                if callback.has_no_output() && side_updates.is_empty() {
                    // Dash answers a call that changed nothing with 204.
                    return Outcome::Prevented;
                }
                match response_with_side_updates(&slots, values, side_updates) {
                    Ok(body) => Outcome::Updated(body),
                    Err(message) => failed(message),
                }
            }
            Err(CallbackError::PreventUpdate) => Outcome::Prevented,
            Err(error @ (CallbackError::BadArgument { .. } | CallbackError::BadRequest(_))) => {
                Outcome::BadRequest(format!("callback `{}`: {error}", callback.name))
            }
            Err(error) => failed(error.to_string()),
        }
    }
}

/// Dash refuses a request whose `outputs` are not the callback's (pattern ids aside, which
/// name concrete components).
fn mismatched_outputs(callback: &CallbackDefinition, slots: &[OutputSlot]) -> Option<String> {
    let matches = callback.outputs.len() == slots.len()
        && callback
            .outputs
            .iter()
            .zip(slots)
            .all(|(d, slot)| match slot {
                OutputSlot::One(t) => writes(d, t),
                OutputSlot::All(targets) => {
                    d.id.starts_with('{') && targets.iter().all(|t| writes(d, t))
                }
            });
    // The message is built only for a refused request: this runs on every call.
    (!matches).then(|| {
        let declared: Vec<String> = callback
            .outputs
            .iter()
            .map(|d| format!("{}.{}", d.id, d.bare_property()))
            .collect();
        let describe = |slot: &OutputSlot| match slot {
            OutputSlot::One(t) => format!("{}.{}", t.id, t.property),
            OutputSlot::All(targets) => format!("a list of {} outputs", targets.len()),
        };
        let received: Vec<String> = slots.iter().map(describe).collect();
        format!(
            "callback `{}` writes {}, the request names {}",
            callback.name,
            if declared.is_empty() {
                "no outputs".to_owned()
            } else {
                declared.join(", ")
            },
            if received.is_empty() {
                "no outputs".to_owned()
            } else {
                received.join(", ")
            }
        )
    })
}

/// Whether output `d` may write `target`: the same property, and the same id or, for a
/// pattern, an id with the same keys and values (wildcards aside). Without this a pattern
/// callback's response could be keyed by any component and property the request named.
fn writes(d: &Dependency, target: &OutputTarget) -> bool {
    if d.bare_property() != target.property {
        return false;
    }
    if !d.id.starts_with('{') {
        return d.id == target.id;
    }
    let parse = |id: &str| match serde_json::from_str(id) {
        Ok(Value::Object(map)) => Some(map),
        _ => None,
    };
    let (Some(pattern), Some(concrete)) = (parse(&d.id), parse(&target.id)) else {
        return false;
    };
    // Wildcards are written `["MATCH"]`, `["ALL"]`, `["ALLSMALLER"]` on the wire.
    pattern.len() == concrete.len()
        && pattern.iter().all(|(key, wanted)| {
            concrete
                .get(key)
                .is_some_and(|value| wanted.is_array() || value == wanted)
        })
}

async fn run(
    pool: &CallbackPool,
    callback: &CallbackDefinition,
    placement: &Arc<Placement>,
    args: CallbackArgs,
) -> Result<crate::callback::Outputs, CallbackError> {
    match &callback.handler {
        Handler::Blocking(body) => {
            let inline = match callback.run_on {
                RunOn::Worker => true,
                RunOn::Pool => false,
                RunOn::Learned => placement.inline(),
            };
            let learn = callback.run_on == RunOn::Learned;
            if inline {
                let timing = learn.then(|| CallTiming::start(placement.watch_next()));
                let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| body(args)));
                if let Some(timing) = timing {
                    let cost = timing.finish();
                    if placement.record(cost, true) == Change::ToPool {
                        tracing::info!(
                            "callback `{}` took {cost} on a server worker: back to the callback threads",
                            callback.name
                        );
                    }
                }
                return outcome
                    .unwrap_or_else(|panic| Err(CallbackError::Panicked(panic_message(&panic))));
            }
            let body = body.clone();
            let placement = learn.then(|| placement.clone());
            let name = callback.name;
            let call = move || {
                let timing = placement
                    .as_ref()
                    .map(|placement| CallTiming::start(placement.watch_next()));
                let result = body(args);
                if let (Some(placement), Some(timing)) = (placement, timing) {
                    if placement.record(timing.finish(), false) == Change::ToWorker {
                        tracing::debug!(
                            "callback `{name}` is quick: it runs on the server workers from now on"
                        );
                    }
                }
                result
            };
            match pool.run(call).await {
                Ok(result) => result,
                Err(PoolError::Panicked(message)) => Err(CallbackError::Panicked(message)),
            }
        }
        Handler::Clientside(_) => Err(CallbackError::BadRequest(format!(
            "callback `{}` runs in the browser; the server does not run it",
            callback.name
        ))),
        Handler::Async(body) => match AssertUnwindSafe(body(args)).catch_unwind().await {
            Ok(result) => result,
            Err(panic) => Err(CallbackError::Panicked(panic_message(&panic))),
        },
    }
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_owned())
}

#[cfg(test)]
mod tests;
