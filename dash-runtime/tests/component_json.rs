//! Components serialise to the JSON Python Dash 4.4.1 produces for them: each case builds, with
//! the Rust builders, the component `component_json/record.py` recorded from Python.

use dash_runtime::component::{Builder, Component, IntoComponent};
use dash_runtime::dash_table::{
    Action, CellStyle, CellStyleCondition, Column, ColumnType, CssRule, DataStyle,
    DataStyleCondition, DataTable, Dropdown, DropdownOption, FilterActionSettings,
    FilterActionSettingsOperator, FilterActionSettingsType, Fixed, HeaderIndices, HeaderStyle,
    HeaderStyleCondition, HeaderTooltip, HeaderTooltipRow, LinkTarget, MarkdownOptions,
    PersistedProp, Persistence, RowIndices, Selectable, SortBy, SortDirection, SortMode,
    StringOrList,
};
use dash_runtime::{dcc, html};
use serde_json::{json, Value};
use std::collections::BTreeMap;

fn golden(name: &str) -> Value {
    let path = format!(
        "{}/tests/component_json/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn assert_golden(name: &str, component: impl IntoComponent) {
    let ours: Component = component.into_component();
    assert_eq!(serde_json::to_value(&ours).unwrap(), golden(name), "{name}");
}

#[test]
fn html_components_serialise_as_python_dash_does() {
    assert_golden(
        "html_div",
        html::Div::new()
            .child(html::H1::new().child("Sales"))
            .child("text")
            .child(3)
            .id("main")
            .class_name("app")
            .style(json!({"color": "red"}))
            .title("hello")
            .data_attr("row", "3")
            .aria_attr("label", "main"),
    );
    assert_golden(
        "html_button",
        html::Button::new()
            .child("Save")
            .id("save")
            .n_clicks(0)
            .disabled(false)
            .type_("submit"),
    );
}

#[test]
fn dcc_components_serialise_as_python_dash_does() {
    assert_golden(
        "dcc_dropdown",
        dcc::Dropdown::new()
            .id("year")
            .options(vec![1952, 2007])
            .value(2007)
            .clearable(false)
            .max_height(300),
    );
    assert_golden(
        "dcc_input",
        dcc::Input::new()
            .id("name")
            .type_(dcc::InputType::Text)
            .debounce(true)
            .placeholder("Name"),
    );
}

#[test]
fn a_data_table_with_columns_sorting_filtering_and_paging_serialises_as_python_dash_does() {
    assert_golden(
        "datatable_basic",
        DataTable::new()
            .id("table")
            .columns([
                Column::new("country", "Country"),
                Column::new("pop", vec!["Population".to_owned(), "2007".to_owned()])
                    .type_(ColumnType::Numeric)
                    .editable(true),
            ])
            .data([
                json!({"country": "France", "pop": 61.1}),
                json!({"country": "Peru", "pop": 28}),
            ])
            .page_size(10)
            .page_action(Action::Native)
            .sort_action(Action::Native)
            .sort_mode(SortMode::Multi)
            .sort_by([SortBy::new("pop", SortDirection::Desc)])
            .filter_action(
                FilterActionSettings::new(FilterActionSettingsType::Custom)
                    .operator(FilterActionSettingsOperator::Or),
            )
            .row_selectable(Selectable::False)
            .column_selectable(Selectable::Single)
            .fixed_rows(Fixed::new().headers(true)),
    );
}

#[test]
fn a_data_table_with_styles_tooltips_and_dropdowns_serialises_as_python_dash_does() {
    let header_tooltips = BTreeMap::from([
        ("pop".to_owned(), HeaderTooltip::from("Population")),
        (
            "country".to_owned(),
            HeaderTooltip::from(vec![
                HeaderTooltipRow::from("Country"),
                HeaderTooltipRow::Null,
            ]),
        ),
    ]);
    let dropdown = Dropdown::new(vec![DropdownOption::new("A", "a")]).clearable(false);
    assert_golden(
        "datatable_styles",
        DataTable::new()
            .id("styled")
            .style_table(json!({"overflowX": "auto"}))
            .style_cell(json!({"textAlign": "left"}))
            .style_cell_conditional([CellStyle::new()
                .if_(
                    CellStyleCondition::new()
                        .column_id(StringOrList::from(vec!["a".to_owned(), "b".to_owned()])),
                )
                .set("width", "30%")])
            .style_data_conditional([
                DataStyle::new()
                    .if_(DataStyleCondition::new().row_index(RowIndices::Odd))
                    .set("backgroundColor", "rgb(248, 248, 248)"),
                DataStyle::new()
                    .if_(
                        DataStyleCondition::new()
                            .filter_query("{pop} > 50")
                            .column_id("pop"),
                    )
                    .set("color", "tomato"),
            ])
            .style_header_conditional([HeaderStyle::new()
                .if_(HeaderStyleCondition::new().header_index(HeaderIndices::from(0)))
                .set("fontWeight", "bold")])
            .tooltip_header(header_tooltips)
            .tooltip_delay(0)
            .css([CssRule::new(".dash-spreadsheet td", "padding: 2px")])
            .markdown_options(MarkdownOptions::new().link_target(LinkTarget::Self_))
            .dropdown(BTreeMap::from([("kind".to_owned(), dropdown)]))
            .persistence(Persistence::from(true))
            .persisted_props([PersistedProp::FilterQuery, PersistedProp::SortBy]),
    );
}
