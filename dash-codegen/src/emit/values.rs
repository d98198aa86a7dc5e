//! The value types of a generated module: structs for shapes, enums for fixed values and
//! unions, each with `Serialize` and `Deserialize` as the wire has them.

use super::{capitalise, describe, wrap};
use crate::metadata::{Literal, Type};
use crate::types::{Definition, RustType, Variant};
use std::fmt::Write;

/// A struct for a shape, with a builder-style setter per optional member.
pub(super) fn structure(definition: &Definition, definitions: &[Definition]) -> String {
    let Definition::Struct {
        name,
        path,
        fields,
        open,
    } = definition
    else {
        return String::new();
    };
    let mut out = String::new();
    let _ = writeln!(out, "/// `{path}`: an object with the members below.");
    if *open {
        out.push_str("///\n/// Other keys are allowed too: they go in `extra`.\n");
    }
    let all_optional = fields.iter().all(|f| !f.required);
    let default = if all_optional { "Default, " } else { "" };
    let _ = writeln!(
        out,
        "#[derive(Clone, Debug, {default}PartialEq, serde::Serialize, serde::Deserialize)]"
    );
    let _ = writeln!(out, "pub struct {name} {{");
    for field in fields {
        let mut doc = format!(
            "`{}`: {}",
            field.wire,
            describe(&field.ty, &field.source, definitions)
        );
        if field.required {
            doc.push_str("; required");
        }
        doc.push('.');
        for line in wrap(&doc, 92) {
            let _ = writeln!(out, "    /// {line}");
        }
        if field.rust != field.wire {
            let _ = writeln!(out, "    #[serde(rename = {:?})]", field.wire);
        }
        if field.required {
            let _ = writeln!(out, "    pub {}: {},", field.rust, field.ty.text());
        } else {
            out.push_str("    #[serde(skip_serializing_if = \"Option::is_none\")]\n");
            let _ = writeln!(out, "    pub {}: Option<{}>,", field.rust, field.ty.text());
        }
    }
    if *open {
        out.push_str("    /// Other keys, sent as they are.\n    #[serde(flatten)]\n");
        out.push_str("    pub extra: serde_json::Map<String, Value>,\n");
    }
    out.push_str("}\n\n");

    let _ = writeln!(out, "impl {name} {{");
    let required: Vec<_> = fields.iter().filter(|f| f.required).collect();
    if required.is_empty() {
        let _ = writeln!(out, "    /// A `{name}` with no member set.");
    } else {
        let names: Vec<String> = required.iter().map(|f| format!("`{}`", f.wire)).collect();
        let _ = writeln!(
            out,
            "    /// A `{name}` with its required {} set.",
            names.join(", ")
        );
    }
    let parameters: Vec<String> = required
        .iter()
        .map(|f| format!("{}: impl Into<{}>", f.rust, f.ty.text()))
        .collect();
    let _ = writeln!(out, "    pub fn new({}) -> Self {{", parameters.join(", "));
    out.push_str("        Self {\n");
    for field in fields {
        if field.required {
            let _ = writeln!(out, "            {0}: {0}.into(),", field.rust);
        } else {
            let _ = writeln!(out, "            {}: None,", field.rust);
        }
    }
    if *open {
        out.push_str("            extra: serde_json::Map::new(),\n");
    }
    out.push_str("        }\n    }\n");
    for field in fields.iter().filter(|f| !f.required) {
        let _ = writeln!(out, "\n    /// Sets `{}`.", field.wire);
        let signature = format!(
            "    pub fn {}(mut self, value: impl Into<{}>) -> Self {{",
            field.rust,
            field.ty.text()
        );
        if signature.len() <= 100 {
            let _ = writeln!(out, "{signature}");
        } else {
            let _ = writeln!(
                out,
                "    pub fn {}(\n        mut self,\n        value: impl Into<{}>,\n    ) -> Self {{",
                field.rust,
                field.ty.text()
            );
        }
        let _ = writeln!(
            out,
            "        self.{} = Some(value.into());\n        self\n    }}",
            field.rust
        );
    }
    if *open {
        out.push_str(
            "\n    /// Sets another key, such as a CSS property of a conditional style.\n    \
             pub fn set(mut self, key: impl Into<String>, value: impl Serialize) -> Self {\n        \
             let value = serde_json::to_value(value).unwrap_or(Value::Null);\n        \
             self.extra.insert(key.into(), value);\n        \
             self\n    }\n",
        );
    }
    out.push_str("}\n");
    out
}

/// An enum for fixed values or a union, with its conversions.
pub(super) fn enumeration(definition: &Definition, definitions: &[Definition]) -> String {
    let Definition::Enum {
        name,
        path,
        variants,
    } = definition
    else {
        return String::new();
    };
    let mut out = String::new();
    let literal_only = variants
        .iter()
        .all(|v| matches!(v, Variant::Literal { .. }));
    if literal_only {
        let _ = writeln!(out, "/// `{path}`: one of a fixed set of values.");
    } else {
        let _ = writeln!(out, "/// `{path}`: one of several kinds of value.");
    }
    if literal_only {
        out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n");
    } else {
        out.push_str("#[derive(Clone, Debug, PartialEq)]\n");
    }
    let _ = writeln!(out, "pub enum {name} {{");
    for variant in variants {
        match variant {
            Variant::Literal { rust, literal } => {
                let _ = writeln!(out, "    /// `{}`.", json(literal));
                let _ = writeln!(out, "    {rust},");
            }
            Variant::Wrap { rust, ty } => {
                let what = capitalise(&describe(ty, &Type::Any, definitions));
                let _ = writeln!(out, "    /// {what}.");
                let _ = writeln!(out, "    {rust}({}),", ty.text());
            }
        }
    }
    out.push_str("}\n\n");
    let _ = writeln!(out, "impl Serialize for {name} {{");
    out.push_str(
        "    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {\n        match self {\n",
    );
    for variant in variants {
        let _ = match variant {
            Variant::Literal { rust, literal } => {
                writeln!(
                    out,
                    "            Self::{rust} => {},",
                    serialize_literal(literal)
                )
            }
            Variant::Wrap { rust, .. } => {
                writeln!(
                    out,
                    "            Self::{rust}(value) => value.serialize(serializer),"
                )
            }
        };
    }
    out.push_str("        }\n    }\n}\n");
    out.push_str(&deserialize_enum(name, variants));
    if literal_only {
        out.push_str(&literal_helpers(name, variants));
    }
    for variant in variants {
        let Variant::Wrap { rust, ty } = variant else {
            continue;
        };
        let text = ty.text();
        let _ = writeln!(
            out,
            "\nimpl From<{text}> for {name} {{\n    fn from(value: {text}) -> Self {{\n        Self::{rust}(value)\n    }}\n}}"
        );
        let conversions: &[(&str, &str)] = match ty {
            RustType::String => &[("&str", "value.to_owned()")],
            RustType::Number => &[
                ("i32", "value.into()"),
                ("i64", "value.into()"),
                ("u32", "value.into()"),
                ("usize", "value.into()"),
                ("f64", "value.into()"),
            ],
            _ => &[],
        };
        for (from, convert) in conversions {
            let _ = writeln!(
                out,
                "\nimpl From<{from}> for {name} {{\n    fn from(value: {from}) -> Self {{\n        Self::{rust}({convert})\n    }}\n}}"
            );
        }
    }
    out
}

/// `Deserialize` for an enum: the literals first, then each wrapped type in turn, as the
/// renderer's values are tried against a union's members.
fn deserialize_enum(name: &str, variants: &[Variant]) -> String {
    let mut out = format!(
        "\nimpl<'de> Deserialize<'de> for {name} {{\n    \
         fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {{\n        \
         let value = Value::deserialize(deserializer)?;\n"
    );
    let literals: Vec<(&String, &Literal)> = variants
        .iter()
        .filter_map(|v| match v {
            Variant::Literal { rust, literal } => Some((rust, literal)),
            Variant::Wrap { .. } => None,
        })
        .collect();
    if let [(rust, literal)] = literals.as_slice() {
        // One literal: clippy prefers an `if` to a one-armed `match`.
        let condition = match literal {
            Literal::Str(text) => format!("value.as_str() == Some({text:?})"),
            Literal::Number(text) => {
                format!("value.as_number().is_some_and(|n| n.to_string() == {text:?})")
            }
            Literal::Bool(b) => format!("value.as_bool() == Some({b})"),
            Literal::Null => "value.is_null()".into(),
        };
        let _ = writeln!(
            out,
            "        if {condition} {{\n            return Ok(Self::{rust});\n        }}"
        );
    } else if !literals.is_empty() {
        out.push_str("        match &value {\n");
        for (rust, literal) in literals {
            let pattern = match literal {
                Literal::Str(text) => format!("Value::String(text) if text == {text:?}"),
                Literal::Number(text) => {
                    format!("Value::Number(number) if number.to_string() == {text:?}")
                }
                Literal::Bool(value) => format!("Value::Bool({value})"),
                Literal::Null => "Value::Null".into(),
            };
            let arm = format!("            {pattern} => return Ok(Self::{rust}),");
            if arm.len() <= 100 {
                let _ = writeln!(out, "{arm}");
            } else {
                let _ = writeln!(
                    out,
                    "            {pattern} => {{\n                return Ok(Self::{rust});\n            }}"
                );
            }
        }
        out.push_str("            _ => {}\n        }\n");
    }
    for variant in variants {
        if let Variant::Wrap { rust, .. } = variant {
            let _ = writeln!(
                out,
                "        if let Ok(value) = serde_json::from_value(value.clone()) {{\n            \
                 return Ok(Self::{rust}(value));\n        }}"
            );
        }
    }
    let _ = write!(
        out,
        "        let message = format!(\"{{value}} is not a valid `{name}`\");\n        \
         Err(D::Error::custom(message))"
    );
    out.push_str("\n    }\n}\n");
    out
}

/// `ALL`, and for enums of strings `as_str` and `Display`.
fn literal_helpers(name: &str, variants: &[Variant]) -> String {
    let names: Vec<&str> = variants
        .iter()
        .filter_map(|v| match v {
            Variant::Literal { rust, .. } => Some(rust.as_str()),
            Variant::Wrap { .. } => None,
        })
        .collect();
    let mut out = format!("\nimpl {name} {{\n");
    out.push_str("    /// Every value, in the order Dash's metadata lists them.\n");
    let all: Vec<String> = names.iter().map(|n| format!("Self::{n}")).collect();
    let one_line = format!(
        "    pub const ALL: &'static [Self] = &[{}];",
        all.join(", ")
    );
    if one_line.len() <= 100 {
        out.push_str(&one_line);
        out.push('\n');
    } else {
        out.push_str("    pub const ALL: &'static [Self] = &[\n");
        for variant in &all {
            let _ = writeln!(out, "        {variant},");
        }
        out.push_str("    ];\n");
    }
    let strings: Option<Vec<(&String, &String)>> = variants
        .iter()
        .map(|v| match v {
            Variant::Literal {
                rust,
                literal: Literal::Str(text),
            } => Some((rust, text)),
            _ => None,
        })
        .collect();
    let Some(strings) = strings else {
        out.push_str("}\n");
        let has = |value: bool| {
            variants.iter().any(
                |v| matches!(v, Variant::Literal { literal: Literal::Bool(b), .. } if *b == value),
            )
        };
        if has(true) && has(false) {
            let _ = writeln!(
                out,
                "\nimpl From<bool> for {name} {{\n    fn from(value: bool) -> Self {{\n        \
                 if value {{\n            Self::True\n        }} else {{\n            Self::False\n        }}\n    }}\n}}"
            );
        }
        return out;
    };
    out.push_str("\n    /// The string Dash expects on the wire.\n");
    out.push_str("    pub const fn as_str(self) -> &'static str {\n        match self {\n");
    for (rust, text) in strings {
        let _ = writeln!(out, "            Self::{rust} => {text:?},");
    }
    out.push_str("        }\n    }\n}\n");
    let _ = writeln!(
        out,
        "\nimpl std::fmt::Display for {name} {{\n    \
         fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        \
         f.write_str(self.as_str())\n    }}\n}}"
    );
    out
}

fn serialize_literal(literal: &Literal) -> String {
    match literal {
        Literal::Str(text) => format!("serializer.serialize_str({text:?})"),
        Literal::Number(text) if text.parse::<i64>().is_ok() => {
            format!("serializer.serialize_i64({text})")
        }
        Literal::Number(text) => format!("serializer.serialize_f64({text})"),
        Literal::Bool(value) => format!("serializer.serialize_bool({value})"),
        Literal::Null => "serializer.serialize_unit()".into(),
    }
}

/// A literal as JSON text: `"asc"`, `false`, `null`, `3`.
pub(super) fn json(literal: &Literal) -> String {
    match literal {
        Literal::Str(text) => format!("{text:?}"),
        Literal::Number(text) => text.clone(),
        Literal::Bool(value) => value.to_string(),
        Literal::Null => "null".into(),
    }
}
