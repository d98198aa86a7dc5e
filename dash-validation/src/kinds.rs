//! The kinds of JSON value a prop accepts, and a parameter can hold.

use std::fmt;

/// A set of JSON value kinds. `null` is left out: every prop may be unset, and the macros only
/// describe a parameter by what it holds when it is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Kinds(u8);

impl Kinds {
    /// A string.
    pub const STRING: Kinds = Kinds(1);
    /// A number.
    pub const NUMBER: Kinds = Kinds(2);
    /// `true` or `false`.
    pub const BOOL: Kinds = Kinds(4);
    /// A list.
    pub const LIST: Kinds = Kinds(8);
    /// An object.
    pub const OBJECT: Kinds = Kinds(16);
    /// Anything at all (no check is possible).
    pub const ANY: Kinds = Kinds(31);

    /// Parses the catalog's letters: `s`, `n`, `b`, `l`, `o`, or `*` for anything.
    ///
    /// ```
    /// use dash_validation::Kinds;
    /// assert_eq!(Kinds::from_letters("ns"), Kinds::NUMBER | Kinds::STRING);
    /// assert_eq!(Kinds::from_letters("*"), Kinds::ANY);
    /// ```
    pub fn from_letters(letters: &str) -> Kinds {
        letters.chars().fold(Kinds(0), |kinds, letter| {
            kinds
                | match letter {
                    's' => Kinds::STRING,
                    'n' => Kinds::NUMBER,
                    'b' => Kinds::BOOL,
                    'l' => Kinds::LIST,
                    'o' => Kinds::OBJECT,
                    _ => Kinds::ANY,
                }
        })
    }

    /// Whether a value of some kind in `self` can be a value of some kind in `other`.
    pub fn overlaps(self, other: Kinds) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether every kind is in the set.
    pub fn is_any(self) -> bool {
        self == Kinds::ANY
    }
}

impl std::ops::BitOr for Kinds {
    type Output = Kinds;
    fn bitor(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }
}

impl fmt::Display for Kinds {
    /// `a number`, `a string or a number`, `anything`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_any() {
            return f.write_str("anything");
        }
        let names = [
            (Kinds::STRING, "a string"),
            (Kinds::NUMBER, "a number"),
            (Kinds::BOOL, "a boolean"),
            (Kinds::LIST, "a list"),
            (Kinds::OBJECT, "an object"),
        ];
        let present: Vec<&str> = names
            .iter()
            .filter(|(kind, _)| self.overlaps(*kind))
            .map(|(_, name)| *name)
            .collect();
        match present.split_last() {
            None => f.write_str("nothing"),
            Some((last, [])) => f.write_str(last),
            Some((last, rest)) => write!(f, "{} or {last}", rest.join(", ")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_describe_themselves() {
        assert_eq!(Kinds::NUMBER.to_string(), "a number");
        assert_eq!(
            Kinds::from_letters("lns").to_string(),
            "a string, a number or a list"
        );
        assert!(!Kinds::NUMBER.overlaps(Kinds::STRING));
        assert!(Kinds::ANY.overlaps(Kinds::LIST));
    }
}
