//! The `"component-id.property"` strings callbacks are declared with.

/// Splits `"id.prop"` at the last `.` (as the renderer does), or says what is wrong with it.
///
/// ```
/// use dash_validation::spec::split_dependency;
/// assert_eq!(split_dependency("year-dropdown.value"), Ok(("year-dropdown", "value")));
/// assert!(split_dependency("year").unwrap_err().contains("no `.`"));
/// ```
pub fn split_dependency(spec: &str) -> Result<(&str, &str), String> {
    let fail = |reason: &str| {
        Err(format!(
            "`{spec}` is not a dependency: {reason}; write it as \"component-id.property\""
        ))
    };
    if spec.trim().is_empty() {
        return fail("it is empty");
    }
    if spec.chars().any(char::is_whitespace) {
        return fail("it contains white space");
    }
    let Some((id, property)) = spec.rsplit_once('.') else {
        return fail("it has no `.` between the id and the property");
    };
    if id.is_empty() {
        return fail("the component id before the `.` is empty");
    }
    if property.is_empty() {
        return fail("the property after the `.` is empty");
    }
    Ok((id, property))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_specs_are_rejected_with_a_reason() {
        for (spec, reason) in [
            ("", "empty"),
            ("year", "no `.`"),
            ("year.", "property after"),
            (".value", "id before"),
            ("year dropdown.value", "white space"),
        ] {
            let message = split_dependency(spec).unwrap_err();
            assert!(message.contains(reason), "{spec}: {message}");
        }
        assert_eq!(split_dependency("a.b.c"), Ok(("a.b", "c")));
    }
}
