//! A number in a callback request reaches the callback exactly as the browser wrote it.
//!
//! The browser writes the shortest text that reads back as its double; serde_json's default
//! parser can land one unit in the last place off for long mantissas (1.1933217774951e+95
//! read as 1.1933217774950999e+95), so the workspace enables `float_roundtrip`.

use dash_runtime::protocol::update::UpdateRequest;
use proptest::prelude::*;
use serde_json::Value;

proptest! {
    #[test]
    fn request_values_decode_to_the_same_double(value in any::<f64>().prop_filter("finite", |v| v.is_finite())) {
        // The shortest text that reads back as the double, as JavaScript's JSON.stringify.
        let text = serde_json::to_string(&value).unwrap();
        let body = format!(
            r#"{{"output":"a.b","inputs":[{{"id":"x","property":"value","value":{text}}}]}}"#
        );
        let request: UpdateRequest = serde_json::from_str(&body).unwrap();
        let decoded: Vec<Value> = request.input_values().collect();
        prop_assert_eq!(decoded[0].as_f64().map(f64::to_bits), Some(value.to_bits()), "{}", body);
    }
}

#[test]
fn the_case_that_was_one_unit_off() {
    let request: UpdateRequest = serde_json::from_str(
        r#"{"output":"a.b","inputs":[{"id":"x","property":"value","value":1.1933217774951e+95}]}"#,
    )
    .unwrap();
    let decoded: Vec<Value> = request.input_values().collect();
    assert_eq!(decoded[0].as_f64(), Some(1.1933217774951e+95));
}
