//! Typed builders for `dash_html_components`: one per HTML element of Dash 4.4.1's `html`
//! package (`html::Div`, `html::H1`, `html::Button`, ...).
//!
//! Every element has the props all html components share (`n_clicks`, `title`, `hidden`,
//! `tabIndex`, ...) plus its own attributes (`A::href`, `Img::src`, `Button::disabled`, ...),
//! with setters named after the wire names in snake_case. `id`, `className`, `style` and the
//! children come from [`Builder`](crate::component::Builder); `data-*` and `aria-*` attributes
//! are set with `data_attr` / `aria_attr` (or [`Builder::prop`](crate::component::Builder::prop)).
//!
//! ```
//! use dash_runtime::component::{Builder, IntoComponent};
//! use dash_runtime::html;
//! let button = html::Button::new().id("save").child("Save").n_clicks(0).disabled(false);
//! assert_eq!(button.into_component().props()["n_clicks"], 0);
//! ```
//!
//! Dash 4.4.1's `html` package has no `Input` element; use [`crate::dcc::Input`].

#![warn(missing_docs)]

use super::dcc::Number;
use serde_json::Value;

/// Declares the html builders. Each entry is `Type("tag")` (or `Type("tag", "docs-page")`)
/// followed by the element's own props; the props every html element shares are added here,
/// once, together with the `PROPS` list and the [`COMPONENTS`] registry.
macro_rules! html_components {
    (
        $(
            $name:ident($tag:literal $(, $page:literal)?) {
                $( $(#[$prop_doc:meta])* $setter:ident($wire:literal): $ty:ty ),* $(,)?
            }
        )*
    ) => {
        $(
            crate::component_builder! {
                #[doc = concat!("`html.", stringify!($name), "`: the HTML `<", $tag, ">` element.")]
                #[doc = ""]
                #[doc = concat!(
                    "See <https://dash.plotly.com/dash-html-components/",
                    html_components!(@page $tag $(, $page)?),
                    ">."
                )]
                $name in "dash_html_components" {
                    $( $(#[$prop_doc])* $setter($wire): $ty, )*
                    /// `n_clicks`: how many times the element was clicked (default 0). The
                    /// browser updates it, so it is the usual callback input of a button.
                    n_clicks("n_clicks"): Number,
                    /// `n_clicks_timestamp`: when the element was last clicked, in milliseconds
                    /// since the epoch (default -1: never).
                    n_clicks_timestamp("n_clicks_timestamp"): Number,
                    /// `disable_n_clicks`: when `true`, clicks are not counted in `n_clicks`.
                    disable_n_clicks("disable_n_clicks"): bool,
                    /// `key`: React's identity of the element among its siblings.
                    key("key"): String,
                    /// `role`: the ARIA role of the element.
                    role("role"): String,
                    /// `title`: text shown as a tooltip on hover.
                    title("title"): String,
                    /// `hidden`: hides the element.
                    hidden("hidden"): bool,
                    /// `tabIndex`: position in the keyboard focus order (number or string).
                    tab_index("tabIndex"): Value,
                    /// `lang`: language of the element's content (`"en"`, `"fr-CA"`, ...).
                    lang("lang"): String,
                    /// `dir`: text direction, `"ltr"`, `"rtl"` or `"auto"`.
                    dir("dir"): String,
                    /// `accessKey`: keyboard shortcut that focuses or activates the element.
                    access_key("accessKey"): String,
                    /// `contentEditable`: whether the user may edit the content (`"true"` or
                    /// `"false"`).
                    content_editable("contentEditable"): String,
                    /// `draggable`: whether the element can be dragged (`"true"` or `"false"`).
                    draggable("draggable"): String,
                    /// `spellCheck`: whether the content is spell-checked (`"true"` or
                    /// `"false"`).
                    spell_check("spellCheck"): String,
                }
            }

            impl $name {
                /// Every prop name of this component in Dash's metadata, including those set
                /// through [`Builder`](crate::component::Builder) (`id`, `className`, `style`,
                /// `children`) and the `data-*` / `aria-*` wildcards.
                pub const PROPS: &'static [&'static str] = &[
                    $($wire,)*
                    "id", "children", "className", "style",
                    "n_clicks", "n_clicks_timestamp", "disable_n_clicks", "key", "role", "title",
                    "hidden", "tabIndex", "lang", "dir", "accessKey", "contentEditable",
                    "draggable", "spellCheck", "data-*", "aria-*",
                ];

                /// Sets the `data-<name>` attribute.
                pub fn data_attr(self, name: &str, value: impl Into<String>) -> Self {
                    <Self as crate::component::Builder>::prop(
                        self,
                        &format!("data-{name}"),
                        value.into(),
                    )
                }

                /// Sets the `aria-<name>` attribute.
                pub fn aria_attr(self, name: &str, value: impl Into<String>) -> Self {
                    <Self as crate::component::Builder>::prop(
                        self,
                        &format!("aria-{name}"),
                        value.into(),
                    )
                }
            }
        )*

        /// Every html builder: its type name and its [`PROPS`](Div::PROPS).
        pub const COMPONENTS: &[(&str, &[&str])] = &[$((stringify!($name), $name::PROPS)),*];
    };
    (@page $tag:literal) => { $tag };
    (@page $tag:literal, $page:literal) => { $page };
}

html_components! {
    // --- Sections and page structure ---
    Div("div") {}
    Main("main") {}
    Section("section") {}
    Article("article") {}
    Aside("aside") {}
    Header("header") {}
    Footer("footer") {}
    Nav("nav") {}
    Address("address") {}
    Hgroup("hgroup") {}
    H1("h1") {}
    H2("h2") {}
    H3("h3") {}
    H4("h4") {}
    H5("h5") {}
    H6("h6") {}
    Hr("hr") {}
    Br("br") {}
    Wbr("wbr") {}
    P("p") {}
    Pre("pre") {}
    Blockquote("blockquote") {
        /// `cite`: URL of the quoted or changed source.
        cite("cite"): String,
    }
    Figure("figure") {}
    Figcaption("figcaption") {}
    Details("details") {
        /// `open`: whether the contents are shown.
        open("open"): bool,
    }
    Summary("summary") {}
    Dialog("dialog") {
        /// `open`: whether the contents are shown.
        open("open"): bool,
    }
    Template("template") {}
    Slot("slot") {}

    // --- Inline text ---
    Span("span") {}
    A("a") {
        /// `download`: downloads the target instead of navigating to it; the value is the
        /// suggested file name.
        download("download"): String,
        /// `href`: URL the element points to.
        href("href"): String,
        /// `hrefLang`: language of the linked resource.
        href_lang("hrefLang"): String,
        /// `media`: media query the resource is meant for.
        media("media"): String,
        /// `referrerPolicy`: referrer sent when fetching the resource.
        referrer_policy("referrerPolicy"): String,
        /// `rel`: relationship of the linked resource to this document.
        rel("rel"): String,
        /// `shape`: shape of the area.
        shape("shape"): String,
        /// `target`: where to open the linked resource (`"_blank"`, a frame name, ...).
        target("target"): String,
    }
    B("b") {}
    I("i") {}
    U("u") {}
    S("s") {}
    Em("em") {}
    Strong("strong") {}
    Small("small") {}
    Mark("mark") {}
    Sub("sub") {}
    Sup("sup") {}
    Code("code") {}
    Kbd("kbd") {}
    Samp("samp") {}
    Var("var") {}
    Q("q") {
        /// `cite`: URL of the quoted or changed source.
        cite("cite"): String,
    }
    Cite("cite") {}
    Dfn("dfn") {}
    Abbr("abbr") {}
    Time("time") {
        /// `dateTime`: machine-readable date/time.
        date_time("dateTime"): String,
    }
    Data("data") {
        /// `value`: value of the element.
        value("value"): String,
    }
    Del("del") {
        /// `cite`: URL of the quoted or changed source.
        cite("cite"): String,
        /// `dateTime`: machine-readable date/time.
        date_time("dateTime"): String,
    }
    Ins("ins") {
        /// `cite`: URL of the quoted or changed source.
        cite("cite"): String,
        /// `dateTime`: machine-readable date/time.
        date_time("dateTime"): String,
    }
    Bdi("bdi") {}
    Bdo("bdo") {}
    Ruby("ruby") {}
    Rb("rb") {}
    Rp("rp") {}
    Rt("rt") {}
    Rtc("rtc") {}

    // --- Lists ---
    Ul("ul") {}
    Ol("ol") {
        /// `reversed`: numbers the list in descending order.
        reversed("reversed"): bool,
        /// `start`: number of the first item.
        start("start"): String,
        /// `type`: type of the element or of the linked resource.
        type_("type"): String,
    }
    Li("li") {
        /// `value`: value of the element.
        value("value"): String,
    }
    Dl("dl") {}
    Dt("dt") {}
    Dd("dd") {}

    // --- Tables ---
    Table("table") {}
    Caption("caption") {}
    Colgroup("colgroup") {
        /// `span`: number of columns spanned.
        span("span"): String,
    }
    Col("col") {
        /// `span`: number of columns spanned.
        span("span"): String,
    }
    Thead("thead") {}
    Tbody("tbody") {}
    Tfoot("tfoot") {}
    Tr("tr") {}
    Th("th") {
        /// `colSpan`: number of columns the cell spans (number or string).
        col_span("colSpan"): Value,
        /// `headers`: ids of the header cells that apply to this cell.
        headers("headers"): String,
        /// `rowSpan`: number of rows the cell spans (number or string).
        row_span("rowSpan"): Value,
        /// `scope`: cells the header applies to (`"row"`, `"col"`, ...).
        scope("scope"): String,
    }
    Td("td") {
        /// `colSpan`: number of columns the cell spans (number or string).
        col_span("colSpan"): Value,
        /// `headers`: ids of the header cells that apply to this cell.
        headers("headers"): String,
        /// `rowSpan`: number of rows the cell spans (number or string).
        row_span("rowSpan"): Value,
    }

    // --- Forms ---
    Form("form") {
        /// `accept`: MIME types the server accepts for uploads.
        accept("accept"): String,
        /// `acceptCharset`: character encodings the server accepts.
        accept_charset("acceptCharset"): String,
        /// `action`: URL the form is submitted to.
        action("action"): String,
        /// `autoComplete`: whether the browser may fill the control in automatically
        /// (`"on"`/`"off"`).
        auto_complete("autoComplete"): String,
        /// `encType`: encoding of the submitted form data.
        enc_type("encType"): String,
        /// `method`: HTTP method of the submission (`"get"`, `"post"`).
        method("method"): String,
        /// `name`: name of the element (used in form data, or as a target name).
        name("name"): String,
        /// `noValidate`: skips validation when the form is submitted.
        no_validate("noValidate"): bool,
        /// `target`: where to open the linked resource (`"_blank"`, a frame name, ...).
        target("target"): String,
    }
    Label("label") {
        /// `htmlFor`: id of the element this one describes (HTML `for`).
        html_for("htmlFor"): String,
    }
    Button("button") {
        /// `autoFocus`: focuses the element when the page loads.
        auto_focus("autoFocus"): bool,
        /// `disabled`: disables the control.
        disabled("disabled"): bool,
        /// `form`: id of the `<form>` the element belongs to.
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
        /// `name`: name of the element (used in form data, or as a target name).
        name("name"): String,
        /// `type`: type of the element or of the linked resource.
        type_("type"): String,
        /// `value`: value of the element.
        value("value"): String,
    }
    Fieldset("fieldset") {
        /// `disabled`: disables the control.
        disabled("disabled"): bool,
        /// `form`: id of the `<form>` the element belongs to.
        form("form"): String,
        /// `name`: name of the element (used in form data, or as a target name).
        name("name"): String,
    }
    Legend("legend") {}
    Select("select") {
        /// `autoFocus`: focuses the element when the page loads.
        auto_focus("autoFocus"): bool,
        /// `autoComplete`: whether the browser may fill the control in automatically
        /// (`"on"`/`"off"`).
        auto_complete("autoComplete"): String,
        /// `disabled`: disables the control.
        disabled("disabled"): bool,
        /// `form`: id of the `<form>` the element belongs to.
        form("form"): String,
        /// `multiple`: allows several values.
        multiple("multiple"): bool,
        /// `name`: name of the element (used in form data, or as a target name).
        name("name"): String,
        /// `required`: the control must be filled in before the form is submitted.
        required("required"): bool,
        /// `size`: visible size (number or string).
        size("size"): Value,
    }
    Optgroup("optgroup") {
        /// `disabled`: disables the control.
        disabled("disabled"): bool,
        /// `label`: user-visible label.
        label("label"): String,
    }
    Option("option") {
        /// `disabled`: disables the control.
        disabled("disabled"): bool,
        /// `label`: user-visible label.
        label("label"): String,
        /// `selected`: selects the option initially.
        selected("selected"): bool,
        /// `value`: value of the element.
        value("value"): String,
    }
    Datalist("datalist") {}
    Textarea("textarea") {
        /// `autoFocus`: focuses the element when the page loads.
        auto_focus("autoFocus"): bool,
        /// `autoComplete`: whether the browser may fill the control in automatically
        /// (`"on"`/`"off"`).
        auto_complete("autoComplete"): String,
        /// `cols`: visible width in characters (number or string).
        cols("cols"): Value,
        /// `disabled`: disables the control.
        disabled("disabled"): bool,
        /// `form`: id of the `<form>` the element belongs to.
        form("form"): String,
        /// `inputMode`: virtual keyboard hint.
        input_mode("inputMode"): String,
        /// `maxLength`: maximum number of characters (number or string).
        max_length("maxLength"): Value,
        /// `minLength`: minimum number of characters (number or string).
        min_length("minLength"): Value,
        /// `name`: name of the element (used in form data, or as a target name).
        name("name"): String,
        /// `placeholder`: hint shown while the control is empty.
        placeholder("placeholder"): String,
        /// `readOnly`: makes the control read-only.
        read_only("readOnly"): String,
        /// `required`: the control must be filled in before the form is submitted.
        required("required"): bool,
        /// `rows`: visible number of lines (number or string).
        rows("rows"): Value,
        /// `wrap`: how the text wraps when submitted (`"hard"`, `"soft"`).
        wrap("wrap"): String,
    }
    Output("output") {
        /// `htmlFor`: id of the element this one describes (HTML `for`).
        html_for("htmlFor"): String,
        /// `form`: id of the `<form>` the element belongs to.
        form("form"): String,
        /// `name`: name of the element (used in form data, or as a target name).
        name("name"): String,
    }
    Meter("meter") {
        /// `high`: lower bound of the high range.
        high("high"): String,
        /// `low`: upper bound of the low range.
        low("low"): String,
        /// `max`: maximum value (number or string).
        max("max"): Value,
        /// `min`: minimum value (number or string).
        min("min"): Value,
        /// `optimum`: optimal value.
        optimum("optimum"): String,
        /// `value`: value of the element.
        value("value"): String,
    }
    Progress("progress") {
        /// `max`: maximum value (number or string).
        max("max"): Value,
        /// `value`: value of the element.
        value("value"): String,
    }

    // --- Images, media and embedded content ---
    Img("img") {
        /// `alt`: text shown when the image cannot be displayed.
        alt("alt"): String,
        /// `crossOrigin`: CORS mode of the request (`"anonymous"`, `"use-credentials"`).
        cross_origin("crossOrigin"): String,
        /// `height`: height in pixels (number or string).
        height("height"): Value,
        /// `referrerPolicy`: referrer sent when fetching the resource.
        referrer_policy("referrerPolicy"): String,
        /// `sizes`: image sizes for different page layouts.
        sizes("sizes"): String,
        /// `src`: URL of the resource.
        src("src"): String,
        /// `srcSet`: candidate image URLs for different resolutions.
        src_set("srcSet"): String,
        /// `useMap`: name of the image map to use (`"#name"`).
        use_map("useMap"): String,
        /// `width`: width in pixels (number or string).
        width("width"): Value,
    }
    Picture("picture") {}
    Source("source") {
        /// `media`: media query the resource is meant for.
        media("media"): String,
        /// `sizes`: image sizes for different page layouts.
        sizes("sizes"): String,
        /// `src`: URL of the resource.
        src("src"): String,
        /// `srcSet`: candidate image URLs for different resolutions.
        src_set("srcSet"): String,
        /// `type`: type of the element or of the linked resource.
        type_("type"): String,
    }
    Audio("audio") {
        /// `autoPlay`: starts playing as soon as possible.
        auto_play("autoPlay"): bool,
        /// `controls`: shows the playback controls.
        controls("controls"): bool,
        /// `crossOrigin`: CORS mode of the request (`"anonymous"`, `"use-credentials"`).
        cross_origin("crossOrigin"): String,
        /// `loop`: starts over when the end is reached.
        loop_("loop"): bool,
        /// `muted`: starts with the sound muted.
        muted("muted"): bool,
        /// `preload`: what to preload (`"none"`, `"metadata"`, `"auto"`).
        preload("preload"): String,
        /// `src`: URL of the resource.
        src("src"): String,
    }
    Video("video") {
        /// `autoPlay`: starts playing as soon as possible.
        auto_play("autoPlay"): bool,
        /// `controls`: shows the playback controls.
        controls("controls"): bool,
        /// `crossOrigin`: CORS mode of the request (`"anonymous"`, `"use-credentials"`).
        cross_origin("crossOrigin"): String,
        /// `height`: height in pixels (number or string).
        height("height"): Value,
        /// `loop`: starts over when the end is reached.
        loop_("loop"): bool,
        /// `muted`: starts with the sound muted.
        muted("muted"): bool,
        /// `playsInline`: plays inline instead of full screen on mobile browsers.
        plays_inline("playsInline"): bool,
        /// `poster`: URL of an image shown before playback.
        poster("poster"): String,
        /// `preload`: what to preload (`"none"`, `"metadata"`, `"auto"`).
        preload("preload"): String,
        /// `src`: URL of the resource.
        src("src"): String,
        /// `width`: width in pixels (number or string).
        width("width"): Value,
    }
    Track("track") {
        /// `default`: enables this track unless the user prefers another.
        default("default"): bool,
        /// `kind`: kind of text track (`"subtitles"`, `"captions"`, ...).
        kind("kind"): String,
        /// `label`: user-visible label.
        label("label"): String,
        /// `src`: URL of the resource.
        src("src"): String,
        /// `srcLang`: language of the track text.
        src_lang("srcLang"): String,
    }
    Canvas("canvas") {
        /// `height`: height in pixels (number or string).
        height("height"): Value,
        /// `width`: width in pixels (number or string).
        width("width"): Value,
    }
    Iframe("iframe") {
        /// `allow`: permissions policy of the frame (`"fullscreen"`, ...).
        allow("allow"): String,
        /// `height`: height in pixels (number or string).
        height("height"): Value,
        /// `name`: name of the element (used in form data, or as a target name).
        name("name"): String,
        /// `referrerPolicy`: referrer sent when fetching the resource.
        referrer_policy("referrerPolicy"): String,
        /// `sandbox`: restrictions applied to the framed content.
        sandbox("sandbox"): String,
        /// `src`: URL of the resource.
        src("src"): String,
        /// `srcDoc`: inline HTML to show in the frame.
        src_doc("srcDoc"): String,
        /// `width`: width in pixels (number or string).
        width("width"): Value,
    }
    Embed("embed") {
        /// `height`: height in pixels (number or string).
        height("height"): Value,
        /// `src`: URL of the resource.
        src("src"): String,
        /// `type`: type of the element or of the linked resource.
        type_("type"): String,
        /// `width`: width in pixels (number or string).
        width("width"): Value,
    }
    ObjectEl("object", "objectel") {
        /// `data`: URL of the embedded resource.
        data("data"): String,
        /// `form`: id of the `<form>` the element belongs to.
        form("form"): String,
        /// `height`: height in pixels (number or string).
        height("height"): Value,
        /// `name`: name of the element (used in form data, or as a target name).
        name("name"): String,
        /// `type`: type of the element or of the linked resource.
        type_("type"): String,
        /// `useMap`: name of the image map to use (`"#name"`).
        use_map("useMap"): String,
        /// `width`: width in pixels (number or string).
        width("width"): Value,
    }
    Param("param") {
        /// `name`: name of the element (used in form data, or as a target name).
        name("name"): String,
        /// `value`: value of the element.
        value("value"): String,
    }
    MapEl("map", "mapel") {
        /// `name`: name of the element (used in form data, or as a target name).
        name("name"): String,
    }
    Area("area") {
        /// `alt`: text shown when the image cannot be displayed.
        alt("alt"): String,
        /// `coords`: coordinates of the area.
        coords("coords"): String,
        /// `download`: downloads the target instead of navigating to it; the value is the
        /// suggested file name.
        download("download"): String,
        /// `href`: URL the element points to.
        href("href"): String,
        /// `media`: media query the resource is meant for.
        media("media"): String,
        /// `referrerPolicy`: referrer sent when fetching the resource.
        referrer_policy("referrerPolicy"): String,
        /// `rel`: relationship of the linked resource to this document.
        rel("rel"): String,
        /// `shape`: shape of the area.
        shape("shape"): String,
        /// `target`: where to open the linked resource (`"_blank"`, a frame name, ...).
        target("target"): String,
    }

    // --- Document metadata and scripting ---
    Base("base") {
        /// `href`: URL the element points to.
        href("href"): String,
        /// `target`: where to open the linked resource (`"_blank"`, a frame name, ...).
        target("target"): String,
    }
    Link("link") {
        /// `crossOrigin`: CORS mode of the request (`"anonymous"`, `"use-credentials"`).
        cross_origin("crossOrigin"): String,
        /// `href`: URL the element points to.
        href("href"): String,
        /// `hrefLang`: language of the linked resource.
        href_lang("hrefLang"): String,
        /// `integrity`: subresource-integrity hash of the fetched resource.
        integrity("integrity"): String,
        /// `media`: media query the resource is meant for.
        media("media"): String,
        /// `referrerPolicy`: referrer sent when fetching the resource.
        referrer_policy("referrerPolicy"): String,
        /// `rel`: relationship of the linked resource to this document.
        rel("rel"): String,
        /// `sizes`: image sizes for different page layouts.
        sizes("sizes"): String,
        /// `type`: type of the element or of the linked resource.
        type_("type"): String,
    }
    Meta("meta") {
        /// `charSet`: character encoding of the page.
        char_set("charSet"): String,
        /// `content`: the value of the `name`/`httpEquiv` metadata.
        content("content"): String,
        /// `httpEquiv`: HTTP header emulated by this metadata.
        http_equiv("httpEquiv"): String,
        /// `name`: name of the element (used in form data, or as a target name).
        name("name"): String,
    }
    Title("title") {}
    Script("script") {
        /// `async`: runs the script asynchronously.
        async_("async"): bool,
        /// `crossOrigin`: CORS mode of the request (`"anonymous"`, `"use-credentials"`).
        cross_origin("crossOrigin"): String,
        /// `defer`: runs the script after the document is parsed.
        defer("defer"): bool,
        /// `integrity`: subresource-integrity hash of the fetched resource.
        integrity("integrity"): String,
        /// `referrerPolicy`: referrer sent when fetching the resource.
        referrer_policy("referrerPolicy"): String,
        /// `src`: URL of the resource.
        src("src"): String,
        /// `type`: type of the element or of the linked resource.
        type_("type"): String,
    }
    Noscript("noscript") {}

    // --- Obsolete elements, kept by Dash for compatibility ---
    Acronym("acronym") {}
    Basefont("basefont") {}
    Big("big") {}
    Blink("blink") {}
    Center("center") {}
    Content("content") {}
    Font("font") {}
    Frame("frame") {}
    Frameset("frameset") {}
    Keygen("keygen") {}
    Marquee("marquee") {
        /// `loop`: starts over when the end is reached.
        loop_("loop"): bool,
    }
    Nobr("nobr") {}
    Plaintext("plaintext") {}
    Shadow("shadow") {}
    Spacer("spacer") {}
    Strike("strike") {}
    Xmp("xmp") {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::component::{Builder, IntoComponent};
    use serde_json::json;

    fn wire(component: impl IntoComponent) -> Value {
        component.into_component().to_value()
    }

    #[test]
    fn a_button_serialises_like_python_dash() {
        // html.Button("Go", id="b", n_clicks=0), minus Python's `children: null` convention.
        let button = Button::new().child("Go").id("b").n_clicks(0);
        assert_eq!(
            wire(button),
            json!({
                "props": {"children": "Go", "id": "b", "n_clicks": 0},
                "type": "Button",
                "namespace": "dash_html_components"
            })
        );
    }

    #[test]
    fn element_props_use_their_wire_names_and_types() {
        let image = Img::new()
            .src("/assets/logo.png")
            .alt("logo")
            .width(120)
            .height("4em")
            .src_set("a.png 1x, b.png 2x");
        let props = image.into_component().props().clone();
        assert_eq!(props["src"], "/assets/logo.png");
        assert_eq!(props["width"], 120);
        assert_eq!(props["height"], "4em");
        assert_eq!(props["srcSet"], "a.png 1x, b.png 2x");

        let cell = Td::new().col_span(2).row_span("3");
        let props = cell.into_component().props().clone();
        assert_eq!(props["colSpan"], 2);
        assert_eq!(props["rowSpan"], "3");

        let label = Label::new().html_for("name").access_key("n");
        assert_eq!(
            wire(label)["props"],
            json!({"children": null, "htmlFor": "name", "accessKey": "n"})
        );
    }

    #[test]
    fn keyword_attributes_get_a_trailing_underscore() {
        let script = Script::new().async_(true).type_("module");
        assert_eq!(
            wire(script)["props"],
            json!({"children": null, "async": true, "type": "module"})
        );
        let video = Video::new().loop_(true).auto_play(true).plays_inline(true);
        assert_eq!(
            wire(video)["props"],
            json!({"children": null, "loop": true, "autoPlay": true, "playsInline": true})
        );
    }

    #[test]
    fn common_props_and_data_attributes() {
        let div = Div::new()
            .id("a")
            .hidden(true)
            .tab_index(0)
            .n_clicks_timestamp(-1)
            .disable_n_clicks(true)
            .data_attr("foo", "1")
            .aria_attr("label", "main");
        assert_eq!(
            wire(div)["props"],
            json!({
                "children": null, "id": "a", "hidden": true, "tabIndex": 0, "n_clicks_timestamp": -1,
                "disable_n_clicks": true, "data-foo": "1", "aria-label": "main"
            })
        );
    }

    #[test]
    fn builders_have_their_python_names_and_namespace() {
        assert_eq!(Div::TYPE, ("dash_html_components", "Div"));
        assert_eq!(MapEl::TYPE, ("dash_html_components", "MapEl"));
        assert_eq!(H1::new().into_component().type_name(), "H1");
    }

    use super::super::metadata_props;

    #[test]
    fn every_builder_declares_exactly_the_metadata_props() {
        let expected = metadata_props("dash_html_components");
        assert_eq!(expected.len(), 125);
        for (type_name, props) in &expected {
            let (_, declared) = COMPONENTS
                .iter()
                .find(|(name, _)| name == type_name)
                .unwrap_or_else(|| panic!("no builder for html.{type_name}"));
            let mut declared: Vec<&str> = declared.to_vec();
            declared.sort_unstable();
            assert_eq!(declared, *props, "props of html.{type_name}");
        }
        assert_eq!(COMPONENTS.len(), expected.len());
    }
}
