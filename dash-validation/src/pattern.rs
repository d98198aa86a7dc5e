//! Pattern-matching ids (`{"type": "item", "index": MATCH}`) in their wire form, and the rules
//! Dash applies to the wildcards of one callback.
//!
//! On the wire a dependency on a pattern id is the id stringified as Dash does it (protocol
//! §4.3): keys sorted, no spaces, wildcards as one-element lists, e.g.
//! `{"index":["MATCH"],"type":"item"}`. The macros write that form at compile time and the
//! runtime sends it verbatim, so both only need the small flat-object grammar below.

use std::fmt;

/// A wildcard in a pattern id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Wildcard {
    /// The component whose change triggered the call, and its siblings with the same value.
    Match,
    /// Every component whose id has these keys: its values arrive as a list.
    All,
    /// Every component whose value on this key is smaller than the triggering one's.
    AllSmaller,
}

impl Wildcard {
    /// The name Dash writes: `MATCH`, `ALL`, `ALLSMALLER`.
    pub fn name(self) -> &'static str {
        match self {
            Wildcard::Match => "MATCH",
            Wildcard::All => "ALL",
            Wildcard::AllSmaller => "ALLSMALLER",
        }
    }

    /// The wildcard called `name`, if any.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "MATCH" => Some(Wildcard::Match),
            "ALL" => Some(Wildcard::All),
            "ALLSMALLER" => Some(Wildcard::AllSmaller),
            _ => None,
        }
    }

    /// Whether the dependency's values arrive as a list (ALL and ALLSMALLER).
    pub fn is_list(self) -> bool {
        !matches!(self, Wildcard::Match)
    }
}

/// The value of one key of a pattern id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PatternValue {
    /// A string, e.g. `"item"`.
    Str(String),
    /// A whole number, e.g. `3` (Dash ids keep numbers integral so that Python and JS agree).
    Int(i64),
    /// `true` or `false`.
    Bool(bool),
    /// A wildcard.
    Wildcard(Wildcard),
}

impl fmt::Display for PatternValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PatternValue::Str(text) => write_json_string(f, text),
            PatternValue::Int(number) => write!(f, "{number}"),
            PatternValue::Bool(flag) => write!(f, "{flag}"),
            PatternValue::Wildcard(wildcard) => write!(f, "[\"{}\"]", wildcard.name()),
        }
    }
}

fn write_json_string(f: &mut impl fmt::Write, text: &str) -> fmt::Result {
    f.write_char('"')?;
    for c in text.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c if (c as u32) < 0x20 => write!(f, "\\u{:04x}", c as u32)?,
            c => f.write_char(c)?,
        }
    }
    f.write_char('"')
}

/// A pattern id: its keys and values, as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct PatternId {
    /// The entries; [`PatternId::stringify`] sorts them by key.
    pub entries: Vec<(String, PatternValue)>,
}

impl PatternId {
    /// Dash's string form: keys sorted, compact.
    ///
    /// ```
    /// use dash_validation::pattern::{PatternId, PatternValue, Wildcard};
    /// let id = PatternId {
    ///     entries: vec![
    ///         ("type".into(), PatternValue::Str("item".into())),
    ///         ("index".into(), PatternValue::Wildcard(Wildcard::Match)),
    ///     ],
    /// };
    /// assert_eq!(id.stringify(), r#"{"index":["MATCH"],"type":"item"}"#);
    /// ```
    pub fn stringify(&self) -> String {
        let mut entries: Vec<&(String, PatternValue)> = self.entries.iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let mut out = String::from("{");
        for (i, (key, value)) in entries.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            // Writing to a String cannot fail.
            let _ = write_json_string(&mut out, key);
            out.push(':');
            out.push_str(&value.to_string());
        }
        out.push('}');
        out
    }

    /// Reads the string form back (any key order, optional spaces); `None` when `text` is not a
    /// flat JSON object of strings, integers, booleans and wildcards.
    pub fn parse(text: &str) -> Option<PatternId> {
        let mut reader = Reader { rest: text.trim() };
        reader.eat('{')?;
        let mut entries = Vec::new();
        if !reader.eat_if('}') {
            loop {
                let key = reader.string()?;
                reader.eat(':')?;
                entries.push((key, reader.value()?));
                if reader.eat_if('}') {
                    break;
                }
                reader.eat(',')?;
            }
        }
        reader
            .rest
            .trim()
            .is_empty()
            .then_some(PatternId { entries })
    }

    /// The keys holding `wildcard`, sorted.
    pub fn keys_with(&self, wildcard: Wildcard) -> Vec<&str> {
        let mut keys: Vec<&str> = self
            .entries
            .iter()
            .filter(|(_, value)| *value == PatternValue::Wildcard(wildcard))
            .map(|(key, _)| key.as_str())
            .collect();
        keys.sort_unstable();
        keys
    }

    /// The first wildcard that makes values arrive as a list (ALL, ALLSMALLER), if any.
    pub fn list_wildcard(&self) -> Option<Wildcard> {
        self.entries.iter().find_map(|(_, value)| match value {
            PatternValue::Wildcard(wildcard) if wildcard.is_list() => Some(*wildcard),
            _ => None,
        })
    }
}

struct Reader<'a> {
    rest: &'a str,
}

impl Reader<'_> {
    fn eat_if(&mut self, c: char) -> bool {
        self.rest = self.rest.trim_start();
        match self.rest.strip_prefix(c) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn eat(&mut self, c: char) -> Option<()> {
        self.eat_if(c).then_some(())
    }

    fn string(&mut self) -> Option<String> {
        self.eat('"')?;
        let mut out = String::new();
        let mut chars = self.rest.char_indices();
        while let Some((at, c)) = chars.next() {
            match c {
                '"' => {
                    self.rest = &self.rest[at + 1..];
                    return Some(out);
                }
                '\\' => match chars.next()?.1 {
                    'n' => out.push('\n'),
                    'r' => out.push('\r'),
                    't' => out.push('\t'),
                    'u' => {
                        let hex: String =
                            (0..4).filter_map(|_| chars.next()).map(|p| p.1).collect();
                        out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                    }
                    other => out.push(other),
                },
                c => out.push(c),
            }
        }
        None
    }

    fn value(&mut self) -> Option<PatternValue> {
        self.rest = self.rest.trim_start();
        if self.rest.starts_with('"') {
            return self.string().map(PatternValue::Str);
        }
        if self.eat_if('[') {
            let name = self.string()?;
            self.eat(']')?;
            return Wildcard::from_name(&name).map(PatternValue::Wildcard);
        }
        for (word, flag) in [("true", true), ("false", false)] {
            if let Some(rest) = self.rest.strip_prefix(word) {
                self.rest = rest;
                return Some(PatternValue::Bool(flag));
            }
        }
        let end = self
            .rest
            .find(|c: char| !(c.is_ascii_digit() || c == '-'))
            .unwrap_or(self.rest.len());
        let number = self.rest[..end].parse().ok()?;
        self.rest = &self.rest[end..];
        Some(PatternValue::Int(number))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stringified_ids_parse_back() {
        let text = r#"{"index":["ALLSMALLER"],"n":-3,"on":true,"type":"a \"b\""}"#;
        let id = PatternId::parse(text).unwrap();
        assert_eq!(id.stringify(), text);
        assert_eq!(id.keys_with(Wildcard::AllSmaller), ["index"]);
        assert_eq!(id.list_wildcard(), Some(Wildcard::AllSmaller));
    }

    #[test]
    fn keys_are_sorted_and_spaces_dropped() {
        let id = PatternId::parse(r#"{ "type": "x", "index": ["MATCH"] }"#).unwrap();
        assert_eq!(id.stringify(), r#"{"index":["MATCH"],"type":"x"}"#);
    }

    #[test]
    fn other_json_is_not_a_pattern_id() {
        for text in [
            "plain",
            r#"{"a":1.5}"#,
            r#"{"a":["ANY"]}"#,
            r#"{"a":{}}"#,
            "{",
        ] {
            assert_eq!(PatternId::parse(text), None, "{text}");
        }
    }
}
