use crate::testing::{app, callback, found, Site};
use crate::Callback;
use crate::Rule::CircularDependency;

/// The cycle diagnostics of these callbacks, as (site, message).
fn cycles(callbacks: Vec<Callback<Site>>) -> Vec<(String, String)> {
    let mut app = app(&[], callbacks);
    app.ids_complete = false;
    found(&app, CircularDependency)
}

fn one(site: &str, message: &str) -> Vec<(String, String)> {
    vec![(site.to_string(), message.to_string())]
}

#[test]
fn two_callbacks_feeding_each_other() {
    let found = cycles(vec![
        callback("update_a", &["a.children"], &["b.children"], &[]),
        callback("update_b", &["b.children"], &["a.children"], &[]),
    ]);
    assert_eq!(
        found,
        one(
            "update_a",
            "circular dependency: b.children → update_a → a.children → update_b → b.children"
        )
    );
}

#[test]
fn three_callbacks_in_a_ring() {
    let found = cycles(vec![
        callback("one", &["b.value"], &["a.value"], &[]),
        callback("two", &["c.value"], &["b.value"], &[]),
        callback("three", &["a.value"], &["c.value"], &[]),
    ]);
    assert_eq!(
        found,
        one(
            "one",
            "circular dependency: a.value → one → b.value → two → c.value → three → a.value"
        )
    );
}

#[test]
fn five_callbacks_in_a_ring_reported_at_the_first_registered() {
    // Registered out of ring order: the report still starts at the first callback registered.
    let ring = ["p", "q", "r", "s", "t"];
    let link = |k: usize| {
        let (from, to) = (
            format!("{}.value", ring[k]),
            format!("{}.value", ring[(k + 1) % 5]),
        );
        callback(&format!("link{k}"), &[&to], &[&from], &[])
    };
    let found = cycles(vec![link(3), link(0), link(4), link(2), link(1)]);
    assert_eq!(
        found,
        one(
            "link3",
            "circular dependency: s.value → link3 → t.value → link4 → p.value → link0 → q.value \
             → link1 → r.value → link2 → s.value"
        )
    );
}

#[test]
fn a_cycle_through_a_multi_output_callback() {
    let found = cycles(vec![
        callback(
            "fan_out",
            &["x.children", "y.children", "z.children"],
            &["go.n_clicks"],
            &[],
        ),
        callback("unrelated", &["w.children"], &["x.children"], &[]),
        callback("close", &["go.n_clicks"], &["z.children"], &[]),
    ]);
    assert_eq!(
        found,
        one(
            "fan_out",
            "circular dependency: go.n_clicks → fan_out → z.children → close → go.n_clicks"
        )
    );
}

#[test]
fn a_loop_closed_through_state_is_not_a_cycle() {
    let found = cycles(vec![
        callback("a", &["b.value"], &["a.value"], &[]),
        callback("b", &["a.value"], &["go.n_clicks"], &["b.value"]),
    ]);
    assert!(found.is_empty());
}

#[test]
fn a_callback_reading_its_own_output_is_accepted() {
    let found = cycles(vec![
        callback("clamp", &["slider.value"], &["slider.value"], &[]),
        callback("show", &["label.children"], &["slider.value"], &[]),
    ]);
    assert!(found.is_empty());
}

#[test]
fn one_callback_syncing_two_properties_both_ways_is_accepted() {
    // Dash's own example of a circular callback: it is never re-run by its own writes.
    let found = cycles(vec![callback(
        "sync",
        &["slider.value", "box.value"],
        &["slider.value", "box.value"],
        &[],
    )]);
    assert!(found.is_empty());
}

#[test]
fn a_self_loop_inside_a_larger_loop_is_still_reported() {
    let found = cycles(vec![
        callback("own", &["a.value", "b.value"], &["a.value"], &[]),
        callback("back", &["a.value"], &["b.value"], &[]),
    ]);
    assert_eq!(
        found,
        one(
            "own",
            "circular dependency: a.value → own → b.value → back → a.value"
        )
    );
}

#[test]
fn two_callbacks_both_reading_and_writing_one_property_loop() {
    let found = cycles(vec![
        callback("left", &["x.value!"], &["x.value"], &[]),
        callback("noise", &["y.value"], &["z.value"], &[]),
        callback("right", &["x.value!"], &["x.value"], &[]),
    ]);
    assert_eq!(
        found,
        one(
            "left",
            "circular dependency: x.value → left → x.value → right → x.value"
        )
    );
}

#[test]
fn diamonds_and_chains_are_not_cycles() {
    let found = cycles(vec![
        callback("split", &["l.value", "r.value"], &["top.value"], &[]),
        callback("left", &["bottom.children"], &["l.value"], &[]),
        callback("right", &["bottom.style"], &["r.value"], &[]),
        callback(
            "join",
            &["end.children"],
            &["bottom.children", "bottom.style"],
            &[],
        ),
        callback("more", &["after.children"], &["end.children"], &[]),
    ]);
    assert!(found.is_empty());
}

#[test]
fn every_cycle_is_reported_once_in_callback_order() {
    let found = cycles(vec![
        callback("b1", &["b.x"], &["b.y"], &[]),
        callback("a1", &["a.x"], &["a.y"], &[]),
        callback("a2", &["a.y"], &["a.x"], &[]),
        callback("b2", &["b.y"], &["b.x"], &[]),
        // A second loop through `a.x`, in the same component: still one report.
        callback("a3", &["a.x"], &["a.z"], &[]),
        callback("a4", &["a.z"], &["a.x"], &[]),
    ]);
    let sites: Vec<&str> = found.iter().map(|(site, _)| site.as_str()).collect();
    assert_eq!(sites, ["b1", "a1"]);
}

#[test]
fn the_at_suffix_is_the_same_node() {
    let found = cycles(vec![
        callback("a", &["x.children@h1"], &["y.children"], &[]),
        callback("b", &["y.children"], &["x.children"], &[]),
    ]);
    assert_eq!(
        found,
        one(
            "a",
            "circular dependency: y.children → a → x.children → b → y.children"
        )
    );
}

#[test]
fn loops_sharing_a_callback_are_one_report_naming_the_shortest_loop() {
    let found = cycles(vec![
        callback("hub", &["p2.v", "q2.v"], &["p.v", "q.v"], &[]),
        callback("long_q", &["q3.v"], &["q2.v"], &[]),
        callback("back_q", &["q.v"], &["q3.v"], &[]),
        callback("back_p", &["p.v"], &["p2.v"], &[]),
    ]);
    assert_eq!(
        found,
        one(
            "hub",
            "circular dependency: p.v → hub → p2.v → back_p → p.v"
        )
    );
}

#[test]
fn the_loop_found_starts_at_the_first_callback_even_deep_inside() {
    // `first` sits on a loop whose other members were registered before and after it.
    let found = cycles(vec![
        callback("entry", &["a.v"], &["start.n_clicks"], &[]),
        callback("first", &["c.v"], &["b.v"], &[]),
        callback("second", &["b.v"], &["a.v"], &[]),
        callback("third", &["a.v!"], &["c.v"], &[]),
    ]);
    assert_eq!(
        found,
        one(
            "first",
            "circular dependency: b.v → first → c.v → third → a.v → second → b.v"
        )
    );
}
