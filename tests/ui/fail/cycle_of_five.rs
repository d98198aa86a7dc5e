use dash::prelude::*;

fn page() -> Component {
    layout! { <div><div id="s1" /><div id="s2" /><div id="s3" /><div id="s4" /><div id="s5" /></div> }
}

#[callback(output = "s2.children", input = "s1.children")]
fn step_2(v: Option<String>) -> Option<String> { v }
#[callback(output = "s3.children", input = "s2.children")]
fn step_3(v: Option<String>) -> Option<String> { v }
#[callback(output = "s4.children", input = "s3.children")]
fn step_4(v: Option<String>) -> Option<String> { v }
#[callback(output = "s5.children", input = "s4.children")]
fn step_5(v: Option<String>) -> Option<String> { v }
#[callback(output = "s1.children", input = "s5.children")]
fn step_1(v: Option<String>) -> Option<String> { v }

fn main() {
    let _ = Dash::new().layout(page());
}
