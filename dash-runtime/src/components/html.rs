//! Typed builders for `dash_html_components`: one per HTML element of Dash 4.4.1's `html`
//! package (`html::Div`, `html::H1`, `html::Button`, ...), generated from its metadata by
//! `dash-codegen` (`generated/html.rs`).
//!
//! Every element has the props all html components share (`n_clicks`, `title`, `hidden`,
//! `tabIndex`, ...) plus its own attributes (`A::href`, `Img::src`, `Button::disabled`, ...),
//! with setters named after the wire names in snake_case. `id`, `className`, `style` and the
//! children come from [`Builder`](crate::component::Builder); `data-*` and `aria-*` attributes
//! are set with `data_attr` / `aria_attr` (or [`Builder::prop`](crate::component::Builder::prop)).
//! HTML's boolean attributes (`hidden`, `disabled`, ...) take a `bool`; attributes that are a
//! string or a number (`width`, `tabIndex`) take either, as a [`StringOrNumber`].
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

/// Gives each listed element the `data-*` and `aria-*` setters; the generated module calls it
/// with every element whose metadata has those wildcards.
macro_rules! wildcard_attributes {
    ($($name:ident),* $(,)?) => {
        $(
            impl $name {
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
    };
}

#[path = "generated/html.rs"]
mod generated;

pub use generated::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::component::{Builder, IntoComponent};
    use serde_json::{json, Value};

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
