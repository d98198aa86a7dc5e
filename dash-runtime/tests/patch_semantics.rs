//! Random sequences of `Patch` operations on random JSON documents: the wire form reads back
//! as the operations that were built, and applying the wire form the way dash-renderer 4.4.1
//! does (protocol §8: locations resolved step by step, then one handler per operation name)
//! gives what each operation is documented to do.

mod js_json;

use dash_runtime::callback::Patch;
use js_json::normalised;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// One step of a planned location; negative indices count from the end of their list.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    Name(String),
    Index(i64),
}

/// A planned operation with its argument.
#[derive(Clone, Debug, PartialEq)]
enum Op {
    Assign(Value),
    Delete,
    Merge(Map<String, Value>),
    Extend(Vec<Value>),
    Append(Value),
    Prepend(Value),
    Insert(i64, Value),
    Remove(Value),
    Clear,
    Reverse,
    Add(Value),
    Sub(f64),
    Mul(f64),
    Div(f64),
}

#[derive(Clone, Debug, PartialEq)]
struct Planned {
    location: Vec<Step>,
    op: Op,
}

/// The patch the builder makes for `plan`.
fn build(plan: &[Planned]) -> Patch {
    let mut patch = Patch::new();
    for Planned { location, op } in plan {
        let mut at = patch.root();
        for step in location {
            at = match step {
                Step::Name(name) => at.at(name.as_str()),
                Step::Index(index) => at.at(*index),
            };
        }
        match op.clone() {
            Op::Assign(value) => at.assign(value),
            Op::Delete => at.delete(),
            Op::Merge(entries) => at.merge(entries),
            Op::Extend(items) => at.extend(items),
            Op::Append(item) => at.append(item),
            Op::Prepend(item) => at.prepend(item),
            Op::Insert(index, item) => at.insert(index, item),
            Op::Remove(item) => at.remove(item),
            Op::Clear => at.clear(),
            Op::Reverse => at.reverse(),
            Op::Add(value) => at.add(value),
            Op::Sub(number) => at.sub(number),
            Op::Mul(number) => at.mul(number),
            Op::Div(number) => at.div(number),
        }
    }
    patch
}

/// The operations a wire patch holds, read back into the plan's terms.
fn read_wire(wire: &Value) -> Vec<Planned> {
    assert_eq!(wire["__dash_patch_update"], "__dash_patch_update");
    assert_eq!(wire.as_object().unwrap().len(), 2, "{wire}");
    let operations = wire["operations"].as_array().expect("a list of operations");
    operations.iter().map(read_operation).collect()
}

fn read_operation(operation: &Value) -> Planned {
    assert_eq!(operation.as_object().unwrap().len(), 3, "{operation}");
    let location = operation["location"]
        .as_array()
        .expect("a location list")
        .iter()
        .map(|step| match step {
            Value::String(name) => Step::Name(name.clone()),
            Value::Number(index) => Step::Index(index.as_i64().expect("an integer index")),
            other => panic!("a location step is a key or an index, not {other}"),
        })
        .collect();
    let params = operation["params"].as_object().expect("params");
    let keys: Vec<&str> = params.keys().map(String::as_str).collect();
    let value = || params["value"].clone();
    let number = || params["value"].as_f64().expect("a number");
    let name = operation["operation"].as_str().expect("an operation name");
    let expected_keys: &[&str] = match name {
        "Delete" | "Clear" | "Reverse" => &[],
        "Insert" => &["index", "value"],
        _ => &["value"],
    };
    assert_eq!(keys, expected_keys, "{operation}");
    let op = match name {
        "Assign" => Op::Assign(value()),
        "Delete" => Op::Delete,
        "Merge" => Op::Merge(value().as_object().expect("an object").clone()),
        "Extend" => Op::Extend(value().as_array().expect("a list").clone()),
        "Append" => Op::Append(value()),
        "Prepend" => Op::Prepend(value()),
        "Insert" => Op::Insert(params["index"].as_i64().expect("an index"), value()),
        "Remove" => Op::Remove(value()),
        "Clear" => Op::Clear,
        "Reverse" => Op::Reverse,
        "Add" => Op::Add(value()),
        "Sub" => Op::Sub(number()),
        "Mul" => Op::Mul(number()),
        "Div" => Op::Div(number()),
        other => panic!("the renderer has no operation `{other}`"),
    };
    Planned { location, op }
}

fn same(a: &Value, b: &Value) -> bool {
    normalised(a) == normalised(b)
}

fn arithmetic(target: &Value, operand: f64, op: fn(f64, f64) -> f64) -> Value {
    json!(op(target.as_f64().expect("a number target"), operand))
}

// ---- What each operation means, applied to the planned operation. ----

/// A list index with negative ones counted from the end of a list of `len` items.
fn from_end(index: i64, len: usize) -> usize {
    let len = i64::try_from(len).unwrap();
    usize::try_from(if index < 0 { len + index } else { index }).expect("an index in range")
}

fn node_mut<'a>(mut node: &'a mut Value, location: &[Step]) -> &'a mut Value {
    for step in location {
        node = match (step, node) {
            (Step::Name(name), Value::Object(entries)) => entries.get_mut(name).expect("a key"),
            (Step::Index(index), Value::Array(items)) => {
                let at = from_end(*index, items.len());
                &mut items[at]
            }
            (step, node) => panic!("cannot step {step:?} into {node}"),
        };
    }
    node
}

fn apply_meaning(document: &mut Value, planned: &Planned) {
    let location = planned.location.as_slice();
    match (&planned.op, location.split_last()) {
        (Op::Assign(value), None) => *document = value.clone(),
        (Op::Assign(value), Some((last, parent))) => match (last, node_mut(document, parent)) {
            (Step::Name(name), Value::Object(entries)) => {
                entries.insert(name.clone(), value.clone());
            }
            (Step::Index(index), Value::Array(items)) => {
                let at = from_end(*index, items.len());
                items[at] = value.clone();
            }
            (step, node) => panic!("cannot assign {step:?} in {node}"),
        },
        (Op::Delete, Some((last, parent))) => match (last, node_mut(document, parent)) {
            (Step::Name(name), Value::Object(entries)) => {
                entries.remove(name);
            }
            (Step::Index(index), Value::Array(items)) => {
                let at = from_end(*index, items.len());
                items.remove(at);
            }
            (step, node) => panic!("cannot delete {step:?} from {node}"),
        },
        (op, _) => change_in_place(node_mut(document, location), op),
    }
}

fn change_in_place(target: &mut Value, op: &Op) {
    match (op, target) {
        (Op::Merge(entries), Value::Object(object)) => {
            object.extend(entries.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        (Op::Extend(more), Value::Array(items)) => items.extend(more.iter().cloned()),
        (Op::Append(item), Value::Array(items)) => items.push(item.clone()),
        (Op::Prepend(item), Value::Array(items)) => items.insert(0, item.clone()),
        (Op::Insert(index, item), Value::Array(items)) => {
            let at = from_end(*index, items.len());
            items.insert(at, item.clone());
        }
        (Op::Remove(item), Value::Array(items)) => items.retain(|x| !same(x, item)),
        (Op::Clear, Value::Array(items)) => items.clear(),
        (Op::Clear, Value::Object(object)) => object.clear(),
        (Op::Reverse, Value::Array(items)) => items.reverse(),
        (Op::Add(Value::String(more)), Value::String(text)) => text.push_str(more),
        (Op::Add(value), target) => {
            *target = arithmetic(target, value.as_f64().unwrap(), |a, b| a + b)
        }
        (Op::Sub(n), target) => *target = arithmetic(target, *n, |a, b| a - b),
        (Op::Mul(n), target) => *target = arithmetic(target, *n, |a, b| a * b),
        (Op::Div(n), target) => *target = arithmetic(target, *n, |a, b| a / b),
        (op, target) => panic!("cannot {op:?} on {target}"),
    }
}

// ---- The renderer's way: resolve the location, then read, compute and write back. ----

/// The location with every negative index replaced by the position it stands for in the
/// list found at that point of `document`.
fn resolve(document: &Value, location: &[Value]) -> Vec<Value> {
    let mut resolved = Vec::new();
    let mut node = Some(document);
    for step in location {
        let step = match (step.as_i64(), node.and_then(Value::as_array)) {
            (Some(index), Some(list)) if index < 0 => json!(list.len() as i64 + index),
            _ => step.clone(),
        };
        node = node.and_then(|n| child(n, &step));
        resolved.push(step);
    }
    resolved
}

fn child<'a>(node: &'a Value, step: &Value) -> Option<&'a Value> {
    match step {
        Value::String(key) => node.get(key),
        _ => node.get(usize::try_from(step.as_i64()?).ok()?),
    }
}

fn read(document: &Value, path: &[Value]) -> Value {
    path.iter()
        .try_fold(document, child)
        .cloned()
        .unwrap_or(Value::Null)
}

/// `document` with the value at `path` replaced (the path exists but for its last key).
fn write(document: &Value, path: &[Value], value: Value) -> Value {
    let Some((first, rest)) = path.split_first() else {
        return value;
    };
    let mut copy = document.clone();
    let inner = write(child(document, first).unwrap_or(&Value::Null), rest, value);
    match (first, &mut copy) {
        (Value::String(key), Value::Object(entries)) => {
            entries.insert(key.clone(), inner);
        }
        (index, Value::Array(items)) => items[index.as_u64().unwrap() as usize] = inner,
        (step, node) => panic!("no {step} in {node}"),
    }
    copy
}

fn without(document: &Value, path: &[Value]) -> Value {
    let (last, parent) = path
        .split_last()
        .expect("a deleted location is not the root");
    let mut container = read(document, parent);
    match (last, &mut container) {
        (Value::String(key), Value::Object(entries)) => {
            entries.remove(key);
        }
        (index, Value::Array(items)) => {
            items.remove(index.as_u64().unwrap() as usize);
        }
        (step, node) => panic!("no {step} in {node}"),
    }
    write(document, parent, container)
}

fn apply_wire(document: Value, operation: &Value) -> Value {
    let path = resolve(&document, operation["location"].as_array().unwrap());
    let params = &operation["params"];
    let value = params["value"].clone();
    let target = read(&document, &path);
    let number =
        |f: fn(f64, f64) -> f64| json!(f(target.as_f64().unwrap(), value.as_f64().unwrap()));
    let list = || target.as_array().cloned().unwrap();
    let changed = match operation["operation"].as_str().unwrap() {
        "Assign" => value,
        "Delete" => return without(&document, &path),
        "Merge" => {
            let mut merged = target.as_object().cloned().unwrap();
            for (key, entry) in value.as_object().unwrap() {
                merged.insert(key.clone(), entry.clone());
            }
            Value::Object(merged)
        }
        "Extend" => Value::Array([list(), value.as_array().cloned().unwrap()].concat()),
        "Append" => Value::Array([list(), vec![value]].concat()),
        "Prepend" => Value::Array([vec![value], list()].concat()),
        "Insert" => {
            let items = list();
            let index = params["index"].as_i64().unwrap();
            let at = if index < 0 {
                items.len() as i64 + index
            } else {
                index
            } as usize;
            Value::Array([&items[..at], &[value], &items[at..]].concat())
        }
        "Remove" => Value::Array(list().into_iter().filter(|x| !same(x, &value)).collect()),
        "Clear" if target.is_object() => json!({}),
        "Clear" => json!([]),
        "Reverse" => Value::Array(list().into_iter().rev().collect()),
        "Add" if target.is_string() => {
            json!(format!(
                "{}{}",
                target.as_str().unwrap(),
                value.as_str().unwrap()
            ))
        }
        "Add" => number(|a, b| a + b),
        "Sub" => number(|a, b| a - b),
        "Mul" => number(|a, b| a * b),
        "Div" => number(|a, b| a / b),
        other => panic!("the renderer has no operation `{other}`"),
    };
    write(&document, &path, changed)
}

// ---- Random plans that fit the document they are applied to. ----

/// A random wish for one operation; [`plan`] fits it to the document as it is by then.
#[derive(Clone, Debug)]
struct Intent {
    kind: u8,
    pick: u32,
    from_end: bool,
    payload: Value,
    number: i32,
    key: String,
    seed: u32,
}

/// Every node of `document` with its location (indices counted from the end where
/// `from_end` says so).
fn nodes(document: &Value, from_end: bool) -> Vec<(Vec<Step>, &Value)> {
    let mut found = vec![(Vec::new(), document)];
    let mut next = 0;
    while next < found.len() {
        let (location, node) = found[next].clone();
        next += 1;
        match node {
            Value::Object(entries) => {
                for (key, value) in entries {
                    let mut at = location.clone();
                    at.push(Step::Name(key.clone()));
                    found.push((at, value));
                }
            }
            Value::Array(items) => {
                for (i, value) in items.iter().enumerate() {
                    let mut at = location.clone();
                    let (i, len) = (i as i64, items.len() as i64);
                    at.push(Step::Index(if from_end { i - len } else { i }));
                    found.push((at, value));
                }
            }
            _ => {}
        }
    }
    found
}

fn plan_one(document: &Value, intent: &Intent) -> Option<Planned> {
    let all = nodes(document, intent.from_end);
    let fits = |node: &Value| match intent.kind {
        0 => true,
        1 | 3 => node.is_object(),
        2 => true,
        4..=8 | 10 => node.is_array(),
        9 => node.is_array() || node.is_object(),
        11 => node.is_number() || node.is_string(),
        _ => node.is_number(),
    };
    let candidates: Vec<&(Vec<Step>, &Value)> = all
        .iter()
        .filter(|(location, node)| fits(node) && !(intent.kind == 2 && location.is_empty()))
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let (location, node) = candidates[intent.pick as usize % candidates.len()].clone();
    let mut location = location.clone();
    let payload = intent.payload.clone();
    let number = f64::from(intent.number);
    let op = match intent.kind {
        0 => Op::Assign(payload),
        1 => {
            location.push(Step::Name(intent.key.clone()));
            Op::Assign(payload)
        }
        2 => Op::Delete,
        3 => Op::Merge(match payload {
            Value::Object(entries) => entries,
            other => [(intent.key.clone(), other)].into_iter().collect(),
        }),
        4 => Op::Extend(match payload {
            Value::Array(items) => items,
            other => vec![other],
        }),
        5 => Op::Append(payload),
        6 => Op::Prepend(payload),
        7 => {
            let len = node.as_array().unwrap().len() as u32;
            Op::Insert(
                i64::from(intent.seed % (2 * len + 1)) - i64::from(len),
                payload,
            )
        }
        8 => {
            let items = node.as_array().unwrap();
            match items.get(intent.seed as usize % (items.len() + 1)) {
                Some(existing) => Op::Remove(existing.clone()),
                None => Op::Remove(payload),
            }
        }
        9 => Op::Clear,
        10 => Op::Reverse,
        11 if node.is_string() => Op::Add(json!(intent.key)),
        11 => Op::Add(json!(intent.number)),
        12 => Op::Sub(number),
        13 => Op::Mul(number),
        _ if intent.number == 0 => Op::Div(7.0),
        _ => Op::Div(number),
    };
    Some(Planned { location, op })
}

/// The plan for `intents` and the document it leaves, by the operations' meaning.
fn plan(start: &Value, intents: &[Intent]) -> (Vec<Planned>, Value) {
    let mut document = start.clone();
    let mut planned = Vec::new();
    for intent in intents {
        if let Some(step) = plan_one(&document, intent) {
            apply_meaning(&mut document, &step);
            planned.push(step);
        }
    }
    (planned, document)
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (-100i64..100).prop_map(Value::from),
        // Eighths print exactly, so they read back as the same float.
        (-800i32..800).prop_map(|k| Value::from(f64::from(k) / 8.0)),
        "[a-z]{0,4}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-e]", inner, 0..4)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

fn document() -> impl Strategy<Value = Value> {
    proptest::collection::btree_map("[a-e]", json_value(), 1..5)
        .prop_map(|entries| Value::Object(entries.into_iter().collect()))
}

fn intent() -> impl Strategy<Value = Intent> {
    (
        0u8..15,
        any::<u32>(),
        any::<bool>(),
        json_value(),
        -50i32..50,
        "[a-f]{1,3}",
        any::<u32>(),
    )
        .prop_map(
            |(kind, pick, from_end, payload, number, key, seed)| Intent {
                kind,
                pick,
                from_end,
                payload,
                number,
                key,
                seed,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_wire_operations_read_back_as_the_ones_built(
        start in document(),
        intents in proptest::collection::vec(intent(), 0..20),
    ) {
        let (planned, _) = plan(&start, &intents);
        let patch = build(&planned);
        prop_assert_eq!(patch.len(), planned.len());
        let text = serde_json::to_string(&patch).unwrap();
        let wire: Value = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(read_wire(&wire), planned);
    }

    #[test]
    fn the_renderer_s_reading_of_the_wire_does_what_each_operation_means(
        start in document(),
        intents in proptest::collection::vec(intent(), 1..20),
    ) {
        let (planned, expected) = plan(&start, &intents);
        let wire: Value =
            serde_json::from_str(&serde_json::to_string(&build(&planned)).unwrap()).unwrap();
        let applied = wire["operations"]
            .as_array()
            .unwrap()
            .iter()
            .fold(start, apply_wire);
        prop_assert_eq!(normalised(&applied), normalised(&expected));
    }
}

#[test]
fn both_readings_agree_with_worked_examples() {
    let start = json!({"a": [1, 2, 3], "b": {"c": 1}, "s": "ab", "n": 10});
    let steps = [
        (Step::Name("a".into()), Op::Insert(-1, json!(9))),
        (Step::Name("a".into()), Op::Remove(json!(2))),
        (
            Step::Name("b".into()),
            Op::Merge([("d".to_owned(), json!(2))].into_iter().collect()),
        ),
        (Step::Name("s".into()), Op::Add(json!("c"))),
        (Step::Name("n".into()), Op::Div(4.0)),
    ];
    let planned: Vec<Planned> = steps
        .into_iter()
        .map(|(step, op)| Planned {
            location: vec![step],
            op,
        })
        .chain([Planned {
            location: vec![Step::Name("a".into()), Step::Index(-1)],
            op: Op::Delete,
        }])
        .collect();
    let expected = json!({"a": [1, 9], "b": {"c": 1, "d": 2}, "s": "abc", "n": 2.5});
    let mut meant = start.clone();
    for step in &planned {
        apply_meaning(&mut meant, step);
    }
    assert_eq!(normalised(&meant), normalised(&expected));
    let wire = serde_json::to_value(build(&planned)).unwrap();
    let applied = wire["operations"]
        .as_array()
        .unwrap()
        .iter()
        .fold(start, apply_wire);
    assert_eq!(normalised(&applied), normalised(&expected));
}
