//! The example apps' protocol answers, compared with what Python Dash 4.4.1 answered for the
//! same apps (`tests/golden/`: gapminder recorded by `record.sh`, the others by
//! `record_<app>.py`).

#[path = "../examples/component_props.rs"]
#[allow(dead_code)]
mod component_props;
#[path = "../examples/gapminder.rs"]
mod gapminder;
#[path = "../examples/graph_events.rs"]
#[allow(dead_code)]
mod graph_events;
#[path = "../dash-runtime/tests/js_json/mod.rs"]
mod js_json;
#[path = "../examples/todo.rs"]
#[allow(dead_code)]
mod todo;
#[path = "../examples/upload.rs"]
#[allow(dead_code)]
mod upload;

use actix_web::http::StatusCode;
use actix_web::{test, App};
use base64::Engine;
use serde_json::Value;

fn golden(name: &str) -> Value {
    let path = format!(
        "{}/tests/golden/gapminder/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

macro_rules! app {
    () => {
        test::init_service(App::new().configure(gapminder::app().build().unwrap().configure()))
            .await
    };
}

async fn get(path: &str) -> (StatusCode, String, Value) {
    let app = app!();
    let response = test::call_service(&app, test::TestRequest::get().uri(path).to_request()).await;
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = test::read_body(response).await;
    (
        status,
        content_type,
        serde_json::from_slice(&body).unwrap_or(Value::Null),
    )
}

async fn update(request: Value) -> (StatusCode, Vec<u8>) {
    let app = app!();
    let request = test::TestRequest::post()
        .uri("/_dash-update-component?endId=x")
        .insert_header(("content-type", "application/json"))
        .set_payload(request.to_string())
        .to_request();
    let response = test::call_service(&app, request).await;
    let status = response.status();
    (status, test::read_body(response).await.to_vec())
}

#[actix_web::test]
async fn the_layout_is_the_one_python_dash_sends() {
    let (status, content_type, layout) = get("/_dash-layout").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        content_type.starts_with("application/json"),
        "{content_type}"
    );
    assert_eq!(layout, golden("layout.json"));
}

#[actix_web::test]
async fn the_dependencies_are_the_ones_python_dash_sends() {
    let (status, content_type, dependencies) = get("/_dash-dependencies").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        content_type.starts_with("application/json"),
        "{content_type}"
    );
    assert_eq!(dependencies, golden("dependencies.json"));
}

/// Plotly.py sends numeric arrays as `{"dtype", "bdata"}` (base64, little-endian); the
/// `plotly` crate sends plain lists. Both mean the same numbers.
fn numbers(value: &Value) -> Vec<f64> {
    if let Some(list) = value.as_array() {
        return list.iter().map(|v| v.as_f64().expect("a number")).collect();
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(value["bdata"].as_str().expect("bdata"))
        .expect("base64");
    match value["dtype"].as_str().expect("dtype") {
        "f8" => bytes
            .chunks(8)
            .map(|c| f64::from_le_bytes(c.try_into().unwrap()))
            .collect(),
        "f4" => bytes
            .chunks(4)
            .map(|c| f32::from_le_bytes(c.try_into().unwrap()).into())
            .collect(),
        "i4" => bytes
            .chunks(4)
            .map(|c| i32::from_le_bytes(c.try_into().unwrap()).into())
            .collect(),
        "u4" => bytes
            .chunks(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()).into())
            .collect(),
        "i2" => bytes
            .chunks(2)
            .map(|c| i16::from_le_bytes(c.try_into().unwrap()).into())
            .collect(),
        "i1" => bytes.iter().map(|b| f64::from(*b as i8)).collect(),
        "u1" => bytes.iter().map(|b| f64::from(*b)).collect(),
        other => panic!("dtype {other}"),
    }
}

fn figure(body: &[u8]) -> Value {
    let response: Value = serde_json::from_slice(body).expect("JSON");
    assert_eq!(response["multi"], true);
    response["response"]["scatter-graph"]["figure"].clone()
}

/// Compares what a person sees: the traces (names, colours, points, hover texts, sizes), the
/// axes and the titles.
fn assert_same_figure(ours: &Value, python: &Value) {
    let (our_traces, python_traces) = (
        ours["data"].as_array().unwrap(),
        python["data"].as_array().unwrap(),
    );
    assert_eq!(our_traces.len(), python_traces.len(), "trace count");
    for (a, b) in our_traces.iter().zip(python_traces) {
        let name = b["name"].as_str().unwrap();
        for key in ["name", "legendgroup", "mode", "hovertext", "hovertemplate"] {
            assert_eq!(a[key], b[key], "{name}: {key}");
        }
        assert_eq!(
            a.get("type").unwrap_or(&"scatter".into()),
            &b["type"],
            "{name}: type"
        );
        assert_eq!(numbers(&a["x"]), numbers(&b["x"]), "{name}: x");
        assert_eq!(numbers(&a["y"]), numbers(&b["y"]), "{name}: y");
        assert_eq!(
            numbers(&a["marker"]["size"]),
            numbers(&b["marker"]["size"]),
            "{name}: size"
        );
        assert_eq!(a["marker"]["color"], b["marker"]["color"], "{name}: colour");
        assert_eq!(
            a["marker"]["sizemode"], b["marker"]["sizemode"],
            "{name}: sizemode"
        );
        let (ours_ref, python_ref) = (
            a["marker"]["sizeref"].as_f64().unwrap(),
            b["marker"]["sizeref"].as_f64().unwrap(),
        );
        assert!(
            (ours_ref - python_ref).abs() <= 1.0,
            "{name}: sizeref {ours_ref} vs {python_ref}"
        );
    }
    let (a, b) = (&ours["layout"], &python["layout"]);
    assert_eq!(a["title"]["text"], b["title"]["text"]);
    assert_eq!(a["xaxis"]["type"], b["xaxis"]["type"]);
    assert_eq!(a["xaxis"]["title"]["text"], b["xaxis"]["title"]["text"]);
    assert_eq!(a["yaxis"]["title"]["text"], b["yaxis"]["title"]["text"]);
    assert_eq!(a["legend"]["title"], b["legend"]["title"]);
    assert_eq!(a["legend"]["itemsizing"], b["legend"]["itemsizing"]);
    assert_eq!(
        a["template"]["layout"], b["template"]["layout"],
        "the default template's look"
    );
}

async fn assert_update_matches(case: &str) {
    let request = golden(&format!("{case}.request.json"));
    let (status, body) = update(request).await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
    let python = figure(
        std::fs::read(format!(
            "{}/tests/golden/gapminder/{case}.response.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
        .as_slice(),
    );
    assert_same_figure(&figure(&body), &python);
    // Dash's encoder escapes `<`, `>` and `/`; ours does too.
    assert!(!body.contains(&b'<'), "unescaped `<` in the response");
}

#[actix_web::test]
async fn the_initial_call_draws_the_same_2007_figure() {
    assert_update_matches("update_2007").await;
}

#[actix_web::test]
async fn choosing_1952_draws_the_same_figure() {
    assert_update_matches("update_1952").await;
}

#[actix_web::test]
async fn clearing_the_dropdown_draws_the_same_empty_figure() {
    assert_update_matches("update_null").await;
    assert_update_matches("update_absent").await;
}

#[actix_web::test]
async fn an_unknown_output_is_a_404_with_a_message() {
    let (status, body) = update(golden("bad_unknown_output.request.json")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(String::from_utf8_lossy(&body).contains("no-such-id.children"));
}

#[actix_web::test]
async fn malformed_json_is_a_400_with_a_message() {
    let app = app!();
    let body = std::fs::read(format!(
        "{}/tests/golden/gapminder/bad_malformed_json.request.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    // Sent as the golden was recorded (`record.sh`): without the header Dash answers 415.
    let request = test::TestRequest::post()
        .uri("/_dash-update-component")
        .insert_header(("content-type", "application/json"))
        .set_payload(body)
        .to_request();
    let response = test::call_service(&app, request).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let text = String::from_utf8(test::read_body(response).await.to_vec()).unwrap();
    assert!(text.contains("not valid JSON"), "{text}");
}

#[actix_web::test]
async fn a_request_with_missing_inputs_is_a_400() {
    let (status, body) = update(golden("bad_missing_input.request.json")).await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "{}",
        String::from_utf8_lossy(&body)
    );
}

#[actix_web::test]
async fn a_wrongly_typed_value_names_the_property_and_the_type() {
    let mut request = golden("update_2007.request.json");
    request["inputs"][0]["value"] = "two thousand".into();
    let (status, body) = update(request).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let text = String::from_utf8_lossy(&body);
    assert!(
        text.contains("year-dropdown.value") && text.contains("Option<i64>"),
        "{text}"
    );
}

/// Apps with a Python twin recorded in process (`tests/golden/record_<app>.py` into
/// `tests/golden/<app>/`): their layout, dependencies and callback answers are Python's.
mod twins {
    use super::*;

    use super::js_json::normalised;
    use super::{component_props, graph_events, todo, upload};

    fn golden(app: &str, name: &str) -> String {
        let path = format!("{}/tests/golden/{app}/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    async fn call(app: dash::Dash, request: test::TestRequest) -> (StatusCode, Value) {
        let app = test::init_service(App::new().configure(app.build().unwrap().configure())).await;
        let response = test::call_service(&app, request.to_request()).await;
        let status = response.status();
        let body = test::read_body(response).await;
        (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
    }

    async fn assert_layout_and_dependencies(app: fn() -> dash::Dash, name: &str) {
        for (path, file) in [
            ("/_dash-layout", "layout.json"),
            ("/_dash-dependencies", "dependencies.json"),
        ] {
            let (status, ours) = call(app(), test::TestRequest::get().uri(path)).await;
            assert_eq!(status, StatusCode::OK);
            let python: Value = serde_json::from_str(&golden(name, file)).unwrap();
            assert_eq!(ours, python, "{name}: {path}");
        }
    }

    /// Our answer and Python's to the recorded request `case` of app `name`.
    async fn answers(app: fn() -> dash::Dash, name: &str, case: &str) -> (Value, Value) {
        let request = test::TestRequest::post()
            .uri("/_dash-update-component")
            .insert_header(("content-type", "application/json"))
            .set_payload(golden(name, &format!("{case}.request.json")));
        let (status, ours) = call(app(), request).await;
        assert_eq!(status, StatusCode::OK, "{name}: {case}");
        let python: Value =
            serde_json::from_str(&golden(name, &format!("{case}.response.json"))).unwrap();
        (normalised(&ours), normalised(&python))
    }

    async fn assert_updates(app: fn() -> dash::Dash, name: &str, cases: &[&str]) {
        for case in cases {
            let (ours, python) = answers(app, name, case).await;
            assert_eq!(ours, python, "{name}: {case}");
        }
    }

    /// Pattern matching: MATCH, ALL, a multi-output list rebuild.
    #[actix_web::test]
    async fn todo_layout_and_dependencies_are_python_s() {
        assert_layout_and_dependencies(todo::app, "todo").await;
    }

    #[actix_web::test]
    async fn every_todo_update_is_answered_as_python_answers_it() {
        let cases = [
            "initial_list",
            "add_first",
            "submit_second",
            "clear_done",
            "mark_done",
            "count_none",
            "count_some",
        ];
        assert_updates(todo::app, "todo", &cases).await;
    }

    /// Components in `dcc.Tab.label` and `dcc.Loading.custom_spinner`.
    #[actix_web::test]
    async fn component_props_layout_and_dependencies_are_python_s() {
        assert_layout_and_dependencies(component_props::app, "component_props").await;
    }

    /// A callback returning a component into a `label`.
    #[actix_web::test]
    async fn a_component_returned_into_a_label_is_sent_as_python_sends_it() {
        let cases = ["receive_1", "receive_2"];
        assert_updates(component_props::app, "component_props", &cases).await;
    }

    /// dcc.Upload, dcc.Store and dcc.Download.
    #[actix_web::test]
    async fn upload_layout_and_dependencies_are_python_s() {
        assert_layout_and_dependencies(upload::app, "upload").await;
    }

    /// Reading an upload (and refusing bad files), plotting the Store and downloading it.
    #[actix_web::test]
    async fn every_upload_update_is_answered_as_python_answers_it() {
        let cases = [
            "upload_week",
            "upload_one_column",
            "upload_not_utf8",
            "draw_nothing",
            "draw_week",
            "draw_at_least_5",
        ];
        assert_updates(upload::app, "upload", &cases).await;
    }

    /// The one known difference: Python's `send_string` sends `"type": null`, so dcc.Download
    /// makes a Blob of type "null"; ours leaves `type` out, so dcc.Download uses its `type`
    /// prop ("text/plain"). The rest of the answer is Python's.
    #[actix_web::test]
    async fn a_download_is_python_s() {
        let (ours, python) = answers(upload::app, "upload", "download_at_least_5").await;
        assert_eq!(ours["response"]["download"]["data"]["type"], Value::Null);
        assert_eq!(ours, python);
    }

    /// A graph with a figure in the layout, and its hoverData and relayoutData.
    #[actix_web::test]
    async fn graph_events_layout_and_dependencies_are_python_s() {
        assert_layout_and_dependencies(graph_events::app, "graph_events").await;
    }

    /// Hovers and zooms, as dcc.Graph reports them, are answered with Python's texts.
    #[actix_web::test]
    async fn every_graph_event_is_answered_as_python_answers_it() {
        let cases = [
            "hover_initial",
            "hover_p3",
            "relayout_initial",
            "relayout_autosize",
            "relayout_zoom",
            "relayout_pan_pair",
            "relayout_autorange",
        ];
        assert_updates(graph_events::app, "graph_events", &cases).await;
    }
}
