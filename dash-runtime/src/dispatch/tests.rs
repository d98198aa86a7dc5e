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
