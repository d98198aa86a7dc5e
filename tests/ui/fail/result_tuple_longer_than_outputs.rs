use dash::prelude::*;

#[callback(output = ["x.children", "y.children"], input = "a.value")]
fn split(a: Option<String>) -> CallbackResult<(String, String, String)> {
    let a = a.unwrap_or_default();
    Ok((a.clone(), a.clone(), a))
}

fn main() {
    let _ = Dash::new()
        .layout(layout! { <div><Input id="a" /><div id="x" /><div id="y" /></div> })
        .callback::<split>();
}
