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

/// Why a dependency string is not of the form `id.prop` (the message `#[callback]` gives too).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DependencyError {
    /// What is wrong, and how to write it.
    pub message: String,
}

impl fmt::Display for DependencyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
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
        dash_validation::spec::split_dependency(spec)
            .map(|(id, property)| Self::new(id, property))
            .map_err(|message| DependencyError { message })
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
