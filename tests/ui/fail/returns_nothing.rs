use dash::prelude::*;

#[callback(output = "out.children", input = "a.value")]
fn log(a: Option<String>) {
    println!("{a:?}");
}

fn main() {
    let _ = Dash::new().layout(layout! { <div><Input id="a" /><div id="out" /></div> }).callback::<log>();
}
