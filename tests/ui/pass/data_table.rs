//! A `DataTable`, bare and by its module's path, with typed columns; callbacks read its props.
use dash::prelude::*;

#[callback(output = "out.children", input = "sales.page_current", state = "sales.sort_by")]
fn show(page: Option<i64>, sort_by: Option<serde_json::Value>) -> String {
    format!("{page:?} {sort_by:?}")
}

fn main() {
    let columns = vec![
        dash_table::Column::new("country", "Country"),
        dash_table::Column::new("pop", "Population").type_(dash_table::ColumnType::Numeric),
    ];
    let page = layout! {
        <div>
            <DataTable id="sales" columns={columns} page_size={10}
                sort_action={dash_table::Action::Native} />
            <dash_table::DataTable id="other" editable />
            <div id="out" />
        </div>
    };
    Dash::new()
        .layout(page)
        .callback::<show>()
        .build()
        .expect("a valid app");
}
