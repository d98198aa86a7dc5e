use dash::prelude::*;

#[callback(output = "out.children", input = "b.value")]
pub fn from_b(b: Option<String>) -> String {
    b.unwrap_or_default()
}
