use super::*;
use crate::callback::{Dependency, IntoPropValue};
use serde_json::json;

fn registry() -> Registry {
    let mut registry = Registry::default();
    registry.insert(
        CallbackDefinition::blocking("double", |mut args| {
            let n: i64 = args.take(0)?;
            if n < 0 {
                return Err(crate::callback::PreventUpdate.into());
            }
            if n == 13 {
                panic!("unlucky");
            }
            Ok(vec![(n * 2).into_prop_value()?])
        })
        .output(Dependency::new("out", "children"))
        .input(Dependency::new("in", "value")),
    );
    registry
}

fn request(value: Value) -> UpdateRequest {
    serde_json::from_value(json!({
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "value", "value": value}],
        "changedPropIds": ["in.value"]
    }))
    .unwrap()
}

#[actix_web::test]
async fn a_request_runs_its_callback() {
    match registry().dispatch(request(json!(21))).await {
        Outcome::Updated(body) => {
            assert_eq!(
                body,
                json!({"multi": true, "response": {"out": {"children": 42}}})
            )
        }
        other => panic!("{other:?}"),
    }
}

#[actix_web::test]
async fn prevent_update_wrong_types_and_panics_are_told_apart() {
    let registry = registry();
    assert!(matches!(
        registry.dispatch(request(json!(-1))).await,
        Outcome::Prevented
    ));
    match registry.dispatch(request(json!("x"))).await {
        Outcome::BadRequest(message) => assert!(message.contains("in.value"), "{message}"),
        other => panic!("{other:?}"),
    }
    match registry.dispatch(request(json!(13))).await {
        Outcome::Failed { message, .. } => assert!(message.contains("unlucky"), "{message}"),
        other => panic!("{other:?}"),
    }
    // The registry still serves after a panic.
    assert!(matches!(
        registry.dispatch(request(json!(1))).await,
        Outcome::Updated(_)
    ));
}

#[actix_web::test]
async fn unknown_outputs_are_reported() {
    let mut unknown = request(json!(1));
    unknown.output = "nope.children".into();
    assert!(matches!(
        registry().dispatch(unknown).await,
        Outcome::UnknownCallback(output) if output == "nope.children"
    ));
}

/// A registry whose one callback answers with the name of the thread it ran on (after
/// sleeping for as many milliseconds as its input says).
fn thread_namer(inline: bool) -> Registry {
    let mut definition = CallbackDefinition::blocking("where", |mut args| {
        let sleep: Value = args.take(0)?;
        if let Some(ms) = sleep.as_u64() {
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
        let name = std::thread::current().name().unwrap_or("").to_owned();
        if name.is_empty() {
            panic!("unnamed thread");
        }
        Ok(vec![name.into_prop_value()?])
    })
    .output(Dependency::new("out", "children"))
    .input(Dependency::new("in", "value"));
    if inline {
        definition = definition.run_inline();
    }
    let mut registry = Registry::default();
    registry.insert(definition);
    registry
}

fn thread_of(outcome: Outcome) -> String {
    match outcome {
        Outcome::Updated(body) => body["response"]["out"]["children"]
            .as_str()
            .expect("a thread name")
            .to_owned(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn plain_fns_run_on_callback_threads_unless_inline() {
    // A named thread, so that the inline callback can tell it.
    let worker = std::thread::Builder::new()
        .name("server-worker".into())
        .spawn(|| {
            actix_web::rt::System::new().block_on(async {
                let pooled = thread_of(thread_namer(false).dispatch(request(json!(0))).await);
                let inline = thread_of(thread_namer(true).dispatch(request(json!(0))).await);
                (pooled, inline)
            })
        })
        .unwrap();
    let (pooled, inline) = worker.join().unwrap();
    assert_eq!(pooled, "dash-callback");
    assert_eq!(inline, "server-worker");
}

#[test]
fn quick_plain_fns_move_to_the_worker_and_slow_calls_send_them_back() {
    let worker = std::thread::Builder::new()
        .name("server-worker".into())
        .spawn(|| {
            actix_web::rt::System::new().block_on(async {
                let registry = thread_namer(false);
                let mut threads = Vec::new();
                // A preempted call may count as slow on a busy machine, restarting the
                // count: allow for a few restarts.
                while threads.last().is_none_or(|t| t != "server-worker")
                    && threads.len() < 10 * PROMOTE_AFTER as usize
                {
                    threads.push(thread_of(registry.dispatch(request(json!(0))).await));
                }
                // Slower than the budget twice: the first overrun gets the next call watched,
                // which shows the thread sleeping, and that sends it back.
                let _ = registry.dispatch(request(json!(2))).await;
                let _ = registry.dispatch(request(json!(2))).await;
                let mut after = Vec::new();
                for _ in 0..2 * PROMOTE_AFTER {
                    after.push(thread_of(registry.dispatch(request(json!(0))).await));
                }
                (threads, after)
            })
        })
        .unwrap();
    let (threads, after) = worker.join().unwrap();
    assert_eq!(
        threads.last().map(String::as_str),
        Some("server-worker"),
        "{threads:?}"
    );
    let pooled = threads.iter().filter(|t| *t == "dash-callback").count();
    assert!(pooled >= PROMOTE_AFTER as usize, "{threads:?}");
    assert!(after.iter().all(|t| t == "dash-callback"), "{after:?}");
}

#[test]
fn a_callback_kept_on_the_pool_never_moves() {
    let mut registry = Registry::default();
    let definition = thread_namer(false).iter().next().unwrap().clone();
    registry.insert(definition.run_on_pool());
    let worker = std::thread::Builder::new()
        .name("server-worker".into())
        .spawn(move || {
            actix_web::rt::System::new().block_on(async {
                let mut threads = Vec::new();
                for _ in 0..2 * PROMOTE_AFTER {
                    threads.push(thread_of(registry.dispatch(request(json!(0))).await));
                }
                threads
            })
        })
        .unwrap();
    let threads = worker.join().unwrap();
    assert!(threads.iter().all(|t| t == "dash-callback"), "{threads:?}");
}

#[test]
fn an_inline_callback_that_panics_fails_its_request_only() {
    let registry = thread_namer(true);
    // On an unnamed thread the callback panics, which must become a failure, not a crash.
    let worker = std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(registry.dispatch(request(json!(1))))
    });
    match worker.join().expect("the panic was caught") {
        Outcome::Failed { message, .. } => assert!(message.contains("unnamed"), "{message}"),
        other => panic!("{other:?}"),
    }
}
