//! The packages the generator knows, and the choices it cannot read from the metadata: where
//! each package's files go, the names of the types it writes, and the hand-made value types that
//! replace generated ones.

/// One component package.
#[derive(Debug)]
pub struct Package {
    /// The reduced metadata's file stem in `dash-codegen/metadata/` (`dash_table`).
    pub key: &'static str,
    /// The JS namespace on the wire (`dash_table`).
    pub namespace: &'static str,
    /// The Python module users know it by, for the docs (`dash.dash_table`).
    pub python: &'static str,
    /// Where the Dash wheel keeps its metadata (for `extract`); empty for a package extracted
    /// otherwise (dbc: `dash-codegen/extract_dbc.py`).
    pub wheel_path: &'static str,
    /// The generated Rust module, relative to the repository root.
    pub module_path: &'static str,
    /// The Dash reference page of a component, `{}` standing for its lowercase name.
    pub docs: &'static str,
    /// Whether generated type names start with the component's name. A one-component package
    /// reads better without (`dash_table::Column`, not `dash_table::DataTableColumn`).
    pub prefix_types: bool,
    /// Names for generated types, by where they are first used: `Component.prop`, then
    /// `.member` into shapes, `[]` into lists, `{}` into maps, `|` into unions. Unlisted types
    /// are named from that path.
    pub type_names: &'static [(&'static str, &'static str)],
    /// Hand-made value types used instead of planning the props listed (`Graph.figure` →
    /// `Figure`; `*.persisted_props` for that prop of every component): for values the
    /// metadata types loosely (`Options` for every form of `options`) or that convert from
    /// other crates (`Figure` from a `plotly::Plot`).
    pub value_types: &'static [(&'static str, &'static str)],
    /// The module the `value_types` are imported from, relative to the generated module.
    pub value_types_module: &'static str,
    /// A macro of the parent module that gives components with `data-*`/`aria-*` props their
    /// setters for those (html's `data_attr` and `aria_attr`), called with their names.
    pub wildcard_macro: Option<&'static str>,
}

/// Every package, in the order the catalog and the modules are written.
pub const PACKAGES: &[Package] = &[
    Package {
        key: "dash_html_components",
        namespace: "dash_html_components",
        python: "dash.html",
        wheel_path: "dash/html/metadata.json",
        module_path: "dash-runtime/src/components/generated/html.rs",
        docs: "https://dash.plotly.com/dash-html-components/{}",
        prefix_types: false,
        type_names: &[],
        value_types: &[],
        value_types_module: "",
        wildcard_macro: Some("wildcard_attributes"),
    },
    Package {
        key: "dash_core_components",
        namespace: "dash_core_components",
        python: "dash.dcc",
        wheel_path: "dash/dcc/metadata.json",
        module_path: "dash-runtime/src/components/generated/dcc.rs",
        docs: "https://dash.plotly.com/dash-core-components/{}",
        prefix_types: true,
        type_names: &[
            ("Button.persistence", "Persistence"),
            ("Button.persistence_type", "PersistenceType"),
            ("DatePickerRange.updatemode", "DateUpdateMode"),
            (
                "DatePickerRange.calendar_orientation",
                "CalendarOrientation",
            ),
            ("Dropdown.search_order", "SearchOrder"),
            ("RangeSlider.updatemode", "SliderUpdateMode"),
            ("Upload.contents", "StringOrList"),
            ("Upload.last_modified", "NumberOrList"),
        ],
        value_types: DCC_VALUE_TYPES,
        value_types_module: "super::values",
        wildcard_macro: None,
    },
    Package {
        key: "dash_table",
        namespace: "dash_table",
        python: "dash.dash_table",
        wheel_path: "dash/dash_table/metadata.json",
        module_path: "dash-runtime/src/components/generated/dash_table.rs",
        docs: "https://dash.plotly.com/datatable/reference",
        prefix_types: false,
        type_names: &[
            ("DataTable.columns[].name", "StringOrList"),
            ("DataTable.columns[].type", "ColumnType"),
            ("DataTable.columns[].selectable", "HeaderFlag"),
            ("DataTable.columns[].format", "ColumnFormat"),
            ("DataTable.columns[].format.locale", "FormatLocale"),
            ("DataTable.columns[].on_change", "ColumnOnChange"),
            ("DataTable.columns[].validation", "ColumnValidation"),
            ("DataTable.columns[].filter_options", "FilterOptions"),
            ("DataTable.fixed_columns", "Fixed"),
            ("DataTable.column_selectable", "Selectable"),
            ("DataTable.page_action", "Action"),
            ("DataTable.active_cell", "Cell"),
            ("DataTable.active_cell.row_id", "RowId"),
            ("DataTable.filter_action", "FilterAction"),
            ("DataTable.filter_action|", "FilterActionSettings"),
            ("DataTable.sort_by[]", "SortBy"),
            ("DataTable.sort_by[].direction", "SortDirection"),
            ("DataTable.dropdown{}", "Dropdown"),
            ("DataTable.dropdown{}.options[]", "DropdownOption"),
            ("DataTable.dropdown{}.options[].value", "DropdownValue"),
            ("DataTable.dropdown_conditional[]", "ConditionalDropdown"),
            ("DataTable.dropdown_conditional[].if", "DropdownCondition"),
            ("DataTable.tooltip{}", "Tooltip"),
            ("DataTable.tooltip{}|", "TooltipSettings"),
            ("DataTable.tooltip{}|.type", "TooltipType"),
            ("DataTable.tooltip{}|.use_with", "TooltipUseWith"),
            ("DataTable.tooltip_conditional[]", "ConditionalTooltip"),
            ("DataTable.tooltip_conditional[].if", "TooltipCondition"),
            ("DataTable.tooltip_conditional[].if.row_index", "RowIndex"),
            ("DataTable.tooltip_data[]{}", "DataTooltip"),
            ("DataTable.tooltip_data[]{}|", "DataTooltipSettings"),
            ("DataTable.tooltip_header{}", "HeaderTooltip"),
            ("DataTable.tooltip_header{}|[]", "HeaderTooltipRow"),
            ("DataTable.markdown_options", "MarkdownOptions"),
            ("DataTable.markdown_options.link_target", "LinkTarget"),
            ("DataTable.css[]", "CssRule"),
            ("DataTable.style_cell_conditional[]", "CellStyle"),
            (
                "DataTable.style_cell_conditional[].if",
                "CellStyleCondition",
            ),
            ("DataTable.style_data_conditional[]", "DataStyle"),
            (
                "DataTable.style_data_conditional[].if",
                "DataStyleCondition",
            ),
            ("DataTable.style_data_conditional[].if.state", "CellState"),
            (
                "DataTable.style_data_conditional[].if.row_index",
                "RowIndices",
            ),
            ("DataTable.style_filter_conditional[]", "FilterStyle"),
            (
                "DataTable.style_filter_conditional[].if",
                "FilterStyleCondition",
            ),
            ("DataTable.style_header_conditional[]", "HeaderStyle"),
            (
                "DataTable.style_header_conditional[].if",
                "HeaderStyleCondition",
            ),
            (
                "DataTable.style_header_conditional[].if.header_index",
                "HeaderIndices",
            ),
            ("DataTable.persisted_props[]", "PersistedProp"),
            ("DataTable.persistence", "Persistence"),
            ("DataTable.persistence_type", "PersistenceType"),
        ],
        value_types: &[("DataTable.data", "Rows")],
        value_types_module: "super",
        wildcard_macro: None,
    },
    Package {
        key: "dash_bootstrap_components",
        namespace: "dash_bootstrap_components",
        python: "dbc",
        wheel_path: "",
        module_path: "dash-runtime/src/packages/bootstrap/generated.rs",
        docs: "https://dash-bootstrap-components.opensource.faculty.ai/docs/components/{}/",
        prefix_types: true,
        type_names: crate::dbc::TYPE_NAMES,
        value_types: crate::dbc::VALUE_TYPES,
        value_types_module: "crate::dcc",
        wildcard_macro: None,
    },
];

/// dcc's hand-made value types (`dash-runtime/src/components/values/`).
const DCC_VALUE_TYPES: &[(&str, &str)] = &[
    ("*.persisted_props", "List<PersistedProp>"),
    ("Checklist.inputStyle", "crate::component::Style"),
    ("Checklist.labelStyle", "crate::component::Style"),
    ("Checklist.options", "Options"),
    ("Checklist.value", "List<OptionValue>"),
    ("Clipboard.target_id", "crate::component::ComponentId"),
    ("DatePickerRange.disabled_days", "List<String>"),
    ("DatePickerRange.first_day_of_week", "DayOfWeek"),
    ("DatePickerSingle.disabled_days", "List<String>"),
    ("DatePickerSingle.first_day_of_week", "DayOfWeek"),
    ("Download.data", "DownloadData"),
    ("Dropdown.labels", "DropdownLabels"),
    ("Dropdown.options", "Options"),
    ("Dropdown.value", "SelectValue"),
    ("DatePickerRange.end_date", "String"),
    ("DatePickerRange.start_date", "String"),
    ("DatePickerSingle.date", "String"),
    ("Graph.figure", "Figure"),
    ("Graph.responsive", "Responsive"),
    ("Loading.overlay_style", "crate::component::Style"),
    ("Loading.parent_style", "crate::component::Style"),
    ("Location.refresh", "LocationRefresh"),
    ("Markdown.highlight_config", "HighlightConfig"),
    ("RadioItems.inputStyle", "crate::component::Style"),
    ("RadioItems.labelStyle", "crate::component::Style"),
    ("RadioItems.options", "Options"),
    ("RadioItems.value", "OptionValue"),
    ("RangeSlider.drag_value", "List<Number>"),
    ("RangeSlider.marks", "Marks"),
    ("RangeSlider.step", "Step"),
    ("RangeSlider.tooltip", "SliderTooltip"),
    ("RangeSlider.value", "List<Number>"),
    ("Slider.marks", "Marks"),
    ("Slider.step", "Step"),
    ("Slider.tooltip", "SliderTooltip"),
    ("Tab.disabled_style", "crate::component::Style"),
    ("Tab.selected_style", "crate::component::Style"),
    ("Tabs.colors", "TabColors"),
    ("Tabs.content_style", "crate::component::Style"),
    ("Tabs.parent_style", "crate::component::Style"),
    ("Tooltip.bbox", "BBox"),
    ("Upload.style_active", "crate::component::Style"),
    ("Upload.style_disabled", "crate::component::Style"),
    ("Upload.style_reject", "crate::component::Style"),
];

/// The file the catalog is written to, relative to the repository root.
pub const CATALOG_PATH: &str = "dash-validation/data/metadata_props.txt";

/// The reduced metadata of `package`, relative to the repository root.
pub fn metadata_path(package: &Package) -> String {
    format!("dash-codegen/metadata/{}.json", package.key)
}
