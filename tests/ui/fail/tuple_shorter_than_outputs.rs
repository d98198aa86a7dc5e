use dash::prelude::*;

#[callback(output = ["x.children", "y.children", "z.children"], input = "a.value")]
fn split(a: Option<String>) -> (String, String) {
    (a.clone().unwrap_or_default(), a.unwrap_or_default())
}

fn main() {
    let _ = Dash::new()
        .layout(layout! { <div><Input id="a" /><div id="x" /><div id="y" /><div id="z" /></div> })
        .callback::<split>();
}
