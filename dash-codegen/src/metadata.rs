//! Dash's component metadata (react-docgen's output, as shipped in the Python wheel), read into
//! a typed tree, and reduced to what the generator needs: names, types, defaults and whether a
//! prop is required. Descriptions are dropped on extraction, so none can reach our code.

use serde_json::{Map, Value};
use std::path::Path;

/// One component: its Python class name and its props in metadata order.
#[derive(Clone, Debug)]
pub struct Component {
    /// The Python class (and JS type) name: the source file's stem (`Graph.react.js` → `Graph`).
    pub name: String,
    /// Its props, `setProps` excluded (the renderer's callback, never on the wire).
    pub props: Vec<Prop>,
}

/// One prop of a component.
#[derive(Clone, Debug)]
pub struct Prop {
    /// The wire name, exactly as Dash spells it.
    pub name: String,
    /// What it accepts.
    pub ty: Type,
    /// Whether Dash requires it.
    pub required: bool,
    /// The default, as JavaScript source text (`'native'`, `250`, `{}`), when the metadata has one.
    pub default: Option<String>,
}

/// A react-docgen type.
#[derive(Clone, Debug, PartialEq)]
pub enum Type {
    /// `string`.
    String,
    /// `number`.
    Number,
    /// `bool`.
    Bool,
    /// `any`, `func`, TypeScript literals: free-form JSON.
    Any,
    /// `object`: a free-form JSON object.
    Object,
    /// `array`: a list of anything.
    Array,
    /// `node`: something React renders (components, text, numbers, lists of them).
    Node,
    /// `element`: one component.
    Element,
    /// `arrayOf(T)`.
    ArrayOf(Box<Type>),
    /// `objectOf(T)`.
    ObjectOf(Box<Type>),
    /// `shape` (other keys allowed) or `exact` (only these): an object with named members.
    Shape {
        /// The members, in metadata order.
        fields: Vec<Field>,
        /// Whether the members are all the object may hold.
        exact: bool,
    },
    /// `oneOfType`.
    Union(Vec<Type>),
    /// `oneOf`: a fixed set of literal values.
    Enum(Vec<Literal>),
}

/// A member of a shape.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// The member's key, as on the wire.
    pub name: String,
    /// What it accepts.
    pub ty: Type,
    /// Whether the shape requires it.
    pub required: bool,
}

/// One allowed value of an enum.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    /// A string.
    Str(String),
    /// A number, as written.
    Number(String),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
}

/// Reads a metadata file (the wheel's or a reduced one: they share the format).
pub fn load(path: &Path) -> Result<Vec<Component>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses metadata text into components sorted by name.
pub fn parse(text: &str) -> Result<Vec<Component>, String> {
    let metadata: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let Value::Object(entries) = metadata else {
        return Err("metadata is not an object".into());
    };
    let mut components = Vec::new();
    for (source, component) in &entries {
        let props = component
            .get("props")
            .and_then(Value::as_object)
            .ok_or_else(|| format!("{source}: no props"))?;
        let props = props
            .iter()
            .filter(|(name, _)| *name != "setProps")
            .map(|(name, prop)| {
                Ok(Prop {
                    name: name.clone(),
                    ty: parse_type(prop.get("type").unwrap_or(&Value::Null))
                        .map_err(|e| format!("{source}.{name}: {e}"))?,
                    required: prop.get("required").and_then(Value::as_bool) == Some(true),
                    default: prop
                        .pointer("/defaultValue/value")
                        .and_then(Value::as_str)
                        .map(str::to_owned),
                })
            })
            .collect::<Result<_, String>>()?;
        components.push(Component {
            name: class_name(source),
            props,
        });
    }
    components.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(components)
}

/// The Python class of a source path: `src/components/Graph.react.js` → `Graph`.
fn class_name(source: &str) -> String {
    let file = source.rsplit('/').next().unwrap_or(source);
    file.split('.').next().unwrap_or(file).to_owned()
}

fn parse_type(ty: &Value) -> Result<Type, String> {
    let name = ty.get("name").and_then(Value::as_str).unwrap_or("any");
    let value = ty.get("value");
    Ok(match name {
        "string" => Type::String,
        "number" => Type::Number,
        "bool" => Type::Bool,
        "object" => Type::Object,
        "array" => Type::Array,
        "node" => Type::Node,
        "element" => Type::Element,
        "arrayOf" => Type::ArrayOf(Box::new(parse_type(value.unwrap_or(&Value::Null))?)),
        "objectOf" => Type::ObjectOf(Box::new(parse_type(value.unwrap_or(&Value::Null))?)),
        "shape" | "exact" => {
            let members = value
                .and_then(Value::as_object)
                .ok_or("shape without members")?;
            let fields = members
                .iter()
                .map(|(name, member)| {
                    Ok(Field {
                        name: name.clone(),
                        ty: parse_type(member)?,
                        required: member.get("required").and_then(Value::as_bool) == Some(true),
                    })
                })
                .collect::<Result<_, String>>()?;
            Type::Shape {
                fields,
                exact: name == "exact",
            }
        }
        "union" => {
            let members = value
                .and_then(Value::as_array)
                .ok_or("union without members")?;
            Type::Union(members.iter().map(parse_type).collect::<Result<_, _>>()?)
        }
        "enum" => {
            let options = value
                .and_then(Value::as_array)
                .ok_or("enum without values")?;
            // TypeScript's `| undefined` shows as an entry without a value: it only says the
            // prop is optional.
            let literals: Vec<Literal> = options
                .iter()
                .filter_map(|option| option.get("value"))
                .map(literal)
                .collect::<Result<_, _>>()?;
            if literals.is_empty() {
                Type::Any
            } else {
                Type::Enum(literals)
            }
        }
        _ => Type::Any,
    })
}

/// An enum value: JavaScript source text (`'single'`, `false`, `null`, `3`) or, from
/// TypeScript components, a JSON number.
fn literal(value: &Value) -> Result<Literal, String> {
    if let Value::Number(n) = value {
        return Ok(Literal::Number(n.to_string()));
    }
    let text = value
        .as_str()
        .ok_or_else(|| format!("odd enum value {value}"))?;
    let quoted = |q: char| text.len() >= 2 && text.starts_with(q) && text.ends_with(q);
    Ok(match text {
        "true" => Literal::Bool(true),
        "false" => Literal::Bool(false),
        "null" => Literal::Null,
        _ if quoted('\'') || quoted('"') => Literal::Str(text[1..text.len() - 1].to_owned()),
        _ if text.parse::<f64>().is_ok() => Literal::Number(text.to_owned()),
        _ => return Err(format!("odd enum value {text}")),
    })
}

/// The reduced form of a wheel's metadata: per component (keyed by its source path, as in the
/// wheel) only each prop's type tree, `required` and default; descriptions and TypeScript
/// source text are dropped.
pub fn reduce(text: &str) -> Result<String, String> {
    let metadata: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let Value::Object(entries) = metadata else {
        return Err("metadata is not an object".into());
    };
    let mut sorted: Vec<(&String, &Value)> = entries.iter().collect();
    sorted.sort_by_key(|(source, _)| class_name(source));
    let mut reduced = Map::new();
    for (source, component) in sorted {
        let mut props = Map::new();
        for (name, prop) in component
            .get("props")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let mut kept = Map::new();
            kept.insert(
                "type".into(),
                strip(prop.get("type").unwrap_or(&Value::Null)),
            );
            if let Some(required) = prop.get("required") {
                kept.insert("required".into(), required.clone());
            }
            if let Some(default) = prop.pointer("/defaultValue/value") {
                let mut value = Map::new();
                value.insert("value".into(), default.clone());
                kept.insert("defaultValue".into(), Value::Object(value));
            }
            props.insert(name.clone(), Value::Object(kept));
        }
        let mut kept = Map::new();
        kept.insert("props".into(), Value::Object(props));
        reduced.insert(source.clone(), Value::Object(kept));
    }
    let mut out =
        serde_json::to_string_pretty(&Value::Object(reduced)).map_err(|e| e.to_string())?;
    out.push('\n');
    Ok(out)
}

/// A type tree without prose: only `name`, `value` (recursively) and `required` survive.
fn strip(ty: &Value) -> Value {
    let mut kept = Map::new();
    let name = ty.get("name").and_then(Value::as_str).unwrap_or("any");
    kept.insert("name".into(), Value::String(name.into()));
    let value = ty.get("value");
    let stripped = match (name, value) {
        ("shape" | "exact", Some(Value::Object(members))) => Some(Value::Object(
            members.iter().map(|(k, v)| (k.clone(), strip(v))).collect(),
        )),
        ("union", Some(Value::Array(members))) => {
            Some(Value::Array(members.iter().map(strip).collect()))
        }
        ("arrayOf" | "objectOf", Some(member)) => Some(strip(member)),
        ("enum", Some(Value::Array(options))) => Some(Value::Array(
            options
                .iter()
                .filter_map(|option| option.get("value"))
                .map(|value| {
                    let mut entry = Map::new();
                    entry.insert("value".into(), value.clone());
                    Value::Object(entry)
                })
                .collect(),
        )),
        (_, Some(value @ (Value::String(_) | Value::Number(_)))) => Some(value.clone()),
        _ => None,
    };
    if let Some(value) = stripped {
        kept.insert("value".into(), value);
    }
    if let Some(required) = ty.get("required") {
        kept.insert("required".into(), required.clone());
    }
    Value::Object(kept)
}
