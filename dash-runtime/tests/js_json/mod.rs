//! JSON as JavaScript reads it, for tests that compare values the browser receives: JSON has
//! one kind of number there, so `9`, `9.0` and serde's integer and float forms are one value.

use serde_json::{json, Value};

/// `value` with every number as an `f64`.
pub fn normalised(value: &Value) -> Value {
    match value {
        Value::Number(number) => json!(number.as_f64().expect("JSON numbers are finite")),
        Value::Array(items) => Value::Array(items.iter().map(normalised).collect()),
        Value::Object(entries) => Value::Object(
            entries
                .iter()
                .map(|(key, value)| (key.clone(), normalised(value)))
                .collect(),
        ),
        other => other.clone(),
    }
}
