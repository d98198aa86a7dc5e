//! The property rule: a dependency names a prop its component has.

use crate::ids::Declared;
use crate::{suggest, App, Catalog, Found, Place, Rule};

/// Reports every dependency on a declared id whose known component lacks the property.
pub(crate) fn unknown<S: Clone>(
    app: &App<S>,
    declared: &Declared<S>,
    catalog: &dyn Catalog,
    found: &mut Vec<Found<S>>,
) {
    for (callback, definition) in app.callbacks.iter().enumerate() {
        for (slot, dependency) in definition.dependencies().enumerate() {
            // Undeclared ids are the id rule's business; unknown types cannot be judged.
            let Some(component) = declared.get(&dependency.id) else {
                continue;
            };
            let Some(props) = catalog.props(component.namespace.as_deref(), &component.component)
            else {
                continue;
            };
            let property = dependency.base_property();
            if has(props, property) {
                continue;
            }
            let mut message = format!("`{}` has no property `{property}`", component.component);
            let named = props.iter().copied().filter(|prop| !prop.ends_with('*'));
            if let Some(near) = suggest::closest(property, named) {
                message.push_str(&format!("; did you mean `{near}`?"));
            }
            found.push(Found::new(
                Place::dependency(callback, slot),
                dependency.site.clone(),
                Rule::UnknownProperty,
                message,
            ));
        }
    }
}

/// Whether `props` lists `property`, directly or through a wildcard entry such as `data-*`.
fn has(props: &[&str], property: &str) -> bool {
    props.iter().any(|prop| match prop.strip_suffix('*') {
        // `data-` alone is no data attribute: the wildcard needs something to stand for.
        Some(prefix) => property.len() > prefix.len() && property.starts_with(prefix),
        None => *prop == property,
    })
}

#[cfg(test)]
mod tests {
    use super::has;
    use crate::testing::{app, callback, found};
    use crate::Rule::UnknownProperty;

    fn problems(ids: &[&str], dependency: &str) -> Vec<String> {
        let app = app(ids, vec![callback("update", &[], &[dependency], &[])]);
        found(&app, UnknownProperty)
            .into_iter()
            .map(|(site, message)| {
                assert_eq!(site, dependency);
                message
            })
            .collect()
    }

    #[test]
    fn a_misspelt_property_names_the_component_and_a_suggestion() {
        assert_eq!(
            problems(&["year:Dropdown"], "year.valeu"),
            ["`Dropdown` has no property `valeu`; did you mean `value`?"]
        );
    }

    #[test]
    fn no_suggestion_when_nothing_is_close() {
        assert_eq!(
            problems(&["year:Dropdown"], "year.figure"),
            ["`Dropdown` has no property `figure`"]
        );
    }

    #[test]
    fn known_properties_pass() {
        assert!(problems(&["year:Dropdown"], "year.value").is_empty());
        assert!(problems(&["box:Div"], "box.children").is_empty());
    }

    #[test]
    fn the_at_suffix_is_ignored() {
        assert!(problems(&["box:Div"], "box.children@0f3a").is_empty());
        assert_eq!(
            problems(&["box:Div"], "box.childern@0f3a"),
            ["`Div` has no property `childern`; did you mean `children`?"]
        );
    }

    #[test]
    fn data_and_aria_wildcards_accept_their_prefix() {
        assert!(problems(&["box:Div"], "box.data-row").is_empty());
        assert!(problems(&["box:Div"], "box.aria-label").is_empty());
        // The Dropdown of the test catalog lists no wildcards.
        assert_eq!(
            problems(&["year:Dropdown"], "year.data-row"),
            ["`Dropdown` has no property `data-row`"]
        );
    }

    #[test]
    fn wildcard_entries_are_never_suggested() {
        assert_eq!(
            problems(&["box:Div"], "box.data-"),
            ["`Div` has no property `data-`"]
        );
    }

    #[test]
    fn unknown_component_types_and_undeclared_ids_are_not_judged() {
        assert!(problems(&["chart:Graph"], "chart.anything").is_empty());
        assert!(problems(&["box:Div"], "elsewhere.anything").is_empty());
    }

    #[test]
    fn the_first_declaration_gives_the_type() {
        assert_eq!(
            problems(&["x:Dropdown", "x:Div"], "x.children"),
            ["`Dropdown` has no property `children`"]
        );
    }

    #[test]
    fn wildcard_matching() {
        assert!(has(&["data-*"], "data-x"));
        assert!(!has(&["data-*"], "data-"));
        assert!(!has(&["data-*"], "datax"));
        assert!(has(&["value"], "value"));
        assert!(!has(&["value"], "values"));
    }
}
