use dash::prelude::*;

fn main() {
    let _ = layout! { <div title={"type": "x"} /> };
}
