//! Generated pattern ids against Dash's string form (protocol §3.1): the object with its keys
//! sorted and no spaces, which parses back to the same object.

use dash_runtime::component::ComponentId;
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Values a pattern id holds in Dash: strings, numbers and booleans.
fn id_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<String>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<bool>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(Value::from),
    ]
}

fn pattern(keys: impl Strategy<Value = String>) -> impl Strategy<Value = Map<String, Value>> {
    proptest::collection::vec((keys, id_value()), 0..6)
        .prop_map(|entries| entries.into_iter().collect())
}

proptest! {
    #[test]
    fn the_string_form_parses_back_to_the_same_map_with_sorted_keys(
        map in pattern(any::<String>()),
    ) {
        let text = ComponentId::Pattern(map.clone()).stringify();
        let parsed: Map<String, Value> = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&parsed, &map);
        // `preserve_order` keeps the keys as the text has them.
        let keys: Vec<&String> = parsed.keys().collect();
        prop_assert!(keys.windows(2).all(|pair| pair[0] < pair[1]), "{}", text);
    }

    #[test]
    fn the_string_form_is_dashs(
        map in proptest::collection::btree_map(
            "[a-z_]{1,8}",
            prop_oneof![
                "[A-Za-z0-9 -]{0,8}".prop_map(|s| format!("\"{s}\"")),
                any::<i32>().prop_map(|n| n.to_string()),
                any::<bool>().prop_map(|b| b.to_string()),
            ],
            0..6,
        ),
    ) {
        // What Python's `json.dumps(id, sort_keys=True, separators=(",", ":"))` and the
        // renderer's `stringifyId` both give for such ids, written out by hand.
        let entries: Vec<String> = map.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
        let expected = format!("{{{}}}", entries.join(","));
        // Inserted in reverse, so that the sorting is the stringifier's doing.
        let reversed: Map<String, Value> = map
            .iter()
            .rev()
            .map(|(k, v)| (k.clone(), serde_json::from_str(v).unwrap()))
            .collect();
        prop_assert_eq!(ComponentId::Pattern(reversed).stringify(), expected);
    }

    #[test]
    fn a_plain_id_is_its_own_string_form(name in any::<String>()) {
        prop_assert_eq!(ComponentId::from(name.as_str()).stringify(), name);
    }
}
