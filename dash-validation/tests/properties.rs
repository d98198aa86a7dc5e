//! Generated apps against the graph rules: an acyclic wiring has no cycle, one back edge makes
//! exactly one, reported at its first callback with a loop that really exists, and duplicate
//! outputs are found exactly when two plain outputs share a property.

use dash_validation::{check, App, Callback, Catalog, Dependency, Diagnostic, Output, Rule};
use proptest::prelude::*;
use std::collections::{HashMap, HashSet};

/// Knows no component, so only the graph rules speak.
fn no_catalog() -> impl Catalog {
    |_: Option<&str>, _: &str| -> Option<&'static [&'static str]> { None }
}

fn dep(id: &str, property: &str) -> Dependency<String> {
    Dependency::new(id, property, format!("{id}.{property}"))
}

fn found(app: &App<String>, rule: Rule) -> Vec<Diagnostic<String>> {
    check(app, &no_catalog())
        .into_iter()
        .filter(|diagnostic| diagnostic.kind == rule)
        .collect()
}

/// Callback `i` writes `n{i}.children` and reads outputs of earlier callbacks only (plus
/// `source.value`), so the wiring is acyclic; its states may name any output, later ones too.
fn dag(inputs: &[Vec<bool>], state: &[Vec<bool>]) -> App<String> {
    let callbacks = inputs
        .iter()
        .zip(state)
        .enumerate()
        .map(|(i, (reads, keeps))| Callback {
            name: format!("cb{i}"),
            outputs: vec![Output::new(dep(&format!("n{i}"), "children"))],
            inputs: std::iter::once(dep("source", "value"))
                .chain(
                    (0..i)
                        .filter(|&j| reads[j])
                        .map(|j| dep(&format!("n{j}"), "children")),
                )
                .collect(),
            state: (0..inputs.len())
                .filter(|&j| keeps[j])
                .map(|j| dep(&format!("n{j}"), "children"))
                .collect(),
            site: format!("site of cb{i}"),
        })
        .collect();
    App {
        ids: Vec::new(),
        ids_complete: false,
        callbacks,
    }
}

/// Adjacency flags of a DAG on `n` callbacks: `inputs[i][j]` (j < i) says cb{i} reads cb{j}.
fn wiring(max: usize) -> impl Strategy<Value = (Vec<Vec<bool>>, Vec<Vec<bool>>)> {
    (2..=max).prop_flat_map(|n| {
        (
            proptest::collection::vec(proptest::collection::vec(any::<bool>(), n), n),
            proptest::collection::vec(proptest::collection::vec(any::<bool>(), n), n),
        )
    })
}

/// The callbacks reachable from `from` by reading outputs (cb{i} → cb{k} when k reads i).
fn reachable(app: &App<String>, from: usize) -> Vec<usize> {
    let mut seen = vec![false; app.callbacks.len()];
    let mut stack = vec![from];
    while let Some(at) = stack.pop() {
        let written = format!("n{at}");
        for (k, callback) in app.callbacks.iter().enumerate() {
            if !seen[k] && callback.inputs.iter().any(|d| d.id == written) {
                seen[k] = true;
                stack.push(k);
            }
        }
    }
    (0..app.callbacks.len()).filter(|&k| seen[k]).collect()
}

/// Checks a cycle message `p0 → cb → p1 → ... → p0` against the app: each callback named
/// reads the property before it as an input and writes the one after it.
fn assert_real_loop(app: &App<String>, message: &str) -> Vec<String> {
    let chain = message
        .strip_prefix("circular dependency: ")
        .unwrap_or_else(|| panic!("{message}"));
    let parts: Vec<&str> = chain.split(" → ").collect();
    assert!(parts.len() >= 5 && parts.len() % 2 == 1, "{message}");
    assert_eq!(
        parts.first(),
        parts.last(),
        "the loop is not closed: {message}"
    );
    let by_name: HashMap<&str, &Callback<String>> =
        app.callbacks.iter().map(|c| (c.name.as_str(), c)).collect();
    let mut names = Vec::new();
    for step in parts.windows(3).step_by(2) {
        let callback = by_name[step[1]];
        let named = |d: &Dependency<String>| format!("{}.{}", d.id, d.property);
        assert!(
            callback.inputs.iter().any(|d| named(d) == step[0]),
            "{message}"
        );
        assert!(
            callback
                .outputs
                .iter()
                .any(|o| named(&o.dependency) == step[2]),
            "{message}"
        );
        names.push(step[1].to_owned());
    }
    names
}

proptest! {
    #[test]
    fn an_acyclic_wiring_has_no_cycle((inputs, state) in wiring(12)) {
        let app = dag(&inputs, &state);
        prop_assert_eq!(found(&app, Rule::CircularDependency), vec![]);
    }

    #[test]
    fn a_back_edge_makes_one_cycle_naming_its_callbacks(
        (inputs, state) in wiring(12),
        pick in any::<(usize, usize)>(),
    ) {
        let mut app = dag(&inputs, &state);
        // A pair a < b with a path from a to b; the first callback feeds the second if need be.
        let n = app.callbacks.len();
        let a = pick.0 % (n - 1);
        let mut later = reachable(&app, a);
        if later.is_empty() {
            app.callbacks[a + 1].inputs.push(dep(&format!("n{a}"), "children"));
            later = vec![a + 1];
        }
        let b = later[pick.1 % later.len()];
        prop_assert!(a < b);
        app.callbacks[a].inputs.push(dep(&format!("n{b}"), "children"));

        let cycles = found(&app, Rule::CircularDependency);
        prop_assert_eq!(cycles.len(), 1, "{:?}", cycles);
        // Every loop now runs through the back edge, and no callback before `a` is on one.
        prop_assert_eq!(&cycles[0].site, &format!("site of cb{a}"));
        let names = assert_real_loop(&app, &cycles[0].message);
        prop_assert!(names.contains(&format!("cb{a}")), "{}", cycles[0].message);
        prop_assert!(names.contains(&format!("cb{b}")), "{}", cycles[0].message);
    }

    #[test]
    fn a_callback_reading_its_own_output_is_no_cycle((inputs, state) in wiring(8), at in any::<usize>()) {
        let mut app = dag(&inputs, &state);
        let i = at % app.callbacks.len();
        app.callbacks[i].inputs.push(dep(&format!("n{i}"), "children"));
        prop_assert_eq!(found(&app, Rule::CircularDependency), vec![]);
    }

    #[test]
    fn duplicate_outputs_are_found_exactly_when_plain_outputs_share_a_property(
        writes in proptest::collection::vec(
            proptest::collection::hash_set(0..6usize, 1..4).prop_flat_map(|outputs| {
                let n = outputs.len();
                (Just(outputs), proptest::collection::vec(any::<bool>(), n))
            }),
            1..8,
        ),
    ) {
        let mut plain_writes: HashMap<usize, usize> = HashMap::new();
        let callbacks: Vec<Callback<String>> = writes
            .iter()
            .enumerate()
            .map(|(i, (outputs, allow))| {
                let mut outputs: Vec<usize> = outputs.iter().copied().collect();
                outputs.sort();
                Callback {
                    name: format!("cb{i}"),
                    outputs: outputs
                        .iter()
                        .zip(allow)
                        .map(|(&p, &allow_duplicate)| {
                            if !allow_duplicate {
                                *plain_writes.entry(p).or_default() += 1;
                            }
                            Output { dependency: dep(&format!("p{p}"), "children"), allow_duplicate }
                        })
                        .collect(),
                    inputs: vec![dep("source", "value")],
                    state: Vec::new(),
                    site: format!("cb{i}"),
                }
            })
            .collect();
        let app = App { ids: Vec::new(), ids_complete: false, callbacks };
        let duplicates = found(&app, Rule::DuplicateOutput);
        let expected: usize = plain_writes.values().map(|&k| k.saturating_sub(1)).sum();
        prop_assert_eq!(duplicates.len(), expected, "{:?}", duplicates);
        // Each report names a property that really has two plain writers.
        let shared: HashSet<String> = plain_writes
            .iter()
            .filter(|(_, &k)| k > 1)
            .map(|(p, _)| format!("p{p}.children"))
            .collect();
        for duplicate in &duplicates {
            prop_assert!(shared.contains(&duplicate.site), "{:?}", duplicate);
        }
    }
}
