//! The parameter-type rule: a callback parameter must be able to hold its property's value.

use crate::ids::Declared;
use crate::{App, Catalog, Found, Kinds, Place, Rule};

/// Reports every input or state whose parameter's kinds share nothing with its property's.
pub(crate) fn mismatched<S: Clone>(
    app: &App<S>,
    declared: &Declared<S>,
    catalog: &dyn Catalog,
    found: &mut Vec<Found<S>>,
) {
    for (callback, definition) in app.callbacks.iter().enumerate() {
        let offset = definition.outputs.len();
        let read = definition.inputs.iter().chain(&definition.state);
        for (slot, dependency) in read.enumerate() {
            let Some(parameter) = &dependency.parameter else {
                continue;
            };
            if let Some(wildcard) = list_wildcard(dependency) {
                if !parameter.kinds.is_any() && !parameter.kinds.overlaps(Kinds::LIST) {
                    let message = format!(
                        "`{}.{}` matches any number of components ({}): its values arrive as a \
                         list, which a parameter of type `{}` cannot hold; take a `Vec<_>`",
                        dependency.id,
                        dependency.base_property(),
                        wildcard.name(),
                        parameter.rust_type
                    );
                    found.push(Found::new(
                        Place::dependency(callback, offset + slot),
                        dependency.site.clone(),
                        Rule::ParameterType,
                        message,
                    ));
                }
                continue;
            }
            let Some(component) = declared.get(&dependency.id) else {
                continue;
            };
            let property = dependency.base_property();
            let namespace = component.namespace.as_deref();
            // A multi Dropdown's value is a list, whatever a single one's may be.
            let multi = component.component == "Dropdown"
                && property == "value"
                && component.flags.iter().any(|flag| flag == "multi");
            let accepted = if multi {
                Kinds::LIST
            } else {
                match catalog.kinds(namespace, &component.component, property) {
                    Some(kinds) => kinds,
                    None => continue,
                }
            };
            if accepted.is_any() || parameter.kinds.is_any() || accepted.overlaps(parameter.kinds) {
                continue;
            }
            let why = if multi {
                " (the Dropdown is `multi`)"
            } else {
                ""
            };
            let message = format!(
                "`{}.{property}` is {accepted}{why}; a parameter of type `{}` cannot hold it",
                dependency.id, parameter.rust_type
            );
            found.push(Found::new(
                Place::dependency(callback, offset + slot),
                dependency.site.clone(),
                Rule::ParameterType,
                message,
            ));
        }
    }
}

/// The ALL or ALLSMALLER wildcard of a pattern dependency, whose values arrive as a list.
fn list_wildcard<S>(dependency: &crate::Dependency<S>) -> Option<crate::pattern::Wildcard> {
    if !dependency.is_pattern() {
        return None;
    }
    crate::pattern::PatternId::parse(&dependency.id)?.list_wildcard()
}

#[cfg(test)]
mod tests {
    use crate::testing::{app, callback};
    use crate::{check, Catalog, DeclaredId, Kinds, Parameter, Rule};

    struct Numbers;
    impl Catalog for Numbers {
        fn props(&self, _: Option<&str>, _: &str) -> Option<&[&'static str]> {
            Some(&["n_clicks", "value", "id"])
        }
        fn kinds(&self, _: Option<&str>, _: &str, property: &str) -> Option<Kinds> {
            match property {
                "n_clicks" => Some(Kinds::NUMBER),
                "value" => Some(Kinds::from_letters("blns")),
                _ => None,
            }
        }
    }

    fn problems(
        component: &str,
        flags: &[&str],
        input: &str,
        rust_type: &str,
        kinds: Kinds,
    ) -> Vec<String> {
        let mut app = app(&[], vec![callback("f", &["out.children"], &[input], &[])]);
        app.ids.push(DeclaredId {
            id: "x".into(),
            component: component.into(),
            namespace: None,
            flags: flags.iter().map(|f| (*f).to_owned()).collect(),
            site: "x".into(),
        });
        app.ids_complete = false;
        app.callbacks[0].inputs[0].parameter = Some(Parameter {
            rust_type: rust_type.into(),
            kinds,
        });
        check(&app, &Numbers)
            .into_iter()
            .filter(|d| d.kind == Rule::ParameterType)
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn a_number_does_not_fit_a_string() {
        assert_eq!(
            problems("Button", &[], "x.n_clicks", "String", Kinds::STRING),
            ["`x.n_clicks` is a number; a parameter of type `String` cannot hold it"]
        );
        assert!(problems("Button", &[], "x.n_clicks", "i64", Kinds::NUMBER).is_empty());
        assert!(problems("Button", &[], "x.n_clicks", "Value", Kinds::ANY).is_empty());
    }

    #[test]
    fn a_multi_dropdown_holds_a_list() {
        assert!(problems("Dropdown", &[], "x.value", "i64", Kinds::NUMBER).is_empty());
        assert_eq!(
            problems("Dropdown", &["multi"], "x.value", "i64", Kinds::NUMBER),
            ["`x.value` is a list (the Dropdown is `multi`); a parameter of type `i64` cannot hold it"]
        );
        assert!(problems(
            "Dropdown",
            &["multi"],
            "x.value",
            "Vec<String>",
            Kinds::LIST
        )
        .is_empty());
    }
}
