use dash::prelude::*;

#[callback(output = "left.value", input = "right.value")]
pub fn mirror_left(v: Option<String>) -> String {
    v.unwrap_or_default()
}
