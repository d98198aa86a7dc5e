//! From metadata types to Rust types: scalars map to Rust scalars, `shape`/`exact` to structs,
//! `oneOf` and `oneOfType` to enums, `arrayOf` to `Vec`, `objectOf` to `BTreeMap`, free-form
//! values to `serde_json::Value`. Structurally equal types are defined once.

use crate::metadata::{Field, Literal, Type};
use crate::naming::{pascal_case, snake_case};
use std::collections::HashMap;

/// A Rust type as written in a setter or a field.
#[derive(Clone, Debug, PartialEq)]
pub enum RustType {
    /// `String`.
    String,
    /// The runtime's `Number` (integers stay integers on the wire).
    Number,
    /// `bool`.
    Bool,
    /// `serde_json::Value`.
    Json,
    /// The runtime's `Node`: components, text or numbers, as `children` holds them.
    Node,
    /// `Vec<T>`.
    Vec(Box<RustType>),
    /// `BTreeMap<String, T>`.
    Map(Box<RustType>),
    /// A type this module defines.
    Named(String),
}

impl RustType {
    /// The type as Rust source.
    pub fn text(&self) -> String {
        match self {
            RustType::String => "String".into(),
            RustType::Number => "Number".into(),
            RustType::Bool => "bool".into(),
            RustType::Json => "Value".into(),
            RustType::Node => "Node".into(),
            RustType::Vec(item) => format!("Vec<{}>", item.text()),
            RustType::Map(value) => format!("BTreeMap<String, {}>", value.text()),
            RustType::Named(name) => name.clone(),
        }
    }

    /// The variant name a union gives a member of this type.
    fn variant_name(&self) -> String {
        match self {
            RustType::String => "String".into(),
            RustType::Number => "Number".into(),
            RustType::Bool => "Bool".into(),
            RustType::Json => "Json".into(),
            RustType::Node => "Node".into(),
            RustType::Vec(_) => "List".into(),
            RustType::Map(_) => "Map".into(),
            RustType::Named(_) => "Object".into(),
        }
    }
}

/// A type the generated module defines.
#[derive(Debug)]
pub enum Definition {
    /// A struct, from a `shape` or `exact`.
    Struct {
        /// Its name.
        name: String,
        /// Where it is first used (`DataTable.columns[]`).
        path: String,
        /// Its members.
        fields: Vec<StructField>,
        /// Whether other keys are allowed (a `shape`): they go in a flattened map.
        open: bool,
    },
    /// An enum, from a `oneOf` or a `oneOfType`.
    Enum {
        /// Its name.
        name: String,
        /// Where it is first used.
        path: String,
        /// Its variants.
        variants: Vec<Variant>,
    },
}

/// A struct member.
#[derive(Debug)]
pub struct StructField {
    /// The key on the wire.
    pub wire: String,
    /// The Rust field name.
    pub rust: String,
    /// Its type (without the `Option` of optional fields).
    pub ty: RustType,
    /// The metadata type, for the docs.
    pub source: Type,
    /// Whether the object must have it.
    pub required: bool,
}

/// An enum variant.
#[derive(Debug)]
pub enum Variant {
    /// A unit variant standing for one literal value.
    Literal {
        /// The variant name.
        rust: String,
        /// The value on the wire.
        literal: Literal,
    },
    /// A variant wrapping a value of another type.
    Wrap {
        /// The variant name.
        rust: String,
        /// The wrapped type.
        ty: RustType,
    },
}

/// Plans the types of one package: call [`Planner::plan`] per prop, then take the definitions.
pub struct Planner<'a> {
    names: &'a [(&'a str, &'a str)],
    value_types: &'a [(&'a str, &'a str)],
    prefix: String,
    /// The definitions, in the order they were first needed.
    pub definitions: Vec<Definition>,
    /// Structure (the metadata type's debug text) → defined name.
    known: HashMap<String, String>,
    /// The paths of `names` that named a type.
    used: Vec<String>,
}

impl<'a> Planner<'a> {
    /// A planner using `names` for the types it defines at the paths listed, and the hand-made
    /// `value_types` (Rust type text) instead of planning the props they list (`Graph.figure`,
    /// or `*.persistence_type` for that prop of every component).
    pub fn new(names: &'a [(&'a str, &'a str)], value_types: &'a [(&'a str, &'a str)]) -> Self {
        Self {
            names,
            value_types,
            prefix: String::new(),
            definitions: Vec::new(),
            known: HashMap::new(),
            used: Vec::new(),
        }
    }

    /// The paths of the name and value-type tables that were never used: stale entries.
    pub fn unused_names(&self) -> Vec<&'a str> {
        self.names
            .iter()
            .chain(self.value_types)
            .map(|(path, _)| *path)
            .filter(|path| !self.used.iter().any(|used| used == path))
            .collect()
    }

    /// Sets the prefix of derived type names (the component's name, or nothing).
    pub fn set_prefix(&mut self, prefix: &str) {
        self.prefix = prefix.to_owned();
    }

    /// The Rust type of `ty`, found at `path`; `hint` names it when it needs a definition.
    pub fn plan(&mut self, ty: &Type, path: &str, hint: &str) -> RustType {
        if let Some(rust) = self.value_type(path) {
            return rust;
        }
        match ty {
            Type::String => RustType::String,
            Type::Number => RustType::Number,
            Type::Bool => RustType::Bool,
            Type::Any | Type::Object | Type::Array => RustType::Json,
            Type::Node | Type::Element => RustType::Node,
            Type::ArrayOf(item) => {
                let item_hint = singular(hint);
                RustType::Vec(Box::new(self.plan(item, &format!("{path}[]"), &item_hint)))
            }
            Type::ObjectOf(value) => RustType::Map(Box::new(self.plan(
                value,
                &format!("{path}{{}}"),
                &format!("{hint}Value"),
            ))),
            Type::Union(members) => self.union(ty, members, path, hint),
            Type::Shape { .. } | Type::Enum(_) => self.define(ty, path, hint),
        }
    }

    /// The hand-made type standing at `path`, if the value-type table has one.
    fn value_type(&mut self, path: &str) -> Option<RustType> {
        let (at, rust) = self.value_types.iter().find(|(at, _)| {
            *at == path
                || at
                    .strip_prefix("*.")
                    .is_some_and(|prop| path.split_once('.').is_some_and(|(_, rest)| rest == prop))
        })?;
        self.used.push((*at).to_owned());
        // A type given by its full path is imported and then named by its last segment.
        let name = rust.rsplit("::").next().unwrap_or(rust);
        Some(RustType::Named(name.to_owned()))
    }

    fn union(&mut self, ty: &Type, members: &[Type], path: &str, hint: &str) -> RustType {
        if let [only] = members {
            return self.plan(only, path, hint);
        }
        let name = path.rsplit('.').next().unwrap_or(path);
        if is_boolean_attribute(name, members) {
            return RustType::Bool;
        }
        // Something React renders also takes text and numbers: a node says it all.
        let renderable =
            |m: &Type| matches!(m, Type::Node | Type::Element | Type::String | Type::Number);
        if members
            .iter()
            .any(|m| matches!(m, Type::Node | Type::Element))
            && members.iter().all(renderable)
        {
            return RustType::Node;
        }
        // Free-form JSON among the alternatives (`object | array | string | ...`): JSON it is.
        if members
            .iter()
            .any(|m| matches!(m, Type::Any | Type::Object | Type::Array))
        {
            return RustType::Json;
        }
        // `string | number` reads best as what it is.
        let scalar = |m: &Type| match m {
            Type::String => Some("String"),
            Type::Number => Some("Number"),
            Type::Bool => Some("Bool"),
            _ => None,
        };
        if let Some(names) = members.iter().map(scalar).collect::<Option<Vec<_>>>() {
            return self.define_named(ty, path, &names.join("Or"));
        }
        self.define(ty, path, hint)
    }

    /// The named type for a shape, enum or union, defined on first sight.
    fn define(&mut self, ty: &Type, path: &str, hint: &str) -> RustType {
        // Members' hints start from their parent's name, which has the prefix already.
        let prefixed = if hint.starts_with(&self.prefix) {
            hint.to_owned()
        } else {
            format!("{}{hint}", self.prefix)
        };
        self.define_named(ty, path, &prefixed)
    }

    /// [`Self::define`] with the derived name given in full.
    fn define_named(&mut self, ty: &Type, path: &str, derived: &str) -> RustType {
        let structure = format!("{ty:?}");
        if let Some(name) = self.known.get(&structure) {
            return RustType::Named(name.clone());
        }
        let name = self.name_for(path, derived);
        self.known.insert(structure, name.clone());
        let index = self.definitions.len();
        // Reserve the slot first so the definitions read outside in.
        self.definitions.push(Definition::Enum {
            name: name.clone(),
            path: path.into(),
            variants: Vec::new(),
        });
        let definition = match ty {
            Type::Shape { fields, exact } => {
                let fields = fields
                    .iter()
                    .filter(|field| !is_alias(field, fields))
                    .map(|field| StructField {
                        rust: snake_case(&field.name),
                        ty: self.plan(
                            &field.ty,
                            &format!("{path}.{}", field.name),
                            &format!("{name}{}", pascal_case(&field.name)),
                        ),
                        wire: field.name.clone(),
                        source: field.ty.clone(),
                        required: field.required,
                    })
                    .collect();
                Definition::Struct {
                    name: name.clone(),
                    path: path.into(),
                    fields,
                    open: !exact,
                }
            }
            Type::Enum(literals) => Definition::Enum {
                name: name.clone(),
                path: path.into(),
                variants: literal_variants(literals),
            },
            Type::Union(members) => Definition::Enum {
                name: name.clone(),
                path: path.into(),
                variants: self.union_variants(members, path, &name),
            },
            _ => unreachable!("only shapes, enums and unions are defined"),
        };
        self.definitions[index] = definition;
        RustType::Named(name)
    }

    /// A union's variants: its enums' literals flattened in, each other member wrapped.
    fn union_variants(&mut self, members: &[Type], path: &str, name: &str) -> Vec<Variant> {
        let mut variants = Vec::new();
        for member in members {
            match member {
                Type::Enum(literals) => variants.extend(literal_variants(literals)),
                Type::Union(inner) => variants.extend(self.union_variants(inner, path, name)),
                _ => {
                    // `name` has the prefix already; `define` adds it again.
                    let stem = name.strip_prefix(self.prefix.as_str()).unwrap_or(name);
                    let ty = self.plan(member, &format!("{path}|"), &format!("{stem}Settings"));
                    variants.push(Variant::Wrap {
                        rust: ty.variant_name(),
                        ty,
                    });
                }
            }
        }
        dedupe_names(&mut variants);
        variants
    }

    fn name_for(&mut self, path: &str, derived: &str) -> String {
        if let Some((_, name)) = self.names.iter().find(|(at, _)| *at == path) {
            self.used.push(path.to_owned());
            return (*name).to_owned();
        }
        let base = derived.to_owned();
        let taken = |candidate: &str| {
            self.definitions.iter().any(|d| match d {
                Definition::Struct { name, .. } | Definition::Enum { name, .. } => {
                    name == candidate
                }
            })
        };
        let mut candidate = base.clone();
        let mut n = 2;
        while taken(&candidate) {
            candidate = format!("{base}{n}");
            n += 1;
        }
        candidate
    }
}

/// A camelCase member whose snake_case name is another member's (dbc's deprecated
/// `imgClassName` beside `img_class_name`): it would clash with that member's field, so it has
/// none; an open shape still takes it through `set`.
fn is_alias(field: &Field, fields: &[Field]) -> bool {
    let rust = snake_case(&field.name);
    rust != field.name && fields.iter().any(|other| other.name == rust)
}

fn literal_variants(literals: &[Literal]) -> Vec<Variant> {
    let mut variants: Vec<Variant> = literals
        .iter()
        .map(|literal| Variant::Literal {
            rust: match literal {
                Literal::Str(text) if pascal_case(text).is_empty() => "Empty".into(),
                // `'_self'` would make the keyword `Self`.
                Literal::Str(text) if pascal_case(text) == "Self" => "Self_".into(),
                Literal::Str(text) => pascal_case(text),
                Literal::Number(text) => format!("N{}", text.replace(['.', '-'], "_")),
                Literal::Bool(true) => "True".into(),
                Literal::Bool(false) => "False".into(),
                Literal::Null => "Null".into(),
            },
            literal: literal.clone(),
        })
        .collect();
    dedupe_names(&mut variants);
    variants
}

/// Numbers the later of variants that would share a name (`readonly`, `READONLY`).
fn dedupe_names(variants: &mut [Variant]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for variant in variants {
        let (Variant::Literal { rust, .. } | Variant::Wrap { rust, .. }) = variant;
        let count = seen.entry(rust.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            rust.push_str(&count.to_string());
        }
    }
}

/// HTML's boolean attributes: `true`/`false`, or the attribute's own name in any case
/// (`hidden`, `HIDDEN`) or the strings `"true"`/`"false"`, which mean the same. A `bool` says
/// it all.
fn is_boolean_attribute(name: &str, members: &[Type]) -> bool {
    let mut literals = Vec::new();
    let mut has_bool = false;
    for member in members {
        match member {
            Type::Bool => has_bool = true,
            Type::Enum(values) => literals.extend(values),
            _ => return false,
        }
    }
    has_bool
        && !literals.is_empty()
        && literals.iter().all(|literal| {
            matches!(literal, Literal::Str(text)
                if text.eq_ignore_ascii_case(name) || text == "true" || text == "false")
        })
}

/// The name of one item of a list named `plural`: `Columns` → `Column`, else `…Item`.
fn singular(plural: &str) -> String {
    match plural.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') && !stem.is_empty() => stem.to_owned(),
        _ => format!("{plural}Item"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn str_enum(values: &[&str]) -> Type {
        Type::Enum(values.iter().map(|v| Literal::Str((*v).into())).collect())
    }

    #[test]
    fn boolean_attributes_become_bool_whatever_their_spelling() {
        let mut planner = Planner::new(&[], &[]);
        let read_only = Type::Union(vec![
            Type::Bool,
            str_enum(&["readOnly"]),
            str_enum(&["readonly", "READONLY"]),
        ]);
        assert_eq!(
            planner.plan(&read_only, "Input.readOnly", "ReadOnly"),
            RustType::Bool
        );
        let spell_check = Type::Union(vec![Type::Bool, str_enum(&["true", "false"])]);
        assert_eq!(
            planner.plan(&spell_check, "Input.spellCheck", "SpellCheck"),
            RustType::Bool
        );
        // "inherit" is not a boolean: that one stays an enum.
        let editable = Type::Union(vec![Type::Bool, str_enum(&["true", "inherit"])]);
        let planned = planner.plan(&editable, "Div.contentEditable", "ContentEditable");
        assert!(matches!(planned, RustType::Named(_)), "{planned:?}");
    }

    #[test]
    fn text_or_components_is_a_node_and_free_form_alternatives_are_json() {
        let mut planner = Planner::new(&[], &[]);
        let label = Type::Union(vec![Type::String, Type::Node]);
        assert_eq!(planner.plan(&label, "Tab.label", "Label"), RustType::Node);
        let data = Type::Union(vec![Type::Object, Type::Number, Type::String]);
        assert_eq!(planner.plan(&data, "Store.data", "Data"), RustType::Json);
        assert!(planner.definitions.is_empty());
    }

    #[test]
    fn value_types_replace_planning_by_path_or_for_every_component() {
        let values = [
            ("Graph.figure", "Figure"),
            ("*.style", "crate::component::Style"),
        ];
        let mut planner = Planner::new(&[], &values);
        assert_eq!(
            planner.plan(&Type::Object, "Graph.figure", "Figure"),
            RustType::Named("Figure".into())
        );
        assert_eq!(
            planner.plan(&Type::Object, "Tabs.style", "Style"),
            RustType::Named("Style".into())
        );
        assert_eq!(
            planner.plan(&Type::Object, "Graph.config", "Config"),
            RustType::Json
        );
        assert!(planner.unused_names().is_empty());
        let mut unused = Planner::new(&[], &values);
        unused.plan(&Type::Object, "Graph.figure", "Figure");
        assert_eq!(unused.unused_names(), ["*.style"]);
    }

    #[test]
    fn nested_types_are_prefixed_once() {
        let mut planner = Planner::new(&[], &[]);
        planner.set_prefix("Graph");
        let config = Type::Shape {
            fields: vec![crate::metadata::Field {
                name: "edits".into(),
                ty: Type::Shape {
                    fields: vec![crate::metadata::Field {
                        name: "titleText".into(),
                        ty: Type::Bool,
                        required: false,
                    }],
                    exact: true,
                },
                required: false,
            }],
            exact: true,
        };
        planner.plan(&config, "Graph.config", "Config");
        let names: Vec<&str> = planner
            .definitions
            .iter()
            .map(|d| match d {
                Definition::Struct { name, .. } | Definition::Enum { name, .. } => name.as_str(),
            })
            .collect();
        assert_eq!(names, ["GraphConfig", "GraphConfigEdits"]);
    }
}
