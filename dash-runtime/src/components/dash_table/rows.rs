//! [`Rows`]: a DataTable's `data`.

use serde::de::{Deserialize, DeserializeOwned, Deserializer};
use serde::ser::{Serialize, Serializer};
use serde_json::Value;

/// `DataTable.data`: the rows, each an object of column id → cell (a string, a number or a
/// boolean). Converts from a list (`Vec`, array, slice) of anything `Serialize` that
/// serialises to an object: the app's own records, maps, `json!` objects. A callback that
/// takes the table's `data` can take `Rows` and read them back as its records with
/// [`Rows::records`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rows(Vec<Value>);

impl Rows {
    /// The rows as JSON values.
    pub fn as_slice(&self) -> &[Value] {
        &self.0
    }

    /// How many rows there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The rows decoded as `T` (the app's record type), or the first row that does not fit.
    pub fn records<T: DeserializeOwned>(&self) -> Result<Vec<T>, serde_json::Error> {
        self.0.iter().cloned().map(serde_json::from_value).collect()
    }
}

/// Each record as JSON; one that does not serialise becomes `null`, which the renderer's prop
/// check reports (as it reports any row that is not an object).
fn rows<T: Serialize>(records: impl IntoIterator<Item = T>) -> Rows {
    Rows(
        records
            .into_iter()
            .map(|record| serde_json::to_value(record).unwrap_or(Value::Null))
            .collect(),
    )
}

impl<T: Serialize> From<Vec<T>> for Rows {
    fn from(records: Vec<T>) -> Self {
        rows(records)
    }
}

impl<T: Serialize, const N: usize> From<[T; N]> for Rows {
    fn from(records: [T; N]) -> Self {
        rows(records)
    }
}

impl<T: Serialize> From<&[T]> for Rows {
    fn from(records: &[T]) -> Self {
        rows(records)
    }
}

impl Serialize for Rows {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Rows {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<Value>::deserialize(deserializer).map(Rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Sale {
        region: String,
        units: i64,
    }

    #[test]
    fn records_go_out_as_objects_and_come_back_as_records() {
        let sales = vec![
            Sale {
                region: "North".into(),
                units: 12,
            },
            Sale {
                region: "South".into(),
                units: 7,
            },
        ];
        let rows = Rows::from(sales.as_slice());
        assert_eq!(
            serde_json::to_value(&rows).unwrap(),
            json!([{"region": "North", "units": 12}, {"region": "South", "units": 7}])
        );
        let sent: Rows = serde_json::from_value(
            json!([{"region": "North", "units": 12}, {"region": "South", "units": 7}]),
        )
        .unwrap();
        assert_eq!(sent.len(), 2);
        assert_eq!(sent.records::<Sale>().unwrap(), sales);
        let edited: Rows =
            serde_json::from_value(json!([{"region": "North", "units": "many"}])).unwrap();
        assert!(edited.records::<Sale>().is_err());
    }
}
