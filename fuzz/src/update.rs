//! Bytes → `UpdateRequest` → `Registry::dispatch`, on a small registry of callbacks of several
//! shapes, with the invariants every outcome must keep.
//!
//! Shared by the `update_request` fuzz target and the workspace's regression test, which
//! replays `fuzz/regressions/update_request/` through [`check`].

use dash_runtime::callback::{
    CallbackArgs, CallbackDefinition, CallbackError, Dependency, Handler, HandlerFuture,
    IntoPropValue, NoUpdate, Outputs, PreventUpdate, Update,
};
use dash_runtime::dispatch::{Outcome, Registry};
use dash_runtime::protocol::update::{OutputSlot, UpdateRequest};
use serde_json::Value;
use std::collections::HashSet;
use std::sync::Arc;

/// The payload of the one deliberate panic, so a fuzz target can tell it from a real one.
pub const DELIBERATE_PANIC: &str = "deliberate panic of the `panics` callback";

/// The callbacks allowed to end in [`Outcome::Failed`]: they fail on purpose.
const FAILING: [&str; 2] = ["fails", "panics"];

fn dep(spec: &str) -> Dependency {
    Dependency::parse(spec).expect("a valid dependency")
}

fn asynchronous(
    name: &'static str,
    body: impl Fn(CallbackArgs) -> Result<Outputs, CallbackError> + Send + Sync + 'static,
) -> CallbackDefinition {
    let body = Arc::new(body);
    CallbackDefinition::new(
        name,
        Handler::Async(Arc::new(move |args| {
            let body = body.clone();
            Box::pin(async move { body(args) }) as HandlerFuture
        })),
    )
}

/// One callback per shape the dispatcher distinguishes: blocking and async bodies, one and
/// several outputs, state, PreventUpdate, no-update outputs, failures, a panic, a pattern
/// output and a duplicate-allowing one.
pub fn registry() -> Registry {
    let mut registry = Registry::default();
    let callbacks = [
        CallbackDefinition::blocking("echo", |mut args| {
            let text: Option<String> = args.take(0)?;
            Ok(vec![text.unwrap_or_default().into_prop_value()?])
        })
        .output(dep("echo-out.children"))
        .input(dep("echo-in.value")),
        CallbackDefinition::blocking("double", |mut args| {
            let n: i64 = args.take(0)?;
            if n < 0 {
                return Err(PreventUpdate.into());
            }
            Ok(vec![n.wrapping_mul(2).into_prop_value()?])
        })
        .output(dep("double-out.children"))
        .input(dep("double-in.value")),
        asynchronous("sum", |mut args| {
            let x: f64 = args.take(0)?;
            let y: f64 = args.take(1)?;
            let label: Option<String> = args.take(2)?;
            let sum = x + y;
            let parity = if sum % 2.0 == 0.0 {
                Update::Value("even")
            } else {
                Update::NoUpdate
            };
            Ok(vec![
                format!("{}{sum}", label.unwrap_or_default()).into_prop_value()?,
                parity.into_prop_value()?,
                NoUpdate.into_prop_value()?,
            ])
        })
        .output(dep("sum.children"))
        .output(dep("parity.children"))
        .output(dep("untouched.children"))
        .input(dep("x.value"))
        .input(dep("y.value"))
        .state(dep("label.value")),
        asynchronous("list", |mut args| {
            let items: Vec<Value> = args.take(0)?;
            Ok(vec![items.len().into_prop_value()?])
        })
        .output(dep("count.children"))
        .multi_output(true)
        .input(dep("list.value")),
        asynchronous("fails", |_| Err(CallbackError::msg("deliberate failure")))
            .output(dep("fails-out.children"))
            .input(dep("fails-in.n_clicks")),
        CallbackDefinition::blocking("panics", |_| std::panic::panic_any(DELIBERATE_PANIC))
            .output(dep("panics-out.children"))
            .input(dep("panics-in.n_clicks")),
        asynchronous("pattern", |mut args| {
            let values: Vec<Option<String>> = args.take(0)?;
            Ok(vec![values.len().into_prop_value()?])
        })
        .output(dep(r#"{"index":["MATCH"],"type":"item"}.children"#))
        .input(dep(r#"{"index":["ALL"],"type":"field"}.value"#)),
        CallbackDefinition::blocking("duplicate", |mut args| {
            let clicks: Option<i64> = args.take(0)?;
            Ok(vec![clicks.unwrap_or(0).into_prop_value()?])
        })
        .output(dep("echo-out.children"))
        .allow_duplicate()
        .input(dep("dup-in.n_clicks"))
        .prevent_initial_call(true),
    ];
    for callback in callbacks {
        let name = callback.name;
        assert!(registry.insert(callback).is_none(), "{name} clashes");
    }
    registry
}

/// The future [`check`] hands to its runner.
pub type Dispatch<'a> = std::pin::Pin<Box<dyn std::future::Future<Output = Outcome> + 'a>>;

/// Decodes `data` as the route does and dispatches it; panics if an invariant breaks.
/// Returns what the route would answer: `"undecodable"` (400) or the outcome's name.
///
/// `run` drives the dispatch future to completion (a fuzz target keeps one runtime for all
/// inputs; a test uses its own).
pub fn check(
    registry: &Registry,
    data: &[u8],
    run: impl FnOnce(Dispatch<'_>) -> Outcome,
) -> &'static str {
    let request: UpdateRequest = match serde_json::from_slice(data) {
        Ok(request) => request,
        // The route answers 400 with serde's message, which is never empty.
        Err(error) => {
            assert!(!error.to_string().is_empty());
            return "undecodable";
        }
    };
    let output = request.output.clone();
    let named = registry.iter().find(|c| c.output_id() == output);
    let multi = named.is_some_and(|c| c.multi_output || c.outputs.len() > 1);
    let targets: HashSet<String> = request
        .output_slots(multi)
        .into_iter()
        .flat_map(|slot| match slot {
            OutputSlot::One(target) => vec![target],
            OutputSlot::All(targets) => targets,
        })
        .map(|target| target.id)
        .collect();
    let outcome = run(Box::pin(registry.dispatch(request)));
    match (&outcome, named) {
        (Outcome::UnknownCallback(unknown), None) => assert_eq!(*unknown, output),
        (_, None) => panic!("`{output}` names no callback, yet: {outcome:?}"),
        (Outcome::UnknownCallback(_), Some(_)) => panic!("`{output}` is registered"),
        (Outcome::BadRequest(message), Some(_)) => {
            assert!(!message.trim().is_empty(), "a 400 without a message")
        }
        (Outcome::Failed { callback, message }, Some(named)) => {
            assert_eq!(*callback, named.name);
            assert!(FAILING.contains(callback), "`{callback}` failed: {message}");
        }
        (Outcome::Prevented, Some(named)) => assert_eq!(named.name, "double"),
        (Outcome::Updated(body), Some(named)) => {
            assert_eq!(body["multi"], true, "{body}");
            let response = body["response"].as_object().expect("a response object");
            let writes: HashSet<&str> = named.outputs.iter().map(|o| o.bare_property()).collect();
            for (id, props) in response {
                assert!(
                    targets.contains(id),
                    "answered `{id}`, not a target: {body}"
                );
                // Only what the callback declares: its ids (or ids its patterns match) and
                // its properties.
                let declared = named
                    .outputs
                    .iter()
                    .any(|o| &o.id == id || o.id.starts_with('{'));
                assert!(declared, "`{}` does not write `{id}`: {body}", named.name);
                assert!(
                    id.starts_with('{') || !named.outputs[0].id.starts_with('{'),
                    "{body}"
                );
                for prop in props.as_object().expect("props").keys() {
                    assert!(
                        writes.contains(prop.as_str()),
                        "wrote `{id}.{prop}`: {body}"
                    );
                }
            }
            // What the route sends must parse back to the same body.
            let sent = dash_runtime::protocol::json::to_json(body);
            let parsed: Value = serde_json::from_str(&sent).expect("the response is JSON");
            assert_eq!(&parsed, body);
        }
    }
    match outcome {
        Outcome::Updated(_) => "updated",
        Outcome::Prevented => "prevented",
        Outcome::UnknownCallback(_) => "unknown callback",
        Outcome::BadRequest(_) => "bad request",
        Outcome::Failed { .. } => "failed",
    }
}
