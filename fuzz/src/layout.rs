//! Layout trees built from arbitrary bytes with the builder API, serialised as `/_dash-layout`
//! sends them, parsed back and checked against a model built alongside.
//!
//! Shared by the `layout_tree` fuzz target and the workspace's regression test, which replays
//! `fuzz/regressions/layout_tree/` through [`check`].

use dash_runtime::component::{Builder, Component, ComponentId, IntoComponent};
use dash_runtime::protocol::json::to_json;
use dash_runtime::{dcc, html};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Reads the fuzzer's bytes as a stream of small decisions; past the end every read is 0.
struct Bytes<'a> {
    data: &'a [u8],
}

/// Text that has broken HTML or JSON embedding elsewhere.
const HOSTILE: [&str; 8] = [
    "</script>",
    "<!--",
    "\u{2028}",
    "\u{2029}",
    "\"\\/",
    "{\"index\":1}",
    "",
    "\u{0}",
];

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let Some((&first, rest)) = self.data.split_first() else {
            return 0;
        };
        self.data = rest;
        first
    }

    fn text(&mut self) -> String {
        let choice = self.byte();
        if choice < 64 {
            return HOSTILE[usize::from(choice) % HOSTILE.len()].to_owned();
        }
        let len = usize::from(self.byte() % 24).min(self.data.len());
        let (taken, rest) = self.data.split_at(len);
        self.data = rest;
        String::from_utf8_lossy(taken).into_owned()
    }

    fn number(&mut self) -> f64 {
        let bits = (0..8).fold(0u64, |bits, _| bits << 8 | u64::from(self.byte()));
        f64::from_bits(bits)
    }

    /// A JSON scalar: the kinds a prop or pattern-id value can be.
    fn scalar(&mut self) -> Value {
        match self.byte() % 5 {
            0 => Value::Null,
            1 => Value::Bool(self.byte() % 2 == 0),
            2 => Value::from(i64::from(self.byte() as i8) * 1_000_003),
            // NaN and the infinities become `null`, as serde_json (and Dash) send them.
            3 => serde_json::json!(self.number()),
            _ => Value::String(self.text()),
        }
    }
}

/// The expected `children` after appending `pushed` to `current`: a lone non-list child stays
/// a scalar, anything more becomes a list. A `null` is no children.
fn appended(current: Option<Value>, pushed: Value, pushed_is_list: bool) -> Value {
    let pushed_values = match pushed {
        Value::Array(items) if pushed_is_list => items,
        single => vec![single],
    };
    match current {
        None | Some(Value::Null) if !pushed_is_list && pushed_values.len() == 1 => {
            pushed_values.into_iter().next().unwrap_or(Value::Null)
        }
        None | Some(Value::Null) => Value::Array(pushed_values),
        Some(Value::Array(mut items)) => {
            items.extend(pushed_values);
            Value::Array(items)
        }
        Some(single) => {
            let mut items = vec![single];
            items.extend(pushed_values);
            Value::Array(items)
        }
    }
}

/// A component and the props it should end up with.
struct Built {
    component: Component,
    props: Map<String, Value>,
}

fn build(bytes: &mut Bytes, depth: u8) -> Built {
    let mut component = match bytes.byte() % 4 {
        0 => html::Div::new().into_component(),
        1 => html::P::new().into_component(),
        2 => dcc::Input::new().into_component(),
        _ => dcc::Dropdown::new().into_component(),
    };
    let mut props = Map::new();
    // As in Python Dash, html components always carry `children`, `null` when empty.
    if component.namespace() == "dash_html_components" {
        props.insert("children".into(), Value::Null);
    }
    for _ in 0..bytes.byte() % 8 {
        match bytes.byte() % 6 {
            0 => {
                let name = bytes.text();
                component = component.id(name.as_str());
                props.insert("id".into(), Value::String(name));
            }
            1 => {
                let mut pattern = Map::new();
                for _ in 0..bytes.byte() % 4 {
                    pattern.insert(bytes.text(), bytes.scalar());
                }
                check_pattern_id(&pattern);
                component = component.id(pattern.clone());
                props.insert("id".into(), Value::Object(pattern));
            }
            2 => {
                let class = bytes.text();
                component = component.class_name(class.as_str());
                props.insert("className".into(), Value::String(class));
            }
            3 => {
                let (name, value) = (bytes.text(), bytes.scalar());
                component = component.prop(&name, &value);
                props.insert(name, value);
            }
            4 if depth < 4 => {
                let child = build(bytes, depth + 1);
                let value = child.expected();
                component = component.child(child.component);
                let current = props.remove("children");
                props.insert("children".into(), appended(current, value, false));
            }
            _ => {
                let count = bytes.byte() % 4;
                let texts: Vec<String> = (0..count).map(|_| bytes.text()).collect();
                let value = Value::Array(texts.iter().cloned().map(Value::String).collect());
                component = component.children(texts);
                let current = props.remove("children");
                props.insert("children".into(), appended(current, value, true));
            }
        }
    }
    Built { component, props }
}

impl Built {
    fn expected(&self) -> Value {
        serde_json::json!({
            "props": self.props,
            "type": self.component.type_name(),
            "namespace": self.component.namespace(),
        })
    }
}

/// A pattern id's string form is the object with sorted keys and no spaces, which parses back
/// to the same object (protocol §3.1).
fn check_pattern_id(pattern: &Map<String, Value>) {
    let text = ComponentId::Pattern(pattern.clone()).stringify();
    let sorted: BTreeMap<&String, &Value> = pattern.iter().collect();
    let reference = serde_json::to_string(&sorted).expect("a map serialises");
    assert_eq!(text, reference, "not the sorted compact form");
    let parsed: Map<String, Value> = serde_json::from_str(&text).expect("the id parses back");
    assert_eq!(&parsed, pattern);
    let keys: Vec<&String> = parsed.keys().collect();
    assert!(keys.windows(2).all(|pair| pair[0] < pair[1]), "{text}");
}

/// Builds a tree from `data` and checks its serialisation; panics if an invariant breaks.
pub fn check(data: &[u8]) {
    let mut bytes = Bytes { data };
    let built = build(&mut bytes, 0);
    let json = to_json(&built.component);
    // Nothing the page could mistake for markup, in any string.
    assert!(
        !json.contains(['<', '>', '/', '\u{2028}', '\u{2029}']),
        "{json}"
    );
    let parsed: Value = serde_json::from_str(&json).expect("the layout is JSON");
    assert_eq!(
        parsed,
        built.component.to_value(),
        "to_json and to_value differ"
    );
    assert_eq!(parsed, built.expected(), "the tree is not what was built");
    let keys: Vec<&String> = parsed.as_object().expect("an object").keys().collect();
    assert_eq!(keys, ["props", "type", "namespace"], "{json}");
}
