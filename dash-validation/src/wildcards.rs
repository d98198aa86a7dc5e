//! The pattern-matching rules Dash enforces on one callback's wildcards.
//!
//! As the 4.4.1 renderer (`findMismatchedWildcards`) and Python's `Output` check them:
//! outputs take MATCH and ALL only; every output has MATCH on the same keys; when the outputs
//! have MATCH, an input's or state's MATCH and ALLSMALLER keys are among them; when they have
//! none (fixed outputs, ALL outputs, no output), inputs may use MATCH freely but not
//! ALLSMALLER, which is relative to a MATCH. A dot inside a pattern output's value breaks the
//! renderer's parsing of the output string, so it is refused too.

use crate::pattern::{PatternId, PatternValue, Wildcard};
use crate::{App, Dependency, Found, Place, Rule};

/// Reports every wildcard a callback uses where Dash does not allow it.
pub(crate) fn misplaced<S: Clone>(app: &App<S>, found: &mut Vec<Found<S>>) {
    for (callback, definition) in app.callbacks.iter().enumerate() {
        let mut report = |slot: usize, dependency: &Dependency<S>, message: String| {
            found.push(Found::new(
                Place::dependency(callback, slot),
                dependency.site.clone(),
                Rule::Wildcard,
                message,
            ));
        };
        let outputs: Vec<(&Dependency<S>, Option<PatternId>)> = definition
            .outputs
            .iter()
            .map(|output| (&output.dependency, pattern(&output.dependency)))
            .collect();
        let first_match: Vec<&str> = outputs
            .first()
            .and_then(|(_, id)| id.as_ref())
            .map(|id| id.keys_with(Wildcard::Match))
            .unwrap_or_default();
        for (slot, (dependency, id)) in outputs.iter().enumerate() {
            let Some(id) = id else { continue };
            let name = spec(dependency);
            if !id.keys_with(Wildcard::AllSmaller).is_empty() {
                report(
                    slot,
                    dependency,
                    format!(
                        "`{name}` uses ALLSMALLER in an output; outputs take MATCH or ALL only"
                    ),
                );
            }
            if slot > 0 && id.keys_with(Wildcard::Match) != first_match {
                report(
                    slot,
                    dependency,
                    format!(
                        "`{name}` does not have MATCH on the same keys as the first output `{}`; \
                         MATCH must be on the same keys in every output",
                        spec(outputs[0].0)
                    ),
                );
            }
            let dotted = id.entries.iter().any(|(_, value)| match value {
                PatternValue::Str(text) => text.contains('.'),
                _ => false,
            });
            if dotted {
                report(
                    slot,
                    dependency,
                    format!(
                        "`{name}` has a `.` in a value of its id; Dash cannot parse output ids \
                         with dots"
                    ),
                );
            }
        }
        let read = definition.inputs.iter().chain(&definition.state);
        for (index, dependency) in read.enumerate() {
            let Some(id) = pattern(dependency) else {
                continue;
            };
            let mut relative = id.keys_with(Wildcard::AllSmaller);
            if !first_match.is_empty() {
                relative.extend(id.keys_with(Wildcard::Match));
            }
            let mut stray: Vec<&str> = relative
                .into_iter()
                .filter(|key| !first_match.contains(key))
                .collect();
            if stray.is_empty() {
                continue;
            }
            stray.sort_unstable();
            let keys = stray.join("`, `");
            let message = if first_match.is_empty() {
                format!(
                    "`{}` has ALLSMALLER on `{keys}`, which needs MATCH on the same key in the \
                     outputs, and they have none",
                    spec(dependency)
                )
            } else {
                format!(
                    "`{}` has MATCH or ALLSMALLER on `{keys}`, which the outputs do not MATCH; \
                     they MATCH on `{}`",
                    spec(dependency),
                    first_match.join("`, `")
                )
            };
            report(definition.outputs.len() + index, dependency, message);
        }
    }
}

fn pattern<S>(dependency: &Dependency<S>) -> Option<PatternId> {
    if dependency.is_pattern() {
        PatternId::parse(&dependency.id)
    } else {
        None
    }
}

fn spec<S>(dependency: &Dependency<S>) -> String {
    format!("{}.{}", dependency.id, dependency.base_property())
}

#[cfg(test)]
mod tests {
    use crate::testing::app;
    use crate::{check, Callback, Dependency, Output, Rule};

    /// `"{…}.prop"` with the site being the text itself.
    fn dep(text: &str) -> Dependency<String> {
        let (id, property) = text.rsplit_once('.').unwrap();
        Dependency::new(id, property, text.to_string())
    }

    fn wildcard_problems(outputs: &[&str], inputs: &[&str], state: &[&str]) -> Vec<String> {
        let callback = Callback {
            name: "f".into(),
            outputs: outputs.iter().map(|t| Output::new(dep(t))).collect(),
            inputs: inputs.iter().map(|t| dep(t)).collect(),
            state: state.iter().map(|t| dep(t)).collect(),
            site: "f".into(),
        };
        let mut app = app(&[], vec![callback]);
        app.ids_complete = false;
        check(&app, &crate::testing::catalog())
            .into_iter()
            .filter(|d| d.kind == Rule::Wildcard)
            .map(|d| d.message)
            .collect()
    }

    const MATCH_OUT: &str = r#"{"index":["MATCH"],"type":"label"}.style"#;
    const MATCH_IN: &str = r#"{"index":["MATCH"],"type":"done"}.value"#;
    const ALL_IN: &str = r#"{"index":["ALL"],"type":"done"}.value"#;
    const SMALLER_IN: &str = r#"{"index":["ALLSMALLER"],"type":"done"}.value"#;

    #[test]
    fn dash_s_own_patterns_pass() {
        assert!(wildcard_problems(&[MATCH_OUT], &[MATCH_IN], &[SMALLER_IN]).is_empty());
        assert!(wildcard_problems(&["count.children"], &[ALL_IN], &[]).is_empty());
        // Since Dash 4.2, MATCH inputs may feed a fixed output.
        assert!(wildcard_problems(&["count.children"], &[MATCH_IN], &[]).is_empty());
        assert!(wildcard_problems(&[], &[MATCH_IN], &[]).is_empty());
    }

    #[test]
    fn allsmaller_is_refused_in_outputs() {
        let found = wildcard_problems(
            &[r#"{"index":["ALLSMALLER"],"type":"x"}.children"#],
            &[],
            &[],
        );
        assert_eq!(found.len(), 1);
        assert!(
            found[0].contains("uses ALLSMALLER in an output"),
            "{found:?}"
        );
    }

    #[test]
    fn allsmaller_needs_a_match_in_the_outputs() {
        let found = wildcard_problems(&["count.children"], &[SMALLER_IN], &[]);
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("ALLSMALLER on `index`"), "{found:?}");
    }

    #[test]
    fn input_match_keys_must_be_among_the_outputs() {
        let found = wildcard_problems(
            &[MATCH_OUT],
            &[r#"{"index":["MATCH"],"row":["MATCH"],"type":"done"}.value"#],
            &[],
        );
        assert_eq!(found.len(), 1);
        assert!(
            found[0].contains("on `row`, which the outputs do not MATCH"),
            "{found:?}"
        );
    }

    #[test]
    fn outputs_match_on_the_same_keys() {
        let found = wildcard_problems(
            &[MATCH_OUT, r#"{"index":["ALL"],"type":"other"}.children"#],
            &[MATCH_IN],
            &[],
        );
        assert_eq!(found.len(), 1);
        assert!(
            found[0].contains("same keys as the first output"),
            "{found:?}"
        );
    }

    #[test]
    fn dots_in_output_ids_are_refused() {
        let found = wildcard_problems(&[r#"{"index":1,"type":"a.b"}.children"#], &[], &[]);
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("has a `.`"), "{found:?}");
    }

    #[test]
    fn all_values_need_a_list_parameter() {
        let mut input = dep(ALL_IN);
        input.parameter = Some(crate::Parameter {
            rust_type: "Option<String>".into(),
            kinds: crate::Kinds::STRING,
        });
        let callback = Callback {
            name: "f".into(),
            outputs: vec![Output::new(dep("count.children"))],
            inputs: vec![input],
            state: vec![],
            site: "f".into(),
        };
        let found = check(&app(&["count"], vec![callback]), &crate::testing::catalog());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, Rule::ParameterType);
        assert!(
            found[0].message.contains("take a `Vec<_>`"),
            "{}",
            found[0].message
        );
    }
}
