use dash::prelude::*;

fn header() -> Component {
    layout! { <div><h1 id="title">"Sales"</h1></div> }
}

fn body() -> Component {
    layout! { <div><h2 id="title">"Revenue"</h2></div> }
}

fn main() {
    let _ = Dash::new().layout(vec![header(), body()]);
}
