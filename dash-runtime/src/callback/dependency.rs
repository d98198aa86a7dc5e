//! One `"id.prop"` dependency of a callback, and Dash's output-string encoding (protocol §4.2).

use std::fmt;

/// A component property a callback reads or writes: `year-dropdown.value`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Dependency {
    /// The component id.
    pub id: String,
    /// The property name, as on the wire (`n_clicks`, `className`).
    pub property: String,
}

/// Why a dependency string is not of the form `id.prop`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DependencyError {
    /// The string that was given.
    pub spec: String,
    /// What is wrong with it.
    pub reason: &'static str,
}

impl fmt::Display for DependencyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a dependency: {} (write it as \"component-id.property\")",
            self.spec, self.reason
        )
    }
}

impl std::error::Error for DependencyError {}

impl Dependency {
    /// A dependency on `property` of the component `id`.
    pub fn new(id: impl Into<String>, property: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            property: property.into(),
        }
    }

    /// Parses `"id.prop"`, splitting at the last `.` as the renderer does.
    ///
    /// ```
    /// use dash_runtime::callback::Dependency;
    /// let dep = Dependency::parse("year-dropdown.value").unwrap();
    /// assert_eq!((dep.id.as_str(), dep.property.as_str()), ("year-dropdown", "value"));
    /// assert!(Dependency::parse("year").is_err());
    /// ```
    pub fn parse(spec: &str) -> Result<Self, DependencyError> {
        let fail = |reason| DependencyError {
            spec: spec.to_owned(),
            reason,
        };
        if spec.trim().is_empty() {
            return Err(fail("it is empty"));
        }
        if spec.chars().any(char::is_whitespace) {
            return Err(fail("it contains white space"));
        }
        let (id, property) = spec
            .rsplit_once('.')
            .ok_or_else(|| fail("it has no `.` between the id and the property"))?;
        if id.is_empty() {
            return Err(fail("the component id before the `.` is empty"));
        }
        if property.is_empty() {
            return Err(fail("the property after the `.` is empty"));
        }
        if id.contains('.') {
            return Err(fail("component ids may not contain `.`"));
        }
        Ok(Self::new(id, property))
    }

    /// The property without an `@<hash>` duplicate-output suffix.
    pub fn bare_property(&self) -> &str {
        self.property
            .split_once('@')
            .map_or(self.property.as_str(), |(prop, _)| prop)
    }
}

impl fmt::Display for Dependency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.id, self.property)
    }
}

/// The output string Dash keys a callback by: `id.prop` for a single output, and
/// `..a.b...c.d..` when the outputs were declared as a list (even a list of one).
pub fn output_string(outputs: &[Dependency], multi: bool) -> String {
    if !multi {
        if let [single] = outputs {
            return single.to_string();
        }
    }
    let items: Vec<String> = outputs.iter().map(ToString::to_string).collect();
    format!("..{}..", items.join("..."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_specs_are_rejected_with_a_reason() {
        for (spec, reason) in [
            ("", "empty"),
            ("year", "no `.`"),
            ("year.", "property"),
            (".value", "id"),
            ("year dropdown.value", "white space"),
        ] {
            let err = Dependency::parse(spec).unwrap_err();
            assert!(err.reason.contains(reason), "{spec}: {}", err.reason);
        }
    }

    #[test]
    fn output_strings_follow_dash() {
        let a = Dependency::new("out1", "children");
        let b = Dependency::new("out2", "children");
        assert_eq!(
            output_string(std::slice::from_ref(&a), false),
            "out1.children"
        );
        assert_eq!(
            output_string(std::slice::from_ref(&a), true),
            "..out1.children.."
        );
        assert_eq!(
            output_string(&[a, b], true),
            "..out1.children...out2.children.."
        );
    }
}
