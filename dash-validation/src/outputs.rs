//! The output rule: a property has one writer unless its outputs allow duplicates.
//!
//! This follows Dash: an `allow_duplicate` output gets a suffix of its own on the wire, so it
//! never clashes with another callback's output; two plain outputs of the same property do,
//! whichever order they come in. Within one callback every output shares that suffix, so a
//! callback may not write a property twice even with `allow_duplicate`.

use std::collections::{HashMap, HashSet};

use crate::{App, Found, Place, Rule};

/// Reports every output that clashes with an earlier one.
pub(crate) fn duplicates<S: Clone>(app: &App<S>, found: &mut Vec<Found<S>>) {
    // (id, property) → the first callback writing it without `allow_duplicate`.
    let mut plain_writer: HashMap<(&str, &str), usize> = HashMap::new();
    let mut own: HashSet<(&str, &str)> = HashSet::new();
    for (callback, definition) in app.callbacks.iter().enumerate() {
        own.clear();
        for (slot, output) in definition.outputs.iter().enumerate() {
            let dependency = &output.dependency;
            let key = (dependency.id.as_str(), dependency.base_property());
            let message = if !own.insert(key) {
                Some(format!(
                    "`{}.{}` is already an output of callback `{}`; a callback writes each \
                     property once",
                    key.0, key.1, definition.name
                ))
            } else if output.allow_duplicate {
                None
            } else {
                match *plain_writer.entry(key).or_insert(callback) {
                    first if first == callback => None,
                    first => Some(format!(
                        "`{}.{}` is already an output of callback `{}`; a property has one \
                         writer unless the output allows duplicates",
                        key.0, key.1, app.callbacks[first].name
                    )),
                }
            };
            if let Some(message) = message {
                found.push(Found::new(
                    Place::dependency(callback, slot),
                    dependency.site.clone(),
                    Rule::DuplicateOutput,
                    message,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{app, callback, found};
    use crate::Rule::DuplicateOutput;

    const ELSEWHERE: &str = "a property has one writer unless the output allows duplicates";

    fn problems(callbacks: Vec<crate::Callback<String>>) -> Vec<(String, String)> {
        let mut app = app(&[], callbacks);
        app.ids_complete = false;
        found(&app, DuplicateOutput)
    }

    fn pair(site: &str, message: String) -> (String, String) {
        (site.to_string(), message)
    }

    #[test]
    fn two_plain_writers_clash_at_the_later_one() {
        let found = problems(vec![
            callback("update_a", &["out.children"], &["a.value"], &[]),
            callback(
                "update_b",
                &["other.children", "out.children"],
                &["b.value"],
                &[],
            ),
        ]);
        assert_eq!(
            found,
            [pair(
                "out.children",
                format!("`out.children` is already an output of callback `update_a`; {ELSEWHERE}")
            )]
        );
    }

    #[test]
    fn every_later_plain_writer_names_the_first() {
        let found = problems(vec![
            callback("a", &["out.children"], &[], &[]),
            callback("b", &["out.children"], &[], &[]),
            callback("c", &["out.children"], &[], &[]),
        ]);
        assert_eq!(found.len(), 2);
        assert!(found
            .iter()
            .all(|(_, message)| message.contains("callback `a`;")));
    }

    #[test]
    fn allow_duplicate_outputs_never_clash_with_other_callbacks() {
        let found = problems(vec![
            callback("a", &["out.children"], &[], &[]),
            callback("b", &["out.children!"], &[], &[]),
            callback("c", &["out.children!"], &[], &[]),
        ]);
        assert!(found.is_empty());
        // Order does not matter: the one plain writer may come last.
        let found = problems(vec![
            callback("b", &["out.children!"], &[], &[]),
            callback("a", &["out.children"], &[], &[]),
        ]);
        assert!(found.is_empty());
    }

    #[test]
    fn the_at_suffix_names_the_same_property() {
        let found = problems(vec![
            callback("a", &["out.children@1"], &[], &[]),
            callback("b", &["out.children@2"], &[], &[]),
        ]);
        assert_eq!(found.len(), 1);
        assert!(found[0].1.starts_with("`out.children` is already"));
    }

    #[test]
    fn one_callback_writing_a_property_twice_is_reported_even_with_allow_duplicate() {
        let expected = |site: &str| {
            pair(
                site,
                "`out.children` is already an output of callback `twice`; a callback writes \
                 each property once"
                    .to_string(),
            )
        };
        let found = problems(vec![callback(
            "twice",
            &["out.children", "out.children"],
            &[],
            &[],
        )]);
        assert_eq!(found, [expected("out.children")]);
        let found = problems(vec![callback(
            "twice",
            &["out.children!", "out.children!"],
            &[],
            &[],
        )]);
        assert_eq!(found, [expected("out.children")]);
    }

    #[test]
    fn different_properties_of_one_id_are_different_outputs() {
        let found = problems(vec![
            callback("a", &["out.children"], &[], &[]),
            callback("b", &["out.style"], &[], &[]),
        ]);
        assert!(found.is_empty());
    }
}
