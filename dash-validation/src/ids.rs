//! Rules on ids: each declared once, and every dependency names a declared one.

use std::collections::{HashMap, HashSet};

use crate::{suggest, App, DeclaredId, Found, Place, Rule};

/// The declared ids, for lookups by the id rules and the property rules.
pub(crate) struct Declared<'a, S> {
    /// Each id's first declaration; later ones are duplicates and do not count.
    first: HashMap<&'a str, &'a DeclaredId<S>>,
    /// Every distinct id in declaration order, so suggestions are deterministic.
    order: Vec<&'a str>,
}

impl<'a, S> Declared<'a, S> {
    pub(crate) fn new(app: &'a App<S>) -> Self {
        let mut first = HashMap::with_capacity(app.ids.len());
        let mut order = Vec::with_capacity(app.ids.len());
        for declared in &app.ids {
            first.entry(declared.id.as_str()).or_insert_with(|| {
                order.push(declared.id.as_str());
                declared
            });
        }
        Declared { first, order }
    }

    /// The first declaration of `id`, if any.
    pub(crate) fn get(&self, id: &str) -> Option<&'a DeclaredId<S>> {
        self.first.get(id).copied()
    }
}

/// Reports every declaration of an id after its first.
pub(crate) fn duplicates<S: Clone>(app: &App<S>, found: &mut Vec<Found<S>>) {
    let mut seen = HashSet::with_capacity(app.ids.len());
    for (index, declared) in app.ids.iter().enumerate() {
        if !seen.insert(declared.id.as_str()) {
            found.push(Found::new(
                Place::Declaration(index),
                declared.site.clone(),
                Rule::DuplicateId,
                format!(
                    "the id `{}` is declared twice in this app's layouts; ids must be unique",
                    declared.id
                ),
            ));
        }
    }
}

/// Reports every dependency naming an undeclared id, unless ids may also come from runtime.
pub(crate) fn unknown<S: Clone>(app: &App<S>, declared: &Declared<S>, found: &mut Vec<Found<S>>) {
    if !app.ids_complete {
        return;
    }
    for (callback, definition) in app.callbacks.iter().enumerate() {
        for (slot, dependency) in definition.dependencies().enumerate() {
            if dependency.is_pattern() || declared.get(&dependency.id).is_some() {
                continue;
            }
            let mut message = format!("no component in the layout has the id `{}`", dependency.id);
            if let Some(near) = suggest::closest(&dependency.id, declared.order.iter().copied()) {
                message.push_str(&format!("; did you mean `{near}`?"));
            }
            found.push(Found::new(
                Place::dependency(callback, slot),
                dependency.site.clone(),
                Rule::UnknownId,
                message,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{app, callback, found};
    use crate::Rule::{DuplicateId, UnknownId};

    #[test]
    fn a_second_declaration_is_reported_at_its_own_site() {
        let app = app(&["a", "b", "a", "c", "a"], vec![]);
        let message = "the id `a` is declared twice in this app's layouts; ids must be unique";
        assert_eq!(
            found(&app, DuplicateId),
            [
                ("layout a".to_string(), message.to_string()),
                ("layout a".to_string(), message.to_string())
            ]
        );
    }

    #[test]
    fn distinct_ids_are_fine() {
        let app = app(&["a", "b", "A"], vec![]);
        assert!(crate::check(&app, &crate::testing::catalog()).is_empty());
    }

    #[test]
    fn an_unknown_id_gets_a_suggestion_when_one_is_close() {
        let app = app(
            &["year-dropdown", "graph"],
            vec![callback(
                "update",
                &["graph.figure"],
                &["yeer-dropdown.value"],
                &[],
            )],
        );
        assert_eq!(
            found(&app, UnknownId),
            [(
                "yeer-dropdown.value".to_string(),
                "no component in the layout has the id `yeer-dropdown`; did you mean \
                 `year-dropdown`?"
                    .to_string()
            )]
        );
    }

    #[test]
    fn an_unknown_id_gets_no_suggestion_when_none_is_close() {
        let app = app(
            &["year-dropdown"],
            vec![callback("update", &["population.children"], &[], &[])],
        );
        assert_eq!(
            found(&app, UnknownId),
            [(
                "population.children".to_string(),
                "no component in the layout has the id `population`".to_string()
            )]
        );
    }

    #[test]
    fn outputs_inputs_and_state_are_all_checked_in_order() {
        let app = app(
            &["x"],
            vec![
                callback("first", &["o.children"], &["i.value"], &["s.value"]),
                callback("second", &["x.children"], &["j.value"], &[]),
            ],
        );
        let sites: Vec<String> = found(&app, UnknownId).into_iter().map(|f| f.0).collect();
        assert_eq!(sites, ["o.children", "i.value", "s.value", "j.value"]);
    }

    #[test]
    fn pattern_matching_ids_are_not_unknown() {
        let mut app = app(&["x"], vec![]);
        let mut update = callback("update", &["x.children"], &["x.value"], &[]);
        update.inputs[0].id = r#"{"index":["ALL"],"type":"item"}"#.into();
        app.callbacks.push(update);
        assert!(found(&app, UnknownId).is_empty());
    }

    #[test]
    fn incomplete_ids_suppress_unknown_ids_but_not_duplicates() {
        let mut app = app(
            &["a", "a"],
            vec![callback(
                "update",
                &["a.children"],
                &["runtime-made.value"],
                &[],
            )],
        );
        app.ids_complete = false;
        assert!(found(&app, UnknownId).is_empty());
        assert_eq!(found(&app, DuplicateId).len(), 1);
    }
}
