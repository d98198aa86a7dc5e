//! Typed builders for the dash-bootstrap-components 2.0.4 layout pieces dashboards are built
//! from: the grid (`Container`, `Row`, `Col`), cards, buttons, alerts and badges, navigation
//! (`Navbar`, `Nav`, `Tabs`), `Modal`, `Collapse`, `Tooltip`, `Spinner` and form controls.
//!
//! Setters are named after dbc's wire names in snake_case (dbc itself spells most props in
//! snake_case: `class_name`, `is_open`, `active_tab`); its deprecated camelCase aliases
//! (`dialogClassName` beside `dialog_class_name`) are left to
//! [`Builder::prop`](crate::component::Builder::prop). `id`, `style` and children come from
//! [`Builder`](crate::component::Builder).
//!
//! ```
//! use dash_runtime::component::{Builder, IntoComponent};
//! use dash_runtime::dbc;
//! let card = dbc::Card::new()
//!     .color("primary")
//!     .child(dbc::CardHeader::new().child("Revenue"))
//!     .child(dbc::CardBody::new().child("$1.2M"));
//! let card = card.into_component();
//! assert_eq!(card.namespace(), "dash_bootstrap_components");
//! assert_eq!(card.props()["color"], "primary");
//! ```

#![warn(missing_docs)]

use crate::component::Style;
use crate::dcc::Number;
use serde_json::Value;

/// Declares the dbc builders: `Type("docs-page") [props handled by Builder] { own props }`,
/// with each builder's `PROPS` and the [`COMPONENTS`] list.
macro_rules! dbc_components {
    (
        $(
            $(#[$doc:meta])*
            $name:ident($page:literal) [$($builtin:literal),*] {
                $( $(#[$prop_doc:meta])* $setter:ident($wire:literal): $ty:ty ),* $(,)?
            }
        )*
    ) => {
        $(
            crate::component_builder! {
                $(#[$doc])*
                #[doc = ""]
                #[doc = concat!(
                    "See <https://dash-bootstrap-components.opensource.faculty.ai/docs/components/",
                    $page,
                    "/>."
                )]
                $name in "dash_bootstrap_components" {
                    $( $(#[$prop_doc])* $setter($wire): $ty, )*
                }
            }

            impl $name {
                /// The wire names of the props this builder sets, those of
                /// [`Builder`](crate::component::Builder) included.
                pub const PROPS: &'static [&'static str] = &[$($builtin,)* $($wire),*];
            }
        )*

        /// Every dbc builder: its type name and its `PROPS`.
        pub const COMPONENTS: &[(&str, &[&str])] = &[$((stringify!($name), $name::PROPS)),*];
    };
}

dbc_components! {
    /// `dbc.Container`.
    Container("layout") ["id", "className", "style", "children"] {
        /// `fluid`: JSON (boolean or string).
        fluid("fluid"): Value,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `tag`: text.
        tag("tag"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Row`.
    Row("layout") ["id", "className", "style", "children"] {
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `align`: one of `"start"`, `"center"`, `"end"`, `"stretch"`, `"baseline"`.
        align("align"): String,
        /// `justify`: one of `"start"`, `"center"`, `"end"`, `"around"`, `"between"`, `"evenly"`.
        justify("justify"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Col`.
    Col("layout") ["id", "className", "style", "children"] {
        /// `align`: one of `"start"`, `"center"`, `"end"`, `"stretch"`, `"baseline"`.
        align("align"): String,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `width`: JSON (optional).
        width("width"): Value,
        /// `xs`: JSON (optional).
        xs("xs"): Value,
        /// `sm`: JSON (optional).
        sm("sm"): Value,
        /// `md`: JSON (optional).
        md("md"): Value,
        /// `lg`: JSON (optional).
        lg("lg"): Value,
        /// `xl`: JSON (optional).
        xl("xl"): Value,
        /// `xxl`: JSON (optional).
        xxl("xxl"): Value,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Card`.
    Card("card") ["id", "className", "style", "children"] {
        /// `color`: text.
        color("color"): String,
        /// `body`: `true` or `false`.
        body("body"): bool,
        /// `outline`: `true` or `false`.
        outline("outline"): bool,
        /// `inverse`: `true` or `false`.
        inverse("inverse"): bool,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.CardHeader`.
    CardHeader("card") ["id", "className", "style", "children"] {
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `tag`: text.
        tag("tag"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.CardBody`.
    CardBody("card") ["id", "className", "style", "children"] {
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `tag`: text.
        tag("tag"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.CardFooter`.
    CardFooter("card") ["id", "className", "style", "children"] {
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `tag`: text.
        tag("tag"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Button`.
    Button("button") ["id", "className", "style", "children"] {
        /// `n_clicks`: a number (default 0).
        n_clicks("n_clicks"): Number,
        /// `color`: text.
        color("color"): String,
        /// `href`: text.
        href("href"): String,
        /// `external_link`: `true` or `false`.
        external_link("external_link"): bool,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `active`: `true` or `false`.
        active("active"): bool,
        /// `disabled`: `true` or `false`.
        disabled("disabled"): bool,
        /// `size`: text.
        size("size"): String,
        /// `title`: text.
        title("title"): String,
        /// `outline`: `true` or `false`.
        outline("outline"): bool,
        /// `target`: text.
        target("target"): String,
        /// `type`: one of `"button"`, `"reset"`, `"submit"`.
        type_("type"): String,
        /// `download`: text.
        download("download"): String,
        /// `name`: text.
        name("name"): String,
        /// `value`: text.
        value("value"): String,
        /// `rel`: text.
        rel("rel"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Alert`.
    Alert("alert") ["id", "className", "style", "children"] {
        /// `is_open`: `true` or `false` (default True).
        is_open("is_open"): bool,
        /// `color`: text (default 'success').
        color("color"): String,
        /// `dismissable`: `true` or `false`.
        dismissable("dismissable"): bool,
        /// `duration`: a number.
        duration("duration"): Number,
        /// `fade`: `true` or `false`.
        fade("fade"): bool,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `persistence`: JSON (boolean or string or number).
        persistence("persistence"): Value,
        /// `persisted_props`: JSON (list of a value equal to: 'is_open's).
        persisted_props("persisted_props"): Value,
        /// `persistence_type`: one of `"local"`, `"session"`, `"memory"`.
        persistence_type("persistence_type"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Badge`.
    Badge("badge") ["id", "className", "style", "children"] {
        /// `color`: text (default 'secondary').
        color("color"): String,
        /// `text_color`: text.
        text_color("text_color"): String,
        /// `n_clicks`: a number (default 0).
        n_clicks("n_clicks"): Number,
        /// `href`: text.
        href("href"): String,
        /// `external_link`: `true` or `false`.
        external_link("external_link"): bool,
        /// `pill`: `true` or `false`.
        pill("pill"): bool,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `tag`: text.
        tag("tag"): String,
        /// `target`: text.
        target("target"): String,
        /// `title`: text.
        title("title"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Navbar`.
    Navbar("navbar") ["id", "className", "style", "children"] {
        /// `dark`: `true` or `false` (default True).
        dark("dark"): bool,
        /// `fixed`: text.
        fixed("fixed"): String,
        /// `sticky`: one of `"top"`.
        sticky("sticky"): String,
        /// `color`: text (default 'primary').
        color("color"): String,
        /// `expand`: JSON (boolean or string) (default 'md').
        expand("expand"): Value,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `role`: text.
        role("role"): String,
        /// `tag`: text.
        tag("tag"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.NavbarBrand`.
    NavbarBrand("navbar") ["id", "className", "style", "children"] {
        /// `external_link`: `true` or `false`.
        external_link("external_link"): bool,
        /// `href`: text.
        href("href"): String,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Nav`.
    Nav("nav") ["id", "className", "style", "children"] {
        /// `pills`: `true` or `false`.
        pills("pills"): bool,
        /// `vertical`: JSON (boolean or string).
        vertical("vertical"): Value,
        /// `horizontal`: one of `"start"`, `"center"`, `"end"`, `"between"`, `"around"`.
        horizontal("horizontal"): String,
        /// `fill`: `true` or `false`.
        fill("fill"): bool,
        /// `justified`: `true` or `false`.
        justified("justified"): bool,
        /// `card`: `true` or `false`.
        card("card"): bool,
        /// `navbar`: `true` or `false`.
        navbar("navbar"): bool,
        /// `navbar_scroll`: `true` or `false`.
        navbar_scroll("navbar_scroll"): bool,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.NavItem`.
    NavItem("nav") ["id", "className", "style", "children"] {
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.NavLink`.
    NavLink("nav") ["id", "className", "style", "children"] {
        /// `href`: text.
        href("href"): String,
        /// `n_clicks`: a number (default 0).
        n_clicks("n_clicks"): Number,
        /// `active`: JSON (boolean or a value equal to: 'partial', 'exact') (default False).
        active("active"): Value,
        /// `disabled`: `true` or `false` (default False).
        disabled("disabled"): bool,
        /// `external_link`: `true` or `false`.
        external_link("external_link"): bool,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `target`: text.
        target("target"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Tabs`.
    Tabs("tabs") ["id", "className", "style", "children"] {
        /// `active_tab`: text.
        active_tab("active_tab"): String,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `persistence`: JSON (boolean or string or number).
        persistence("persistence"): Value,
        /// `persisted_props`: JSON (list of a value equal to: 'active_tab's).
        persisted_props("persisted_props"): Value,
        /// `persistence_type`: one of `"local"`, `"session"`, `"memory"`.
        persistence_type("persistence_type"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Tab`.
    Tab("tabs") ["id", "className", "style", "children"] {
        /// `label`: text.
        label("label"): String,
        /// `tab_id`: text.
        tab_id("tab_id"): String,
        /// `disabled`: `true` or `false`.
        disabled("disabled"): bool,
        /// `tab_style`: an object.
        tab_style("tab_style"): Style,
        /// `active_tab_style`: an object.
        active_tab_style("active_tab_style"): Style,
        /// `label_style`: an object.
        label_style("label_style"): Style,
        /// `active_label_style`: an object.
        active_label_style("active_label_style"): Style,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `tab_class_name`: text.
        tab_class_name("tab_class_name"): String,
        /// `active_tab_class_name`: text.
        active_tab_class_name("active_tab_class_name"): String,
        /// `label_class_name`: text.
        label_class_name("label_class_name"): String,
        /// `active_label_class_name`: text.
        active_label_class_name("active_label_class_name"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Modal`.
    Modal("modal") ["id", "className", "style", "children"] {
        /// `is_open`: `true` or `false`.
        is_open("is_open"): bool,
        /// `centered`: `true` or `false`.
        centered("centered"): bool,
        /// `scrollable`: `true` or `false`.
        scrollable("scrollable"): bool,
        /// `size`: text.
        size("size"): String,
        /// `backdrop`: JSON (boolean or a value equal to: 'static').
        backdrop("backdrop"): Value,
        /// `fullscreen`: JSON.
        fullscreen("fullscreen"): Value,
        /// `keyboard`: `true` or `false`.
        keyboard("keyboard"): bool,
        /// `fade`: `true` or `false`.
        fade("fade"): bool,
        /// `dialog_style`: an object.
        dialog_style("dialog_style"): Style,
        /// `content_style`: an object.
        content_style("content_style"): Style,
        /// `backdrop_style`: an object.
        backdrop_style("backdrop_style"): Style,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `dialog_class_name`: text.
        dialog_class_name("dialog_class_name"): String,
        /// `backdrop_class_name`: text.
        backdrop_class_name("backdrop_class_name"): String,
        /// `content_class_name`: text.
        content_class_name("content_class_name"): String,
        /// `tag`: text.
        tag("tag"): String,
        /// `autofocus`: `true` or `false`.
        autofocus("autofocus"): bool,
        /// `enforceFocus`: `true` or `false`.
        enforce_focus("enforceFocus"): bool,
        /// `role`: text.
        role("role"): String,
        /// `labelledby`: text.
        labelledby("labelledby"): String,
        /// `zindex`: JSON (number or string).
        zindex("zindex"): Value,
        /// `autoFocus`: `true` or `false`.
        auto_focus("autoFocus"): bool,
        /// `labelledBy`: text.
        labelled_by("labelledBy"): String,
        /// `zIndex`: JSON (number or string).
        z_index("zIndex"): Value,
    }

    /// `dbc.ModalHeader`.
    ModalHeader("modal") ["id", "className", "style", "children"] {
        /// `close_button`: `true` or `false` (default True).
        close_button("close_button"): bool,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `tag`: text.
        tag("tag"): String,
    }

    /// `dbc.ModalTitle`.
    ModalTitle("modal") ["id", "className", "style", "children"] {
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `tag`: text.
        tag("tag"): String,
    }

    /// `dbc.ModalBody`.
    ModalBody("modal") ["id", "className", "style", "children"] {
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `tag`: text.
        tag("tag"): String,
    }

    /// `dbc.ModalFooter`.
    ModalFooter("modal") ["id", "className", "style", "children"] {
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `tag`: text.
        tag("tag"): String,
    }

    /// `dbc.Collapse`.
    Collapse("collapse") ["id", "className", "style", "children"] {
        /// `is_open`: `true` or `false`.
        is_open("is_open"): bool,
        /// `dimension`: one of `"height"`, `"width"` (default 'height').
        dimension("dimension"): String,
        /// `navbar`: `true` or `false`.
        navbar("navbar"): bool,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `tag`: text.
        tag("tag"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Tooltip`.
    Tooltip("tooltip") ["id", "className", "style", "children"] {
        /// `target`: JSON (string or dict).
        target("target"): Value,
        /// `is_open`: `true` or `false`.
        is_open("is_open"): bool,
        /// `trigger`: text (default 'hover focus').
        trigger("trigger"): String,
        /// `placement`: one of `"auto"`, `"auto-start"`, `"auto-end"`, `"top"`, `"top-start"`, `"top-end"`, `"right"`, `"right-start"`, `"right-end"`, `"bottom"`, `"bottom-start"`, `"bottom-end"`, `"left"`, `"left-start"`, `"left-end"` (default 'auto').
        placement("placement"): String,
        /// `delay`: an object (default {show: 0, hide: 50}).
        delay("delay"): Value,
        /// `flip`: `true` or `false` (default True).
        flip("flip"): bool,
        /// `autohide`: `true` or `false` (default True).
        autohide("autohide"): bool,
        /// `fade`: `true` or `false` (default True).
        fade("fade"): bool,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Spinner`.
    Spinner("spinner") ["id", "children"] {
        /// `color`: text.
        color("color"): String,
        /// `type`: text (default 'border').
        type_("type"): String,
        /// `size`: text.
        size("size"): String,
        /// `fullscreen`: `true` or `false`.
        fullscreen("fullscreen"): bool,
        /// `delay_hide`: a number (default 0).
        delay_hide("delay_hide"): Number,
        /// `delay_show`: a number (default 0).
        delay_show("delay_show"): Number,
        /// `show_initially`: `true` or `false` (default True).
        show_initially("show_initially"): bool,
        /// `spinner_style`: an object.
        spinner_style("spinner_style"): Style,
        /// `spinner_class_name`: text.
        spinner_class_name("spinner_class_name"): String,
        /// `fullscreen_style`: an object.
        fullscreen_style("fullscreen_style"): Style,
        /// `fullscreen_class_name`: text.
        fullscreen_class_name("fullscreen_class_name"): String,
        /// `display`: one of `"auto"`, `"show"`, `"hide"`.
        display("display"): String,
        /// `target_components`: JSON.
        target_components("target_components"): Value,
    }

    /// `dbc.Form`.
    Form("form") ["id", "className", "style", "children"] {
        /// `n_submit`: a number (default 0).
        n_submit("n_submit"): Number,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `action`: text.
        action("action"): String,
        /// `method`: one of `"GET"`, `"POST"`.
        method("method"): String,
        /// `prevent_default_on_submit`: `true` or `false` (default True).
        prevent_default_on_submit("prevent_default_on_submit"): bool,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Label`.
    Label("form") ["id", "className", "style", "children"] {
        /// `size`: text.
        size("size"): String,
        /// `html_for`: text.
        html_for("html_for"): String,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `hidden`: `true` or `false`.
        hidden("hidden"): bool,
        /// `check`: `true` or `false`.
        check("check"): bool,
        /// `width`: JSON (optional).
        width("width"): Value,
        /// `xs`: JSON (optional).
        xs("xs"): Value,
        /// `sm`: JSON (optional).
        sm("sm"): Value,
        /// `md`: JSON (optional).
        md("md"): Value,
        /// `lg`: JSON (optional).
        lg("lg"): Value,
        /// `xl`: JSON (optional).
        xl("xl"): Value,
        /// `xxl`: JSON (optional).
        xxl("xxl"): Value,
        /// `align`: one of `"start"`, `"center"`, `"end"` (default 'center').
        align("align"): String,
        /// `color`: text.
        color("color"): String,
        /// `key`: text.
        key("key"): String,
    }

    /// `dbc.Input`.
    Input("input") ["id", "className", "style"] {
        /// `value`: JSON (string or number).
        value("value"): Value,
        /// `n_submit`: a number (default 0).
        n_submit("n_submit"): Number,
        /// `n_blur`: a number (default 0).
        n_blur("n_blur"): Number,
        /// `size`: text.
        size("size"): String,
        /// `valid`: `true` or `false`.
        valid("valid"): bool,
        /// `invalid`: `true` or `false`.
        invalid("invalid"): bool,
        /// `plaintext`: `true` or `false`.
        plaintext("plaintext"): bool,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `type`: one of `"text"`, `"number"`, `"password"`, `"email"`, `"range"`, `"search"`, `"tel"`, `"url"`, `"hidden"`, `"time"`.
        type_("type"): String,
        /// `step`: JSON (string or number) (default 'any').
        step("step"): Value,
        /// `disabled`: `true` or `false`.
        disabled("disabled"): bool,
        /// `placeholder`: JSON (string or number).
        placeholder("placeholder"): Value,
        /// `debounce`: JSON (boolean or number) (default False).
        debounce("debounce"): Value,
        /// `html_size`: text.
        html_size("html_size"): String,
        /// `autocomplete`: text.
        autocomplete("autocomplete"): String,
        /// `autofocus`: one of `"autoFocus"`, `"autofocus"`, `"AUTOFOCUS"`.
        autofocus("autofocus"): Value,
        /// `inputmode`: one of `"verbatim"`, `"latin"`, `"latin-name"`, `"latin-prose"`, `"full-width-latin"`, `"kana"`, `"katakana"`, `"numeric"`, `"tel"`, `"email"`, `"url"`.
        inputmode("inputmode"): String,
        /// `list`: text.
        list("list"): String,
        /// `max`: JSON (string or number).
        max("max"): Value,
        /// `maxlength`: JSON (string or number).
        maxlength("maxlength"): Value,
        /// `min`: JSON (string or number).
        min("min"): Value,
        /// `minlength`: JSON (string or number).
        minlength("minlength"): Value,
        /// `required`: one of `"required"`, `"REQUIRED"`.
        required("required"): Value,
        /// `readonly`: JSON.
        readonly("readonly"): Value,
        /// `name`: text.
        name("name"): String,
        /// `pattern`: text.
        pattern("pattern"): String,
        /// `tabindex`: text.
        tabindex("tabindex"): String,
        /// `persistence`: JSON (boolean or string or number).
        persistence("persistence"): Value,
        /// `persisted_props`: JSON (list of a value equal to: 'value's).
        persisted_props("persisted_props"): Value,
        /// `persistence_type`: one of `"local"`, `"session"`, `"memory"`.
        persistence_type("persistence_type"): String,
        /// `key`: text.
        key("key"): String,
        /// `tabIndex`: text.
        tab_index("tabIndex"): String,
        /// `maxLength`: JSON (string or number).
        max_length("maxLength"): Value,
        /// `minLength`: JSON (string or number).
        min_length("minLength"): Value,
        /// `inputMode`: one of `"verbatim"`, `"latin"`, `"latin-name"`, `"latin-prose"`, `"full-width-latin"`, `"kana"`, `"katakana"`, `"numeric"`, `"tel"`, `"email"`, `"url"`.
        input_mode("inputMode"): String,
        /// `autoComplete`: text.
        auto_complete("autoComplete"): String,
        /// `autoFocus`: one of `"autoFocus"`, `"autofocus"`, `"AUTOFOCUS"`.
        auto_focus("autoFocus"): Value,
    }

    /// `dbc.Select`.
    Select("input") ["id", "className", "style"] {
        /// `options`: JSON (list of dicts).
        options("options"): Value,
        /// `value`: JSON (string or number) (default '').
        value("value"): Value,
        /// `placeholder`: text (default '').
        placeholder("placeholder"): String,
        /// `disabled`: `true` or `false`.
        disabled("disabled"): bool,
        /// `class_name`: text.
        class_name("class_name"): String,
        /// `required`: one of `"required"`, `"REQUIRED"`.
        required("required"): Value,
        /// `valid`: `true` or `false`.
        valid("valid"): bool,
        /// `invalid`: `true` or `false`.
        invalid("invalid"): bool,
        /// `size`: text.
        size("size"): String,
        /// `html_size`: text.
        html_size("html_size"): String,
        /// `name`: text.
        name("name"): String,
        /// `persistence`: JSON (boolean or string or number).
        persistence("persistence"): Value,
        /// `persisted_props`: JSON (list of a value equal to: 'value's).
        persisted_props("persisted_props"): Value,
        /// `persistence_type`: one of `"local"`, `"session"`, `"memory"`.
        persistence_type("persistence_type"): String,
        /// `key`: text.
        key("key"): String,
    }

}
