//! Several outputs, returned as a tuple, one of them left unchanged; also an async callback.
use dash::prelude::*;

fn page() -> Component {
    layout! { <div><Input id="name" /><h1 id="hello" /><p id="length" /><p id="echo" /></div> }
}

#[callback(output = ["hello.children", "length.children"], input = "name.value")]
fn greet(name: Option<String>) -> CallbackResult<(String, Update<usize>)> {
    let name = name.ok_or(PreventUpdate)?;
    Ok((format!("Hello, {name}"), Update::NoUpdate))
}

#[callback(output = "echo.children", input = "name.value", prevent_initial_call = true)]
async fn echo(name: Option<String>) -> Option<String> {
    name
}

fn main() {
    Dash::new()
        .layout(page())
        .callback::<greet>()
        .callback::<echo>()
        .build()
        .expect("multiple outputs are a valid app");
}
