//! The rules on large generated apps: they must stay linear, never recurse deeply, and still
//! report every problem exactly once.

use std::time::{Duration, Instant};

use dash_validation::{check, App, Callback, DeclaredId, Dependency, Diagnostic, Output, Rule};

fn catalog(_namespace: Option<&str>, component: &str) -> Option<&'static [&'static str]> {
    (component == "Div").then_some(&["id", "children", "value", "data-*"])
}

fn dep(id: &str, property: &str) -> Dependency<String> {
    Dependency::new(id, property, format!("{id}.{property}"))
}

fn link(name: &str, input: &str, output: &str) -> Callback<String> {
    Callback {
        name: name.into(),
        outputs: vec![Output::new(dep(output, "value"))],
        inputs: vec![dep(input, "value")],
        state: vec![],
        site: name.into(),
    }
}

fn declare(ids: impl IntoIterator<Item = String>) -> Vec<DeclaredId<String>> {
    ids.into_iter()
        .map(|id| DeclaredId {
            site: format!("layout {id}"),
            id,
            component: "Div".into(),
            namespace: None,
            flags: Vec::new(),
        })
        .collect()
}

/// A chain `n0 → link0 → n1 → … → n{len}`, every id declared.
fn chain(len: usize) -> App<String> {
    App {
        ids: declare((0..=len).map(|k| format!("n{k}"))),
        ids_complete: true,
        callbacks: (0..len)
            .map(|k| {
                link(
                    &format!("link{k}"),
                    &format!("n{k}"),
                    &format!("n{}", k + 1),
                )
            })
            .collect(),
    }
}

/// Runs `check`, failing if it takes absurdly long (a quadratic step would, at these sizes).
fn timed(app: &App<String>) -> Vec<Diagnostic<String>> {
    let started = Instant::now();
    let found = check(app, &catalog);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(30), "check took {took:?}");
    found
}

#[test]
fn a_chain_of_10_000_callbacks_has_no_problem() {
    assert_eq!(timed(&chain(10_000)), []);
}

#[test]
fn a_chain_of_200_000_callbacks_neither_overflows_nor_crawls() {
    assert_eq!(timed(&chain(200_000)), []);
}

#[test]
fn one_back_edge_on_a_long_chain_is_one_cycle_naming_every_member() {
    let len = 10_000;
    let mut app = chain(len);
    app.callbacks.push(link("back", &format!("n{len}"), "n0"));
    let found = timed(&app);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, Rule::CircularDependency);
    assert_eq!(found[0].site, "link0");
    let mut expected = String::from("circular dependency: n0.value");
    for k in 0..len {
        expected.push_str(&format!(" → link{k} → n{}.value", k + 1));
    }
    expected.push_str(" → back → n0.value");
    assert_eq!(found[0].message, expected);
}

#[test]
fn a_thousand_disjoint_two_cycles_are_a_thousand_diagnostics_in_order() {
    let mut callbacks = Vec::new();
    for k in 0..1_000 {
        callbacks.push(link(
            &format!("there{k}"),
            &format!("x{k}"),
            &format!("y{k}"),
        ));
        callbacks.push(link(
            &format!("back{k}"),
            &format!("y{k}"),
            &format!("x{k}"),
        ));
    }
    let app = App {
        ids: vec![],
        ids_complete: false,
        callbacks,
    };
    let found = timed(&app);
    assert_eq!(found.len(), 1_000);
    for (k, diagnostic) in found.iter().enumerate() {
        assert_eq!(diagnostic.kind, Rule::CircularDependency);
        assert_eq!(diagnostic.site, format!("there{k}"));
        assert_eq!(
            diagnostic.message,
            format!(
                "circular dependency: x{k}.value → there{k} → y{k}.value → back{k} → x{k}.value"
            )
        );
    }
}

#[test]
fn five_thousand_ids_with_one_duplicate() {
    let mut ids: Vec<String> = (0..5_000).map(|k| format!("component-{k}")).collect();
    ids[3_210] = "component-1234".into();
    let app = App {
        ids: declare(ids),
        ids_complete: true,
        callbacks: vec![],
    };
    let found = timed(&app);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, Rule::DuplicateId);
    assert_eq!(found[0].site, "layout component-1234");
}

#[test]
fn a_dense_loop_through_one_shared_property_stays_linear() {
    // 2,000 callbacks write `hub` (allowed duplicates) and 2,000 read it and write `back`, which
    // the first 2,000 read: four million trigger pairs, none of which may be enumerated.
    let mut callbacks = Vec::new();
    for (group, input, output) in [("to_hub", "back", "hub"), ("from_hub", "hub", "back")] {
        for k in 0..2_000 {
            let mut callback = link(&format!("{group}{k}"), input, output);
            callback.outputs[0].allow_duplicate = true;
            callbacks.push(callback);
        }
    }
    let app = App {
        ids: declare(["hub".to_string(), "back".to_string()]),
        ids_complete: true,
        callbacks,
    };
    let found = timed(&app);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].site, "to_hub0");
    assert_eq!(
        found[0].message,
        "circular dependency: back.value → to_hub0 → hub.value → from_hub0 → back.value"
    );
}

#[test]
fn many_misspelt_ids_among_thousands_all_get_their_suggestion() {
    let len = 5_000;
    let mut app = chain(len);
    for k in (0..len).step_by(50) {
        app.callbacks[k].inputs[0].id = format!("m{k}");
    }
    let found = timed(&app);
    assert_eq!(found.len(), 100);
    for (diagnostic, k) in found.iter().zip((0..len).step_by(50)) {
        assert_eq!(diagnostic.kind, Rule::UnknownId);
        assert_eq!(
            diagnostic.message,
            format!("no component in the layout has the id `m{k}`; did you mean `n{k}`?")
        );
    }
}

#[test]
fn every_kind_of_problem_in_one_app_comes_out_in_place_order() {
    let mut app = chain(3);
    app.ids.extend(declare(["n1".to_string()]));
    app.callbacks.push(link("loop", "n3", "n0"));
    app.callbacks.push(link("twice", "n0", "n2"));
    app.callbacks[0].inputs.push(dep("n9", "value"));
    app.callbacks[1].state.push(dep("n2", "valeu"));
    let kinds: Vec<(Rule, String)> = timed(&app)
        .into_iter()
        .map(|diagnostic| (diagnostic.kind, diagnostic.site))
        .collect();
    let expected = [
        (Rule::DuplicateId, "layout n1"),
        (Rule::UnknownId, "n9.value"),
        (Rule::CircularDependency, "link0"),
        (Rule::UnknownProperty, "n2.valeu"),
        (Rule::DuplicateOutput, "n2.value"),
    ];
    let expected: Vec<(Rule, String)> = expected.iter().map(|(r, s)| (*r, s.to_string())).collect();
    assert_eq!(kinds, expected);
}
