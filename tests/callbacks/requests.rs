//! Requests as the renderer builds them (§5.1), sent to an in-process service.

use actix_web::body::MessageBody;
use actix_web::dev::ServiceResponse;
use actix_web::http::header::HeaderMap;
use actix_web::http::StatusCode;
use actix_web::test as actix_test;
use serde_json::{json, Value};

/// One `{id, property, value?}` entry; `None` leaves `value` out, as the renderer does for a
/// prop the browser never set.
pub(crate) fn dep(id: &str, property: &str, value: Option<Value>) -> Value {
    let mut entry = json!({"id": id, "property": property});
    if let Some(value) = value {
        entry["value"] = value;
    }
    entry
}

/// A request body. `outputs` are `(id, prop)` pairs; `multi` picks the list form of `outputs`
/// (the `..a.b...c.d..` output string). `state` is left out when empty, as the renderer does.
pub(crate) fn body(
    outputs: &[(&str, &str)],
    multi: bool,
    inputs: &[Value],
    state: &[Value],
) -> Value {
    let specs: Vec<Value> = outputs
        .iter()
        .map(|(id, property)| json!({"id": id, "property": property}))
        .collect();
    let names: Vec<String> = outputs.iter().map(|(i, p)| format!("{i}.{p}")).collect();
    let (output, outputs) = if multi {
        (format!("..{}..", names.join("...")), Value::Array(specs))
    } else {
        (names[0].clone(), specs[0].clone())
    };
    let changed: Vec<String> = inputs
        .iter()
        .filter(|entry| entry.get("value").is_some())
        .take(1)
        .map(|entry| {
            format!(
                "{}.{}",
                entry["id"].as_str().unwrap(),
                entry["property"].as_str().unwrap()
            )
        })
        .collect();
    let mut body = json!({
        "output": output,
        "outputs": outputs,
        "inputs": inputs,
        "changedPropIds": changed,
        "parsedChangedPropsIds": changed,
    });
    if !state.is_empty() {
        body["state"] = Value::Array(state.to_vec());
    }
    body
}

/// What the server answered.
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
}

impl Reply {
    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    pub(crate) fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    }
}

pub(crate) async fn read_reply<B: MessageBody>(response: ServiceResponse<B>) -> Reply {
    let status = response.status();
    let headers = response.headers().clone();
    let body = actix_test::read_body(response).await.to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

macro_rules! serve {
    ($dash:expr) => {
        actix_test::init_service(
            App::new().configure($dash.build().expect("the app builds").configure()),
        )
        .await
    };
}

/// `POST /_dash-update-component?endId=...` with a raw body, headers as the renderer sets them.
macro_rules! post_raw {
    ($app:expr, $body:expr) => {{
        let request = actix_test::TestRequest::post()
            .uri("/_dash-update-component?endId=Ab12Cd34~0123456789abcdef")
            .insert_header(("accept", "application/json"))
            .insert_header(("content-type", "application/json"))
            .set_payload($body)
            .to_request();
        read_reply(actix_test::call_service($app, request).await).await
    }};
}

/// The same with a JSON body.
macro_rules! post {
    ($app:expr, $body:expr) => {
        post_raw!($app, $body.to_string())
    };
}
