//! Typed builders for `dash_core_components` (Python's `dash.dcc`), faithful to Dash 4.4.1.
//!
//! Each builder has one setter per prop of the component's metadata, named after the wire
//! name in snake_case (`maxHeight` → `max_height`, `type` → `type_`); `id`, `className`,
//! `style` and the children come from [`Builder`](crate::component::Builder). Every builder
//! also lists its wire prop names in `PROPS`, and [`COMPONENTS`] lists all builders.
//!
//! Prop values are typed: [`Number`] for numbers (integers stay integers, as in Python),
//! [`Options`] for the options of `Dropdown`, `Checklist` and `RadioItems`, [`Marks`] and
//! [`SliderTooltip`] for sliders, [`Figure`] (from a `plotly::Plot`) for graphs, Rust enums for
//! the props that take a fixed set of strings, and `serde_json::Value` for free-form props.
//!
//! ```
//! use dash_runtime::component::{Builder, IntoComponent};
//! use dash_runtime::dcc::{Dropdown, Slider, Marks};
//! let dropdown = Dropdown::new().id("year").options(vec![1952, 2007]).value(2007);
//! let slider = Slider::new().min(0).max(10).marks(Marks::new().mark(0, "0").mark(10, "10"));
//! assert_eq!(dropdown.into_component().props()["value"], 2007);
//! # let _ = slider;
//! ```

#![warn(missing_docs)]

#[path = "values/mod.rs"]
mod values;

pub use values::*;

use crate::component::ComponentId;
use crate::component::Style;
use serde_json::Value;

/// Declares the dcc builders: each entry is `Type("docs-page") [props handled by Builder]`,
/// optionally `+ persistence` (adds `persistence`, `persisted_props`, `persistence_type` and
/// `componentPath`), then the component's own props. Also emits `PROPS` and [`COMPONENTS`].
macro_rules! dcc_components {
    (
        $(
            $(#[$doc:meta])*
            $name:ident($page:literal) [$($builtin:literal),*] $(+ $persistence:ident)? {
                $( $(#[$prop_doc:meta])* $setter:ident($wire:literal): $ty:ty ),* $(,)?
            }
        )*
    ) => {
        $(
            dcc_components! {
                @one $(#[$doc])* $name($page) [$($builtin),*] $($persistence)? {
                    $( $(#[$prop_doc])* $setter($wire): $ty, )*
                }
            }
        )*

        /// Every dcc builder: its type name and its `PROPS`.
        pub const COMPONENTS: &[(&str, &[&str])] = &[$((stringify!($name), $name::PROPS)),*];
    };
    (
        @one $(#[$doc:meta])* $name:ident($page:literal) [$($builtin:literal),*] persistence {
            $( $(#[$prop_doc:meta])* $setter:ident($wire:literal): $ty:ty, )*
        }
    ) => {
        dcc_components! {
            @one $(#[$doc])* $name($page) [$($builtin),*] {
                $( $(#[$prop_doc])* $setter($wire): $ty, )*
                /// `persistence`: keeps the user's edits across page reloads when set to `true`
                /// or to a string/number key (changing the key forgets the saved edits).
                persistence("persistence"): Value,
                /// `persisted_props`: which props persist (by default the component's value
                /// props, the only ones allowed).
                persisted_props("persisted_props"): List<PersistedProp>,
                /// `persistence_type`: where persisted edits are stored (Dash uses `local`
                /// when unset).
                persistence_type("persistence_type"): PersistenceType,
                /// `componentPath`: the component's position in the layout tree; the
                /// renderer fills it in, apps have no reason to set it.
                component_path("componentPath"): Value,
            }
        }
    };
    (
        @one $(#[$doc:meta])* $name:ident($page:literal) [$($builtin:literal),*] {
            $( $(#[$prop_doc:meta])* $setter:ident($wire:literal): $ty:ty, )*
        }
    ) => {
        crate::component_builder! {
            $(#[$doc])*
            #[doc = ""]
            #[doc = concat!("See <https://dash.plotly.com/dash-core-components/", $page, ">.")]
            $name in "dash_core_components" {
                $( $(#[$prop_doc])* $setter($wire): $ty, )*
            }
        }

        impl $name {
            /// Every prop name of this component in Dash's metadata, including those set
            /// through [`Builder`](crate::component::Builder) (`id`, `className`, `style`,
            /// `children`, when the component has them).
            pub const PROPS: &'static [&'static str] = &[$($builtin,)* $($wire),*];
        }
    };
}

dcc_components! {
    // --- Graphs ---------------------------------------------------------------------------

    /// `dcc.Graph`: a Plotly.js chart. Set its [`Figure`] from a `plotly::Plot` or a JSON
    /// value; the browser reports clicks, hovers, selections and zooms back through the
    /// `*Data` props.
    Graph("graph") ["id", "className", "style"] {
        /// `figure`: the chart (`data`, `layout`, `frames`); a `plotly::Plot` or JSON.
        figure("figure"): Figure,
        /// `config`: Plotly.js configuration (mode bar, scroll zoom, `displaylogo`, ...) as
        /// a JSON object.
        config("config"): Value,
        /// `responsive`: resize with the container: `true`, `false` or `"auto"` (default).
        responsive("responsive"): Responsive,
        /// `clickData`: the last clicked points (set by the browser; default `null`).
        click_data("clickData"): Value,
        /// `clickAnnotationData`: the last clicked annotation (set by the browser).
        click_annotation_data("clickAnnotationData"): Value,
        /// `hoverData`: the points under the mouse (set by the browser).
        hover_data("hoverData"): Value,
        /// `clear_on_unhover`: resets `hoverData` when the mouse leaves the points
        /// (default `false`).
        clear_on_unhover("clear_on_unhover"): bool,
        /// `selectedData`: the points in the box or lasso selection (set by the browser).
        selected_data("selectedData"): Value,
        /// `relayoutData`: the layout changes made by the user, e.g. zoom ranges (set by the
        /// browser).
        relayout_data("relayoutData"): Value,
        /// `restyleData`: the trace changes made by the user, e.g. legend toggles (set by the
        /// browser).
        restyle_data("restyleData"): Value,
        /// `extendData`: points to append to existing traces without resending the figure
        /// (a list or object, as Plotly.js `extendTraces` takes).
        extend_data("extendData"): Value,
        /// `prependData`: points to prepend to existing traces (like `extendData`).
        prepend_data("prependData"): Value,
        /// `mathjax`: renders LaTeX in the figure with MathJax (default `false`).
        mathjax("mathjax"): bool,
        /// `animate`: animates figure updates (default `false`).
        animate("animate"): bool,
        /// `animation_options`: Plotly.js `animate` options used when `animate` is on.
        animation_options("animation_options"): Value,
    }

    // --- Choosing values --------------------------------------------------------------------

    /// `dcc.Dropdown`: a select box, single or multiple (`multi`), optionally searchable.
    Dropdown("dropdown") ["id", "className", "style"] + persistence {
        /// `options`: the choices (plain values, `(label, value)` pairs, [`SelectOption`]s
        /// or a `{value: label}` dict).
        options("options"): Options,
        /// `value`: the selected value, or a list of them with `multi`.
        value("value"): SelectValue,
        /// `multi`: allows selecting several values (default `false`).
        multi("multi"): bool,
        /// `clearable`: shows a button that clears the selection (default `true`).
        clearable("clearable"): bool,
        /// `searchable`: lets the user type to filter the options (default `true`).
        searchable("searchable"): bool,
        /// `search_value`: the text typed in the search box.
        search_value("search_value"): String,
        /// `placeholder`: text shown while nothing is selected.
        placeholder("placeholder"): String,
        /// `disabled`: prevents changing the selection (default `false`).
        disabled("disabled"): bool,
        /// `closeOnSelect`: closes the menu after a choice (default: `true` unless `multi`).
        close_on_select("closeOnSelect"): bool,
        /// `optionHeight`: height of each option in pixels, or `"auto"` (default).
        option_height("optionHeight"): Value,
        /// `maxHeight`: height of the open menu in pixels (default 200).
        max_height("maxHeight"): Number,
        /// `labels`: texts of the dropdown's own controls.
        labels("labels"): DropdownLabels,
        /// `debounce`: sends the value only when the menu closes.
        debounce("debounce"): bool,
        /// `search_order`: order of the matching options while searching.
        search_order("search_order"): SearchOrder,
    }

    /// `dcc.Checklist`: a list of checkboxes; `value` holds the checked values.
    Checklist("checklist") ["id", "className", "style"] + persistence {
        /// `options`: the checkboxes (plain values, `(label, value)` pairs,
        /// [`SelectOption`]s or a `{value: label}` dict).
        options("options"): Options,
        /// `value`: the checked values (default `[]`).
        value("value"): List<OptionValue>,
        /// `inline`: lays the options out horizontally (default `false`).
        inline("inline"): bool,
        /// `inputStyle`: style of each checkbox.
        input_style("inputStyle"): Style,
        /// `inputClassName`: CSS class of each checkbox.
        input_class_name("inputClassName"): String,
        /// `labelStyle`: style of each option's `<label>`.
        label_style("labelStyle"): Style,
        /// `labelClassName`: CSS class of each option's `<label>`.
        label_class_name("labelClassName"): String,
    }

    /// `dcc.RadioItems`: a list of radio buttons; `value` holds the chosen value.
    RadioItems("radioitems") ["id", "className", "style"] + persistence {
        /// `options`: the choices (plain values, `(label, value)` pairs, [`SelectOption`]s
        /// or a `{value: label}` dict).
        options("options"): Options,
        /// `value`: the chosen value.
        value("value"): OptionValue,
        /// `inline`: lays the options out horizontally (default `false`).
        inline("inline"): bool,
        /// `inputStyle`: style of each radio button.
        input_style("inputStyle"): Style,
        /// `inputClassName`: CSS class of each radio button.
        input_class_name("inputClassName"): String,
        /// `labelStyle`: style of each option's `<label>`.
        label_style("labelStyle"): Style,
        /// `labelClassName`: CSS class of each option's `<label>`.
        label_class_name("labelClassName"): String,
    }

    /// `dcc.Slider`: picks one number between `min` and `max`.
    Slider("slider") ["id", "className"] + persistence {
        /// `min`: the smallest value.
        min("min"): Number,
        /// `max`: the largest value.
        max("max"): Number,
        /// `step`: the distance between selectable values, or [`Step::MarksOnly`].
        step("step"): Step,
        /// `marks`: labels along the track; [`Marks::none`] hides the generated ones.
        marks("marks"): Marks,
        /// `value`: the selected number.
        value("value"): Number,
        /// `drag_value`: the value while the handle is being dragged (set by the browser).
        drag_value("drag_value"): Number,
        /// `disabled`: prevents moving the handle.
        disabled("disabled"): bool,
        /// `dots`: draws a dot at each step.
        dots("dots"): bool,
        /// `included`: highlights the track up to the handle.
        included("included"): bool,
        /// `reverse`: puts `max` on the left (or the top when vertical).
        reverse("reverse"): bool,
        /// `tooltip`: shows the value in a tooltip next to the handle.
        tooltip("tooltip"): SliderTooltip,
        /// `updatemode`: when `value` is sent (default on mouse up).
        updatemode("updatemode"): SliderUpdateMode,
        /// `vertical`: draws the slider vertically.
        vertical("vertical"): bool,
        /// `verticalHeight`: height in pixels when vertical (default 400).
        vertical_height("verticalHeight"): Number,
        /// `allow_direct_input`: shows a box to type the value in (default `true`).
        allow_direct_input("allow_direct_input"): bool,
    }

    /// `dcc.RangeSlider`: picks a range (two or more handles) between `min` and `max`.
    RangeSlider("rangeslider") ["id", "className"] + persistence {
        /// `min`: the smallest value.
        min("min"): Number,
        /// `max`: the largest value.
        max("max"): Number,
        /// `step`: the distance between selectable values, or [`Step::MarksOnly`].
        step("step"): Step,
        /// `marks`: labels along the track; [`Marks::none`] hides the generated ones.
        marks("marks"): Marks,
        /// `value`: the handles' values, in order.
        value("value"): List<Number>,
        /// `drag_value`: the values while a handle is being dragged (set by the browser).
        drag_value("drag_value"): List<Number>,
        /// `allowCross`: lets a handle be dragged past its neighbour.
        allow_cross("allowCross"): bool,
        /// `pushable`: pushes neighbouring handles instead of blocking, keeping this minimum
        /// distance (a number) or any distance (`true`).
        pushable("pushable"): Value,
        /// `disabled`: prevents moving the handles.
        disabled("disabled"): bool,
        /// `count`: the number of ranges (handles minus one).
        count("count"): Number,
        /// `dots`: draws a dot at each step.
        dots("dots"): bool,
        /// `included`: highlights the track between the handles.
        included("included"): bool,
        /// `reverse`: puts `max` on the left (or the top when vertical).
        reverse("reverse"): bool,
        /// `tooltip`: shows the values in tooltips next to the handles.
        tooltip("tooltip"): SliderTooltip,
        /// `updatemode`: when `value` is sent (default on mouse up).
        updatemode("updatemode"): SliderUpdateMode,
        /// `vertical`: draws the slider vertically.
        vertical("vertical"): bool,
        /// `verticalHeight`: height in pixels when vertical (default 400).
        vertical_height("verticalHeight"): Number,
        /// `allow_direct_input`: shows boxes to type the values in (default `true`).
        allow_direct_input("allow_direct_input"): bool,
    }

    /// `dcc.DatePickerSingle`: a calendar to pick one date (`YYYY-MM-DD` strings).
    DatePickerSingle("datepickersingle") ["id", "className", "style"] + persistence {
        /// `date`: the selected date, `YYYY-MM-DD`.
        date("date"): String,
        /// `min_date_allowed`: the earliest selectable date, `YYYY-MM-DD`.
        min_date_allowed("min_date_allowed"): String,
        /// `max_date_allowed`: the latest selectable date, `YYYY-MM-DD`.
        max_date_allowed("max_date_allowed"): String,
        /// `disabled_days`: dates that can't be selected, `YYYY-MM-DD` (default `[]`).
        disabled_days("disabled_days"): List<String>,
        /// `placeholder`: text shown while no date is set (default `"Select Date"`).
        placeholder("placeholder"): String,
        /// `initial_visible_month`: the month shown when the calendar opens, `YYYY-MM-DD`.
        initial_visible_month("initial_visible_month"): String,
        /// `clearable`: shows a button that clears the date (default `false`).
        clearable("clearable"): bool,
        /// `reopen_calendar_on_clear`: reopens the calendar after clearing (default `false`).
        reopen_calendar_on_clear("reopen_calendar_on_clear"): bool,
        /// `display_format`: how the date is shown, as a Moment.js format (`"DD/MM/YYYY"`).
        display_format("display_format"): String,
        /// `month_format`: how the calendar's month title is shown (Moment.js format).
        month_format("month_format"): String,
        /// `first_day_of_week`: the first column of the calendar (default Sunday).
        first_day_of_week("first_day_of_week"): DayOfWeek,
        /// `show_outside_days`: shows days of the neighbouring months (default `true`).
        show_outside_days("show_outside_days"): bool,
        /// `stay_open_on_select`: keeps the calendar open after a choice (default `false`).
        stay_open_on_select("stay_open_on_select"): bool,
        /// `calendar_orientation`: how several months are laid out (default horizontal).
        calendar_orientation("calendar_orientation"): CalendarOrientation,
        /// `number_of_months_shown`: months visible at once (default 1).
        number_of_months_shown("number_of_months_shown"): Number,
        /// `with_portal`: opens the calendar in an overlay (default `false`).
        with_portal("with_portal"): bool,
        /// `with_full_screen_portal`: opens the calendar full screen (default `false`).
        with_full_screen_portal("with_full_screen_portal"): bool,
        /// `day_size`: size of a day cell in pixels (default 34).
        day_size("day_size"): Number,
        /// `is_RTL`: right-to-left layout (default `false`).
        is_rtl("is_RTL"): bool,
        /// `disabled`: prevents changing the date (default `false`).
        disabled("disabled"): bool,
    }

    /// `dcc.DatePickerRange`: a calendar to pick a start and an end date (`YYYY-MM-DD`).
    DatePickerRange("datepickerrange") ["id", "className", "style"] + persistence {
        /// `start_date`: the selected start date, `YYYY-MM-DD`.
        start_date("start_date"): String,
        /// `end_date`: the selected end date, `YYYY-MM-DD`.
        end_date("end_date"): String,
        /// `minimum_nights`: the minimum number of days between start and end.
        minimum_nights("minimum_nights"): Number,
        /// `updatemode`: when the dates are sent (default as soon as one changes).
        updatemode("updatemode"): DateUpdateMode,
        /// `start_date_placeholder_text`: text shown while no start date is set.
        start_date_placeholder_text("start_date_placeholder_text"): String,
        /// `end_date_placeholder_text`: text shown while no end date is set.
        end_date_placeholder_text("end_date_placeholder_text"): String,
        /// `start_date_id`: the HTML id of the start date's input.
        start_date_id("start_date_id"): String,
        /// `end_date_id`: the HTML id of the end date's input.
        end_date_id("end_date_id"): String,
        /// `disabled`: prevents changing the dates (default `false`).
        disabled("disabled"): bool,
        /// `min_date_allowed`: the earliest selectable date, `YYYY-MM-DD`.
        min_date_allowed("min_date_allowed"): String,
        /// `max_date_allowed`: the latest selectable date, `YYYY-MM-DD`.
        max_date_allowed("max_date_allowed"): String,
        /// `disabled_days`: dates that can't be selected, `YYYY-MM-DD` (default `[]`).
        disabled_days("disabled_days"): List<String>,
        /// `placeholder`: text shown while no date is set.
        placeholder("placeholder"): String,
        /// `initial_visible_month`: the month shown when the calendar opens, `YYYY-MM-DD`.
        initial_visible_month("initial_visible_month"): String,
        /// `clearable`: shows a button that clears the dates (default `false`).
        clearable("clearable"): bool,
        /// `reopen_calendar_on_clear`: reopens the calendar after clearing (default `false`).
        reopen_calendar_on_clear("reopen_calendar_on_clear"): bool,
        /// `display_format`: how the dates are shown, as a Moment.js format (`"DD/MM/YYYY"`).
        display_format("display_format"): String,
        /// `month_format`: how the calendar's month titles are shown (Moment.js format).
        month_format("month_format"): String,
        /// `first_day_of_week`: the first column of the calendar (default Sunday).
        first_day_of_week("first_day_of_week"): DayOfWeek,
        /// `show_outside_days`: shows days of the neighbouring months (default `false`).
        show_outside_days("show_outside_days"): bool,
        /// `stay_open_on_select`: keeps the calendar open after a choice (default `false`).
        stay_open_on_select("stay_open_on_select"): bool,
        /// `calendar_orientation`: how the months are laid out (default horizontal).
        calendar_orientation("calendar_orientation"): CalendarOrientation,
        /// `number_of_months_shown`: months visible at once (default 2).
        number_of_months_shown("number_of_months_shown"): Number,
        /// `with_portal`: opens the calendar in an overlay (default `false`).
        with_portal("with_portal"): bool,
        /// `with_full_screen_portal`: opens the calendar full screen (default `false`).
        with_full_screen_portal("with_full_screen_portal"): bool,
        /// `day_size`: size of a day cell in pixels (default 34).
        day_size("day_size"): Number,
        /// `is_RTL`: right-to-left layout (default `false`).
        is_rtl("is_RTL"): bool,
    }

    // --- Text input ---------------------------------------------------------------------------

    /// `dcc.Input`: a one-line text, number, password, ... field.
    Input("input") ["id", "className", "style"] + persistence {
        /// `value`: the field's content: a string, or a number for `type_(InputType::Number)`.
        value("value"): Value,
        /// `type`: the kind of field (default `text`).
        type_("type"): InputType,
        /// `debounce`: `true` sends `value` only on Enter or blur; a number of seconds sends
        /// it after that pause in typing (default `false`: every keystroke).
        debounce("debounce"): Value,
        /// `placeholder`: hint shown while the field is empty (string or number).
        placeholder("placeholder"): Value,
        /// `n_submit`: how many times Enter was pressed in the field (default 0).
        n_submit("n_submit"): Number,
        /// `n_submit_timestamp`: when Enter was last pressed, in ms since the epoch
        /// (default -1).
        n_submit_timestamp("n_submit_timestamp"): Number,
        /// `inputMode`: virtual keyboard hint (default `verbatim`).
        input_mode("inputMode"): InputMode,
        /// `autoComplete`: lets the browser fill the field in (`"on"`/`"off"`, default
        /// `"off"`).
        auto_complete("autoComplete"): String,
        /// `readOnly`: the user can't edit the field.
        read_only("readOnly"): bool,
        /// `required`: the field must be filled in.
        required("required"): bool,
        /// `autoFocus`: focuses the field when the page loads.
        auto_focus("autoFocus"): bool,
        /// `disabled`: disables the field.
        disabled("disabled"): bool,
        /// `list`: id of a `<datalist>` of suggestions.
        list("list"): String,
        /// `multiple`: allows several values (`email` fields).
        multiple("multiple"): bool,
        /// `spellCheck`: checks spelling.
        spell_check("spellCheck"): bool,
        /// `name`: the field's name in form data.
        name("name"): String,
        /// `min`: smallest accepted value (number or string).
        min("min"): Value,
        /// `max`: largest accepted value (number or string).
        max("max"): Value,
        /// `step`: granularity of numeric values (number, or `"any"`, the default).
        step("step"): Value,
        /// `minLength`: minimum number of characters (number or string).
        min_length("minLength"): Value,
        /// `maxLength`: maximum number of characters (number or string).
        max_length("maxLength"): Value,
        /// `pattern`: regular expression the value must match.
        pattern("pattern"): String,
        /// `selectionStart`: start offset of the selected text.
        selection_start("selectionStart"): String,
        /// `selectionEnd`: end offset of the selected text.
        selection_end("selectionEnd"): String,
        /// `selectionDirection`: direction of the selection (`"forward"`, `"backward"`,
        /// `"none"`).
        selection_direction("selectionDirection"): String,
        /// `n_blur`: how many times the field lost focus (default 0).
        n_blur("n_blur"): Number,
        /// `n_blur_timestamp`: when the field last lost focus, in ms since the epoch
        /// (default -1).
        n_blur_timestamp("n_blur_timestamp"): Number,
        /// `size`: visible width in characters.
        size("size"): String,
    }

    /// `dcc.Textarea`: a multi-line text field.
    Textarea("textarea") ["id", "className", "style"] + persistence {
        /// `value`: the text.
        value("value"): String,
        /// `autoFocus`: focuses the field when the page loads (a string in Dash's metadata).
        auto_focus("autoFocus"): String,
        /// `cols`: visible width in characters.
        cols("cols"): Number,
        /// `disabled`: disables the field.
        disabled("disabled"): bool,
        /// `form`: id of the `<form>` the field belongs to.
        form("form"): String,
        /// `maxLength`: maximum number of characters.
        max_length("maxLength"): Number,
        /// `minLength`: minimum number of characters.
        min_length("minLength"): Number,
        /// `name`: the field's name in form data.
        name("name"): String,
        /// `placeholder`: hint shown while the field is empty.
        placeholder("placeholder"): String,
        /// `readOnly`: the user can't edit the text.
        read_only("readOnly"): bool,
        /// `required`: the field must be filled in.
        required("required"): bool,
        /// `rows`: visible number of lines.
        rows("rows"): Number,
        /// `wrap`: how the text wraps when submitted (`"hard"`, `"soft"`, `"off"`).
        wrap("wrap"): String,
        /// `accessKey`: keyboard shortcut that focuses the field.
        access_key("accessKey"): String,
        /// `contentEditable`: whether the content is editable.
        content_editable("contentEditable"): bool,
        /// `contextMenu`: id of a `<menu>` used as context menu.
        context_menu("contextMenu"): String,
        /// `dir`: text direction (`"ltr"`, `"rtl"`, `"auto"`).
        dir("dir"): String,
        /// `draggable`: whether the field can be dragged.
        draggable("draggable"): bool,
        /// `hidden`: hides the field (a string in Dash's metadata).
        hidden("hidden"): String,
        /// `lang`: language of the text.
        lang("lang"): String,
        /// `spellCheck`: checks spelling.
        spell_check("spellCheck"): bool,
        /// `tabIndex`: position in the keyboard focus order.
        tab_index("tabIndex"): Number,
        /// `title`: tooltip text.
        title("title"): String,
        /// `n_blur`: how many times the field lost focus (default 0).
        n_blur("n_blur"): Number,
        /// `n_blur_timestamp`: when the field last lost focus, in ms since the epoch
        /// (default -1).
        n_blur_timestamp("n_blur_timestamp"): Number,
        /// `n_clicks`: how many times the field was clicked (default 0).
        n_clicks("n_clicks"): Number,
        /// `n_clicks_timestamp`: when the field was last clicked, in ms since the epoch
        /// (default -1).
        n_clicks_timestamp("n_clicks_timestamp"): Number,
    }

    // --- Layout and navigation ------------------------------------------------------------------

    /// `dcc.Tabs`: a tab bar; its children are [`Tab`]s, and `value` is the selected tab's
    /// `value`.
    Tabs("tabs") ["id", "className", "style", "children"] + persistence {
        /// `value`: the `value` of the selected tab.
        value("value"): String,
        /// `content_className`: CSS class of the selected tab's content area.
        content_class_name("content_className"): String,
        /// `parent_className`: CSS class of the element wrapping the bar and the content.
        parent_class_name("parent_className"): String,
        /// `parent_style`: style of the element wrapping the bar and the content.
        parent_style("parent_style"): Style,
        /// `content_style`: style of the content area.
        content_style("content_style"): Style,
        /// `vertical`: puts the bar on the left (default `false`).
        vertical("vertical"): bool,
        /// `mobile_breakpoint`: screen width in pixels below which tabs stack vertically
        /// (default 800).
        mobile_breakpoint("mobile_breakpoint"): Number,
        /// `colors`: border, accent and background colours of the bar.
        colors("colors"): TabColors,
    }

    /// `dcc.Tab`: one tab of a [`Tabs`]; its children are shown while it is selected.
    Tab("tabs") ["id", "className", "style", "children"] + persistence {
        /// `label`: the tab's title: text or components.
        label("label"): Node,
        /// `value`: the tab's identifier, matched against `Tabs.value`.
        value("value"): String,
        /// `disabled`: the tab can't be selected (default `false`).
        disabled("disabled"): bool,
        /// `disabled_style`: style of the tab while disabled.
        disabled_style("disabled_style"): Style,
        /// `disabled_className`: CSS class of the tab while disabled.
        disabled_class_name("disabled_className"): String,
        /// `selected_className`: CSS class of the tab while selected.
        selected_class_name("selected_className"): String,
        /// `selected_style`: style of the tab while selected.
        selected_style("selected_style"): Style,
        /// `width`: the tab's width (number of pixels or CSS string).
        width("width"): Value,
    }

    /// `dcc.Loading`: shows a spinner over its children while a callback updates them.
    Loading("loading") ["id", "className", "style", "children"] + persistence {
        /// `type`: the spinner's look.
        type_("type"): LoadingType,
        /// `fullscreen`: covers the whole page while loading.
        fullscreen("fullscreen"): bool,
        /// `debug`: shows which component and prop are loading.
        debug("debug"): bool,
        /// `parent_className`: CSS class of the element wrapping children and spinner.
        parent_class_name("parent_className"): String,
        /// `parent_style`: style of the element wrapping children and spinner.
        parent_style("parent_style"): Style,
        /// `overlay_style`: style of the overlay over the children while loading.
        overlay_style("overlay_style"): Style,
        /// `color`: the spinner's colour (any CSS colour).
        color("color"): String,
        /// `display`: follow the loading state (`auto`, default) or force the spinner.
        display("display"): LoadingDisplay,
        /// `delay_hide`: milliseconds the spinner stays after loading ends (default 0).
        delay_hide("delay_hide"): Number,
        /// `delay_show`: milliseconds of loading before the spinner appears (default 0).
        delay_show("delay_show"): Number,
        /// `show_initially`: shows the spinner on first render (default `true`).
        show_initially("show_initially"): bool,
        /// `target_components`: the component ids and props whose loading shows the spinner,
        /// e.g. `{"graph": "figure"}` or `{"grid": ["rowData"]}`.
        target_components("target_components"): Value,
        /// `custom_spinner`: components shown instead of the built-in spinner.
        custom_spinner("custom_spinner"): Node,
    }

    /// `dcc.Location`: reads and changes the browser's URL (renders nothing).
    Location("location") ["id"] {
        /// `pathname`: the path, e.g. `"/page-2"`.
        pathname("pathname"): String,
        /// `search`: the query string, e.g. `"?year=2007"`.
        search("search"): String,
        /// `hash`: the fragment, e.g. `"#top"`.
        hash("hash"): String,
        /// `href`: the whole URL.
        href("href"): String,
        /// `refresh`: how a change is applied: reload (`true`, default), history only
        /// (`false`), or `"callback-nav"`.
        refresh("refresh"): LocationRefresh,
    }

    /// `dcc.Link`: a link that changes the URL without reloading the page.
    Link("link") ["id", "className", "style", "children"] {
        /// `href`: the target URL (required).
        href("href"): String,
        /// `target`: where to open it (`"_blank"`, ...).
        target("target"): String,
        /// `refresh`: reloads the page on click (default `false`).
        refresh("refresh"): bool,
        /// `title`: tooltip text.
        title("title"): String,
        /// `loading_state`: `{is_loading, prop_name, component_name}`, set by the renderer.
        loading_state("loading_state"): Value,
    }

    /// `dcc.Button`: a styled `<button>` that counts clicks.
    Button("button") ["id", "className", "style", "children"] + persistence {
        /// `type`: the button's role in a form (default `button`).
        type_("type"): ButtonType,
        /// `autoFocus`: focuses the button when the page loads.
        auto_focus("autoFocus"): bool,
        /// `disabled`: disables the button.
        disabled("disabled"): bool,
        /// `form`: id of the `<form>` the button belongs to.
        form("form"): String,
        /// `formAction`: overrides the form's `action` when this button submits it.
        form_action("formAction"): String,
        /// `formEncType`: overrides the form's `encType` when this button submits it.
        form_enc_type("formEncType"): String,
        /// `formMethod`: overrides the form's `method` when this button submits it.
        form_method("formMethod"): String,
        /// `formNoValidate`: skips validation when this button submits the form.
        form_no_validate("formNoValidate"): bool,
        /// `formTarget`: overrides the form's `target` when this button submits it.
        form_target("formTarget"): String,
        /// `name`: the button's name in form data.
        name("name"): String,
        /// `value`: the button's value in form data (string, number or list of strings).
        value("value"): Value,
        /// `accessKey`: keyboard shortcut that activates the button.
        access_key("accessKey"): String,
        /// `contentEditable`: `true`, `false`, `"true"`, `"false"` or `"inherit"`.
        content_editable("contentEditable"): Value,
        /// `dir`: text direction (`"ltr"`, `"rtl"`, `"auto"`).
        dir("dir"): String,
        /// `draggable`: whether the button can be dragged.
        draggable("draggable"): bool,
        /// `hidden`: hides the button.
        hidden("hidden"): bool,
        /// `lang`: language of the label.
        lang("lang"): String,
        /// `role`: the ARIA role.
        role("role"): String,
        /// `spellCheck`: checks spelling.
        spell_check("spellCheck"): bool,
        /// `tabIndex`: position in the keyboard focus order.
        tab_index("tabIndex"): Number,
        /// `title`: tooltip text.
        title("title"): String,
        /// `n_blur`: how many times the button lost focus (default 0).
        n_blur("n_blur"): Number,
        /// `n_blur_timestamp`: when the button last lost focus, in ms since the epoch
        /// (default -1).
        n_blur_timestamp("n_blur_timestamp"): Number,
        /// `n_clicks`: how many times the button was clicked (default 0).
        n_clicks("n_clicks"): Number,
        /// `n_clicks_timestamp`: when the button was last clicked, in ms since the epoch
        /// (default -1).
        n_clicks_timestamp("n_clicks_timestamp"): Number,
    }

    // --- Data, timers and browser features --------------------------------------------------

    /// `dcc.Interval`: fires a callback input (`n_intervals`) every `interval` milliseconds.
    Interval("interval") ["id"] {
        /// `interval`: milliseconds between ticks (default 1000).
        interval("interval"): Number,
        /// `disabled`: pauses the ticks.
        disabled("disabled"): bool,
        /// `n_intervals`: ticks so far (default 0).
        n_intervals("n_intervals"): Number,
        /// `max_intervals`: stops after this many ticks (default -1: never; 0: not at all).
        max_intervals("max_intervals"): Number,
    }

    /// `dcc.Store`: keeps JSON data in the browser for callbacks to share.
    Store("store") ["id"] {
        /// `storage_type`: where the data lives (default `memory`).
        storage_type("storage_type"): StorageType,
        /// `data`: the stored JSON (object, list, number, string or boolean).
        data("data"): Value,
        /// `clear_data`: set to `true` to remove the data (default `false`).
        clear_data("clear_data"): bool,
        /// `modified_timestamp`: when the data last changed, in ms since the epoch
        /// (default -1).
        modified_timestamp("modified_timestamp"): Number,
    }

    /// `dcc.Markdown`: renders Markdown text (its children: a string or a list of lines).
    Markdown("markdown") ["id", "className", "style", "children"] {
        /// `mathjax`: renders LaTeX with MathJax (default `false`).
        mathjax("mathjax"): bool,
        /// `dangerously_allow_html`: renders raw HTML found in the text (default `false`).
        dangerously_allow_html("dangerously_allow_html"): bool,
        /// `link_target`: `target` of the rendered links (`"_blank"`, ...).
        link_target("link_target"): String,
        /// `dedent`: removes the common indentation of the lines (default `true`).
        dedent("dedent"): bool,
        /// `highlight_config`: code-block highlighting options.
        highlight_config("highlight_config"): HighlightConfig,
    }

    /// `dcc.Upload`: a drop zone or file picker; the browser sends the files' contents as
    /// base64 data URLs.
    Upload("upload") ["id", "className", "style", "children"] {
        /// `contents`: the uploaded file(s) as data URLs (a string, or a list with
        /// `multiple`).
        contents("contents"): Value,
        /// `filename`: the uploaded file name(s) (a string, or a list with `multiple`).
        filename("filename"): Value,
        /// `last_modified`: the files' modification times, in seconds since the epoch (a
        /// number, or a list with `multiple`).
        last_modified("last_modified"): Value,
        /// `accept`: accepted types, e.g. `".csv,image/*"`.
        accept("accept"): String,
        /// `disabled`: disables the zone (default `false`).
        disabled("disabled"): bool,
        /// `disable_click`: only drag-and-drop, no file dialog on click (default `false`).
        disable_click("disable_click"): bool,
        /// `max_size`: largest accepted file in bytes (default -1: no limit).
        max_size("max_size"): Number,
        /// `min_size`: smallest accepted file in bytes (default 0).
        min_size("min_size"): Number,
        /// `multiple`: accepts several files (default `false`).
        multiple("multiple"): bool,
        /// `enable_folder_selection`: lets the user pick a folder (default `false`).
        enable_folder_selection("enable_folder_selection"): bool,
        /// `className_active`: CSS class while files are dragged over the zone.
        class_name_active("className_active"): String,
        /// `className_reject`: CSS class while rejected files are dragged over the zone.
        class_name_reject("className_reject"): String,
        /// `className_disabled`: CSS class while disabled.
        class_name_disabled("className_disabled"): String,
        /// `style_active`: style while files are dragged over the zone.
        style_active("style_active"): Style,
        /// `style_reject`: style while rejected files are dragged over the zone.
        style_reject("style_reject"): Style,
        /// `style_disabled`: style while disabled.
        style_disabled("style_disabled"): Style,
    }

    /// `dcc.Download`: sends a file to the browser when `data` is set.
    Download("download") ["id"] {
        /// `data`: the file to download.
        data("data"): DownloadData,
        /// `base64`: default for the file's `base64` flag (default `false`).
        base64("base64"): bool,
        /// `type`: default MIME type of the file (default `"text/plain"`).
        type_("type"): String,
    }

    /// `dcc.Clipboard`: a copy-to-clipboard button.
    Clipboard("clipboard") ["id", "className", "style", "children"] {
        /// `copied_children`: shown instead of the children once copied.
        copied_children("copied_children"): Node,
        /// `target_id`: the component whose text is copied (a plain or pattern id).
        target_id("target_id"): ComponentId,
        /// `content`: the text copied (when there is no `target_id`).
        content("content"): String,
        /// `n_clicks`: how many times the button was clicked (default 0).
        n_clicks("n_clicks"): Number,
        /// `html_content`: HTML copied along with `content`.
        html_content("html_content"): String,
        /// `title`: tooltip text.
        title("title"): String,
    }

    /// `dcc.ConfirmDialog`: the browser's confirm dialog, shown while `displayed`.
    ConfirmDialog("confirmdialog") ["id"] {
        /// `message`: the question asked.
        message("message"): String,
        /// `submit_n_clicks`: how many times OK was clicked (default 0).
        submit_n_clicks("submit_n_clicks"): Number,
        /// `submit_n_clicks_timestamp`: when OK was last clicked, in ms since the epoch
        /// (default -1).
        submit_n_clicks_timestamp("submit_n_clicks_timestamp"): Number,
        /// `cancel_n_clicks`: how many times Cancel was clicked (default 0).
        cancel_n_clicks("cancel_n_clicks"): Number,
        /// `cancel_n_clicks_timestamp`: when Cancel was last clicked, in ms since the epoch
        /// (default -1).
        cancel_n_clicks_timestamp("cancel_n_clicks_timestamp"): Number,
        /// `displayed`: shows the dialog.
        displayed("displayed"): bool,
    }

    /// `dcc.ConfirmDialogProvider`: wraps a button so that clicking it asks for
    /// confirmation first.
    ConfirmDialogProvider("confirmdialogprovider") ["id", "children"] {
        /// `message`: the question asked.
        message("message"): String,
        /// `submit_n_clicks`: how many times OK was clicked (default 0).
        submit_n_clicks("submit_n_clicks"): Number,
        /// `submit_n_clicks_timestamp`: when OK was last clicked, in ms since the epoch
        /// (default -1).
        submit_n_clicks_timestamp("submit_n_clicks_timestamp"): Number,
        /// `cancel_n_clicks`: how many times Cancel was clicked (default 0).
        cancel_n_clicks("cancel_n_clicks"): Number,
        /// `cancel_n_clicks_timestamp`: when Cancel was last clicked, in ms since the epoch
        /// (default -1).
        cancel_n_clicks_timestamp("cancel_n_clicks_timestamp"): Number,
        /// `displayed`: shows the dialog.
        displayed("displayed"): bool,
    }

    /// `dcc.Geolocation`: the browser's location, on request.
    Geolocation("geolocation") ["id"] {
        /// `local_date`: local date and time of the last position (set by the browser).
        local_date("local_date"): String,
        /// `timestamp`: time of the last position, in ms since the epoch (set by the
        /// browser).
        timestamp("timestamp"): Number,
        /// `position`: `{lat, lon, accuracy, alt, alt_accuracy, heading, speed}` (set by the
        /// browser).
        position("position"): Value,
        /// `position_error`: `{code, message}` when locating failed (set by the browser).
        position_error("position_error"): Value,
        /// `show_alert`: shows an alert when locating fails (default `false`).
        show_alert("show_alert"): bool,
        /// `update_now`: set to `true` to request a new position (default `false`).
        update_now("update_now"): bool,
        /// `high_accuracy`: asks for the most precise position (default `false`).
        high_accuracy("high_accuracy"): bool,
        /// `maximum_age`: accepts a cached position this many ms old (default 0).
        maximum_age("maximum_age"): Number,
        /// `timeout`: gives up after this many ms (default: no limit).
        timeout("timeout"): Number,
    }

    /// `dcc.Tooltip`: a tooltip pointing at a box, e.g. a hovered point of a graph.
    Tooltip("tooltip") ["id", "className", "style", "children"] {
        /// `bbox`: the box the tooltip points at.
        bbox("bbox"): BBox,
        /// `show`: shows the tooltip (default `true`).
        show("show"): bool,
        /// `direction`: which side of the box the tooltip opens on (default `right`).
        direction("direction"): TooltipDirection,
        /// `border_color`: colour of the border (any CSS colour).
        border_color("border_color"): String,
        /// `background_color`: colour of the background (any CSS colour).
        background_color("background_color"): String,
        /// `loading_text`: text shown while the content is loading (default
        /// `"Loading..."`).
        loading_text("loading_text"): String,
        /// `zindex`: the tooltip's `z-index` (default 1).
        zindex("zindex"): Number,
        /// `targetable`: lets the mouse move onto the tooltip (default `false`).
        targetable("targetable"): bool,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::component::{Builder, IntoComponent};
    use crate::html;
    use serde_json::json;

    /// The component as Dash sends it. The expected values below are what Python Dash 4.4.1
    /// produces for the same component (`json.dumps(component, cls=PlotlyJSONEncoder)`),
    /// except that Python also sends `"children": null` for components built without
    /// children.
    fn wire(component: impl IntoComponent) -> Value {
        component.into_component().to_value()
    }

    #[test]
    fn json_objects_compare_regardless_of_key_order() {
        // serde_json is built with `preserve_order`; its Map equality must still ignore order
        // for the comparisons below to be meaningful.
        assert_eq!(
            json!({"a": 1, "b": {"c": 2, "d": 3}}),
            json!({"b": {"d": 3, "c": 2}, "a": 1})
        );
        assert_ne!(json!({"a": 1}), json!({"a": 1.0}));
    }

    #[test]
    fn dropdown_with_plain_options_matches_python() {
        // dcc.Dropdown(id="year-dropdown", options=[1952, 2007], value=2007)
        let dropdown = Dropdown::new()
            .id("year-dropdown")
            .options(vec![1952, 2007])
            .value(2007);
        assert_eq!(
            wire(dropdown),
            json!({
                "props": {"options": [1952, 2007], "value": 2007, "id": "year-dropdown"},
                "type": "Dropdown",
                "namespace": "dash_core_components"
            })
        );
    }

    #[test]
    fn dropdown_with_labelled_options_matches_python() {
        // dcc.Dropdown(id="cities", options=[{"label": "New York", "value": "NYC"},
        //     {"label": "Montréal", "value": "MTL", "disabled": True}], value=["NYC", "MTL"],
        //     multi=True, placeholder="Pick", persistence=True, persistence_type="session")
        let dropdown = Dropdown::new()
            .id("cities")
            .options(vec![
                SelectOption::new("New York", "NYC"),
                SelectOption::new("Montréal", "MTL").disabled(true),
            ])
            .value(vec!["NYC", "MTL"])
            .multi(true)
            .placeholder("Pick")
            .persistence(true)
            .persistence_type(PersistenceType::Session);
        assert_eq!(
            wire(dropdown)["props"],
            json!({
                "options": [
                    {"label": "New York", "value": "NYC"},
                    {"label": "Montréal", "value": "MTL", "disabled": true}
                ],
                "value": ["NYC", "MTL"], "multi": true, "placeholder": "Pick",
                "persistence": true, "persistence_type": "session", "id": "cities"
            })
        );
    }

    #[test]
    fn options_accept_every_form() {
        let pairs = Options::from(vec![("New York", "NYC"), ("Paris", "PAR")]);
        assert_eq!(
            serde_json::to_value(pairs).unwrap(),
            json!([{"label": "New York", "value": "NYC"}, {"label": "Paris", "value": "PAR"}])
        );
        let numbered = Options::from([("One", 1), ("Two", 2)]);
        assert_eq!(
            serde_json::to_value(numbered).unwrap(),
            json!([{"label": "One", "value": 1}, {"label": "Two", "value": 2}])
        );
        let strings: Options = vec![String::from("a"), String::from("b")].into();
        assert_eq!(serde_json::to_value(strings).unwrap(), json!(["a", "b"]));
        let floats = Options::from(vec![0.5, 1.0]);
        assert_eq!(serde_json::to_value(floats).unwrap(), json!([0.5, 1.0]));
        let mixed = Options::from(vec![
            OptionEntry::from("plain"),
            OptionEntry::from(SelectOption::new(html::B::new().child("bold"), 3).search("three")),
        ]);
        assert_eq!(
            serde_json::to_value(mixed).unwrap(),
            json!([
                "plain",
                {
                    "label": {"props": {"children": "bold"}, "type": "B",
                              "namespace": "dash_html_components"},
                    "value": 3,
                    "search": "three"
                }
            ])
        );
        let dict = Options::dict([("a", "A"), ("b", "B")]);
        assert_eq!(
            serde_json::to_value(dict).unwrap(),
            json!({"a": "A", "b": "B"})
        );
        let collected: Options = (1..=3).collect();
        assert_eq!(serde_json::to_value(collected).unwrap(), json!([1, 2, 3]));
    }

    #[test]
    fn dropdown_value_can_be_cleared() {
        let dropdown = Dropdown::new().value(None::<&str>);
        assert_eq!(wire(dropdown)["props"], json!({"value": null}));
        let dropdown = Dropdown::new().value(Some(true));
        assert_eq!(wire(dropdown)["props"], json!({"value": true}));
    }

    #[test]
    fn checklist_and_radio_items_match_python() {
        // dcc.Checklist(["a", "b"], ["a"], id="c", inline=True)
        let checklist = Checklist::new()
            .options(["a", "b"])
            .value(["a"])
            .id("c")
            .inline(true);
        assert_eq!(
            wire(checklist)["props"],
            json!({"options": ["a", "b"], "value": ["a"], "inline": true, "id": "c"})
        );
        // dcc.RadioItems(options={"a": "A", "b": "B"}, value="a")
        let radio = RadioItems::new()
            .options(Options::dict([("a", "A"), ("b", "B")]))
            .value("a");
        assert_eq!(
            wire(radio),
            json!({
                "props": {"options": {"a": "A", "b": "B"}, "value": "a"},
                "type": "RadioItems",
                "namespace": "dash_core_components"
            })
        );
    }

    #[test]
    fn slider_marks_and_null_step_match_python() {
        // dcc.Slider(0, 10, step=None, marks={0: "0", 5.5: "x",
        //     10: {"label": "ten", "style": {"color": "red"}}}, value=2.0)
        let slider = Slider::new()
            .min(0)
            .max(10)
            .step(Step::MarksOnly)
            .marks(
                Marks::new()
                    .mark(0, "0")
                    .mark(5.5, "x")
                    .mark(10, Mark::new("ten").style("color: red")),
            )
            .value(2.0);
        assert_eq!(
            wire(slider)["props"],
            json!({
                "min": 0, "max": 10, "step": null,
                "marks": {"0": "0", "5.5": "x", "10": {"label": "ten", "style": {"color": "red"}}},
                "value": 2.0
            })
        );
        let hidden = Slider::new().marks(Marks::none());
        assert_eq!(wire(hidden)["props"], json!({"marks": null}));
        let from_pairs = Marks::from(vec![(1952, "1952"), (2007, "2007")]);
        assert_eq!(
            serde_json::to_value(from_pairs).unwrap(),
            json!({"1952": "1952", "2007": "2007"})
        );
    }

    #[test]
    fn range_slider_matches_python() {
        // dcc.RangeSlider(0, 20, 1, value=[5, 15], id="r", pushable=2,
        //     tooltip={"placement": "bottom", "always_visible": True}, updatemode="drag")
        let slider = RangeSlider::new()
            .min(0)
            .max(20)
            .step(1)
            .value(vec![5, 15])
            .id("r")
            .pushable(2)
            .tooltip(
                SliderTooltip::new()
                    .placement(TooltipPlacement::Bottom)
                    .always_visible(true),
            )
            .updatemode(SliderUpdateMode::Drag);
        assert_eq!(
            wire(slider)["props"],
            json!({
                "min": 0, "max": 20, "step": 1, "value": [5, 15], "pushable": 2,
                "tooltip": {"placement": "bottom", "always_visible": true},
                "updatemode": "drag", "id": "r"
            })
        );
    }

    #[test]
    fn a_graph_figure_from_a_plot_has_no_config() {
        let mut plot = plotly::Plot::new();
        plot.add_trace(plotly::Scatter::new(vec![1, 2], vec![3, 4]));
        let value = figure_value(&plot);
        let figure = value.as_object().expect("an object");
        assert!(!figure.contains_key("config"));
        assert!(
            !figure.contains_key("frames"),
            "no frames: no key, as in Python"
        );
        assert_eq!(figure["data"][0]["type"], "scatter");
        assert_eq!(figure["data"][0]["x"], json!([1, 2]));
        assert!(figure["layout"].is_object());

        let graph = Graph::new().id("g").figure(plot.clone());
        assert_eq!(wire(graph)["props"]["figure"], value);
        let by_reference = Graph::new().figure(&plot);
        assert_eq!(wire(by_reference)["props"]["figure"], value);

        let mut animated = plot;
        animated.add_frame(plotly::layout::Frame::new().name("f0"));
        let frames = &figure_value(&animated)["frames"];
        assert_eq!(frames[0]["name"], "f0");
        assert!(figure_value(&animated).get("config").is_none());
    }

    #[test]
    fn a_graph_figure_can_be_json() {
        let figure = json!({"data": [{"type": "bar", "y": [1, 2]}], "layout": {"title": "t"}});
        let graph = Graph::new()
            .figure(figure.clone())
            .config(json!({"displayModeBar": false}))
            .responsive(true);
        let props = wire(graph)["props"].clone();
        assert_eq!(props["figure"], figure);
        assert_eq!(props["config"], json!({"displayModeBar": false}));
        assert_eq!(props["responsive"], true);
        let auto = Graph::new().responsive(Responsive::Auto);
        assert_eq!(wire(auto)["props"]["responsive"], "auto");
    }

    #[test]
    fn tabs_with_tab_children_match_python() {
        // dcc.Tabs(id="tabs", value="t1", children=[dcc.Tab(label="One", value="t1"),
        //     dcc.Tab(label="Two", value="t2", disabled=True)])
        let tabs = Tabs::new()
            .id("tabs")
            .value("t1")
            .child(Tab::new().label("One").value("t1"))
            .child(Tab::new().label("Two").value("t2").disabled(true));
        assert_eq!(
            wire(tabs),
            json!({
                "props": {
                    "children": [
                        {"props": {"children": null, "label": "One", "value": "t1"}, "type": "Tab",
                         "namespace": "dash_core_components"},
                        {"props": {"children": null, "disabled": true, "label": "Two", "value": "t2"},
                         "type": "Tab",
                         "namespace": "dash_core_components"}
                    ],
                    "id": "tabs",
                    "value": "t1"
                },
                "type": "Tabs",
                "namespace": "dash_core_components"
            })
        );
        // dcc.Tab(label=html.B("x"))
        let tab = Tab::new().label(html::B::new().child("x"));
        assert_eq!(
            wire(tab)["props"]["label"],
            json!({"props": {"children": "x"}, "type": "B", "namespace": "dash_html_components"})
        );
    }

    #[test]
    fn enum_props_serialise_to_the_exact_wire_strings() {
        // dcc.Input(id="i", type="number", debounce=True, inputMode="latin-name", min=0,
        //     step="any")
        let input = Input::new()
            .id("i")
            .type_(InputType::Number)
            .debounce(true)
            .input_mode(InputMode::LatinName)
            .min(0)
            .step("any");
        assert_eq!(
            wire(input)["props"],
            json!({
                "type": "number", "debounce": true, "inputMode": "latin-name", "min": 0,
                "step": "any", "id": "i"
            })
        );
        // dcc.DatePickerSingle(id="d", date="2024-05-01", first_day_of_week=1,
        //     calendar_orientation="vertical", is_RTL=False)
        let picker = DatePickerSingle::new()
            .id("d")
            .date("2024-05-01")
            .first_day_of_week(DayOfWeek::Monday)
            .calendar_orientation(CalendarOrientation::Vertical)
            .is_rtl(false);
        assert_eq!(
            wire(picker)["props"],
            json!({
                "date": "2024-05-01", "first_day_of_week": 1,
                "calendar_orientation": "vertical", "is_RTL": false, "id": "d"
            })
        );
        // dcc.Location(id="url", refresh="callback-nav")
        let location = Location::new()
            .id("url")
            .refresh(LocationRefresh::CallbackNav);
        assert_eq!(
            wire(location)["props"],
            json!({"id": "url", "refresh": "callback-nav"})
        );
        assert_eq!(
            wire(Location::new().refresh(false))["props"],
            json!({"refresh": false})
        );
        // dcc.Store(id="s", storage_type="local", data={"k": [1, 2]})
        let store = Store::new()
            .id("s")
            .storage_type(StorageType::Local)
            .data(json!({"k": [1, 2]}));
        assert_eq!(
            wire(store)["props"],
            json!({"id": "s", "data": {"k": [1, 2]}, "storage_type": "local"})
        );
        // dcc.Markdown("# Hi", highlight_config={"theme": "dark"})
        let markdown = Markdown::new()
            .child("# Hi")
            .highlight_config(HighlightTheme::Dark);
        assert_eq!(
            wire(markdown)["props"],
            json!({"children": "# Hi", "highlight_config": {"theme": "dark"}})
        );
        let loading = Loading::new()
            .type_(LoadingType::Circle)
            .display(LoadingDisplay::Show);
        assert_eq!(
            wire(loading)["props"],
            json!({"children": null, "type": "circle", "display": "show"})
        );
        let range = DatePickerRange::new()
            .updatemode(DateUpdateMode::Bothdates)
            .persisted_props([PersistedProp::StartDate, PersistedProp::EndDate]);
        assert_eq!(
            wire(range)["props"],
            json!({"updatemode": "bothdates", "persisted_props": ["start_date", "end_date"]})
        );
        assert_eq!(Value::from(SearchOrder::Original), json!("original"));
        assert_eq!(InputMode::FullWidthLatin.to_string(), "full-width-latin");
        assert_eq!(TooltipPlacement::ALL.len(), 8);
    }

    #[test]
    fn interval_and_buttons_match_python() {
        // dcc.Interval(id="tick", interval=500, n_intervals=0, max_intervals=-1)
        let interval = Interval::new()
            .id("tick")
            .interval(500)
            .n_intervals(0)
            .max_intervals(-1);
        assert_eq!(
            wire(interval)["props"],
            json!({"id": "tick", "interval": 500, "max_intervals": -1, "n_intervals": 0})
        );
        let button = Button::new()
            .child("Go")
            .n_clicks(0_u32)
            .type_(ButtonType::Submit);
        assert_eq!(
            wire(button),
            json!({
                "props": {"children": "Go", "n_clicks": 0, "type": "submit"},
                "type": "Button",
                "namespace": "dash_core_components"
            })
        );
    }

    #[test]
    fn small_object_props() {
        let download = Download::new().data(DownloadData::new("a.csv", "x,y").base64(false));
        assert_eq!(
            wire(download)["props"]["data"],
            json!({"filename": "a.csv", "content": "x,y", "base64": false})
        );
        let tooltip = Tooltip::new()
            .bbox(BBox::new(0, 0, 10.5, 20))
            .direction(TooltipDirection::Bottom);
        assert_eq!(
            wire(tooltip)["props"],
            json!({"children": null, "bbox": {"x0": 0, "y0": 0, "x1": 10.5, "y1": 20},
                   "direction": "bottom"})
        );
        let tabs = Tabs::new().colors(TabColors::new("#ccc", "navy", "white"));
        assert_eq!(
            wire(tabs)["props"]["colors"],
            json!({"border": "#ccc", "primary": "navy", "background": "white"})
        );
        let dropdown = Dropdown::new().labels(DropdownLabels::new().select_all("Tout"));
        assert_eq!(
            wire(dropdown)["props"]["labels"],
            json!({"select_all": "Tout"})
        );
        let Value::Object(pattern) = json!({"type": "cell", "index": 2}) else {
            unreachable!()
        };
        let clipboard = Clipboard::new().target_id(pattern);
        assert_eq!(
            wire(clipboard)["props"]["target_id"],
            json!({"type": "cell", "index": 2})
        );
        let spinner = Loading::new().custom_spinner(html::Span::new().child("…"));
        assert_eq!(wire(spinner)["props"]["custom_spinner"]["type"], "Span");
    }

    #[test]
    fn numbers_serialise_like_python() {
        let json = |n: Number| serde_json::to_string(&n).unwrap();
        assert_eq!(json(2007.into()), "2007");
        assert_eq!(json(2.0.into()), "2.0");
        assert_eq!(json(0.1_f32.into()), "0.1");
        assert_eq!(json((-1_i8).into()), "-1");
        assert_eq!(json(u64::MAX.into()), "18446744073709551615");
        assert_eq!(json(7_usize.into()), "7");
        assert_eq!(json(f64::NAN.into()), "null");
        assert_eq!(Number::from(3_u8), Number::Int(3));
        assert_eq!(Number::from(5.5).to_string(), "5.5");
    }

    #[test]
    fn every_prop_has_a_setter_that_stores_it_under_its_wire_name() {
        let slider = Slider::new()
            .vertical_height(300)
            .allow_direct_input(false)
            .drag_value(4)
            .component_path(json!([0]));
        let props = slider.into_component().props().clone();
        assert_eq!(props["verticalHeight"], 300);
        assert_eq!(props["allow_direct_input"], false);
        assert_eq!(props["drag_value"], 4);
        assert_eq!(props["componentPath"], json!([0]));
        let upload = Upload::new()
            .class_name_active("over")
            .style_reject("color: red");
        let props = upload.into_component().props().clone();
        assert_eq!(props["className_active"], "over");
        assert_eq!(props["style_reject"], json!({"color": "red"}));
    }

    use super::super::metadata_props;

    #[test]
    fn every_builder_declares_exactly_the_metadata_props() {
        let expected = metadata_props("dash_core_components");
        assert_eq!(expected.len(), 26);
        for (type_name, props) in &expected {
            let (_, declared) = COMPONENTS
                .iter()
                .find(|(name, _)| name == type_name)
                .unwrap_or_else(|| panic!("no builder for dcc.{type_name}"));
            let mut declared: Vec<&str> = declared.to_vec();
            declared.sort_unstable();
            assert_eq!(declared, *props, "props of dcc.{type_name}");
        }
        assert_eq!(COMPONENTS.len(), expected.len());
        assert_eq!(Graph::TYPE, ("dash_core_components", "Graph"));
    }
}
