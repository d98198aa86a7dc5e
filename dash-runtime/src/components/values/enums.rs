//! String enums: props that take one of a fixed set of strings.

use serde::ser::{Serialize, Serializer};
use serde_json::Value;
use std::fmt;

/// Declares a prop enum whose variants serialise to fixed wire strings.
macro_rules! wire_enum {
    (
        $(#[$doc:meta])*
        $name:ident {
            $( $(#[$variant_doc:meta])* $variant:ident = $wire:literal ),+ $(,)?
        }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$variant_doc])* $variant ),+
        }

        impl $name {
            /// Every variant, in the order Dash's metadata lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The exact string Dash expects on the wire.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $wire ),+
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl From<$name> for Value {
            fn from(value: $name) -> Self {
                Value::String(value.as_str().to_owned())
            }
        }
    };
}

wire_enum! {
    /// Where persisted user edits are kept (`persistence_type`).
    PersistenceType {
        /// `"local"`: `window.localStorage`, kept across browser sessions.
        Local = "local",
        /// `"session"`: `window.sessionStorage`, kept until the tab closes.
        Session = "session",
        /// `"memory"`: kept until the page reloads.
        Memory = "memory",
    }
}

wire_enum! {
    /// A prop whose user edits may persist (`persisted_props` entries).
    PersistedProp {
        /// `"value"`.
        Value = "value",
        /// `"date"` (`DatePickerSingle`).
        Date = "date",
        /// `"start_date"` (`DatePickerRange`).
        StartDate = "start_date",
        /// `"end_date"` (`DatePickerRange`).
        EndDate = "end_date",
    }
}

wire_enum! {
    /// `Dropdown.search_order`: how matching options are ordered while searching.
    SearchOrder {
        /// `"index"`: by search relevance.
        Index = "index",
        /// `"original"`: in the order of `options`.
        Original = "original",
    }
}

wire_enum! {
    /// `Slider.updatemode` / `RangeSlider.updatemode`: when `value` is sent to the server.
    SliderUpdateMode {
        /// `"mouseup"` (default): when the handle is released.
        Mouseup = "mouseup",
        /// `"drag"`: continuously while dragging.
        Drag = "drag",
    }
}

wire_enum! {
    /// Where a slider's value tooltip appears (`SliderTooltip::placement`).
    TooltipPlacement {
        /// `"left"`.
        Left = "left",
        /// `"right"`.
        Right = "right",
        /// `"top"`.
        Top = "top",
        /// `"bottom"`.
        Bottom = "bottom",
        /// `"topLeft"`.
        TopLeft = "topLeft",
        /// `"topRight"`.
        TopRight = "topRight",
        /// `"bottomLeft"`.
        BottomLeft = "bottomLeft",
        /// `"bottomRight"`.
        BottomRight = "bottomRight",
    }
}

wire_enum! {
    /// `dcc.Input.type`: the kind of `<input>`.
    InputType {
        /// `"text"` (default).
        Text = "text",
        /// `"number"`: the value is sent as a number.
        Number = "number",
        /// `"password"`.
        Password = "password",
        /// `"email"`.
        Email = "email",
        /// `"range"`.
        Range = "range",
        /// `"search"`.
        Search = "search",
        /// `"tel"`.
        Tel = "tel",
        /// `"url"`.
        Url = "url",
        /// `"hidden"`.
        Hidden = "hidden",
    }
}

wire_enum! {
    /// `dcc.Input.inputMode`: the virtual keyboard hint.
    InputMode {
        /// `"verbatim"` (default).
        Verbatim = "verbatim",
        /// `"latin"`.
        Latin = "latin",
        /// `"latin-name"`.
        LatinName = "latin-name",
        /// `"latin-prose"`.
        LatinProse = "latin-prose",
        /// `"full-width-latin"`.
        FullWidthLatin = "full-width-latin",
        /// `"kana"`.
        Kana = "kana",
        /// `"katakana"`.
        Katakana = "katakana",
        /// `"numeric"`.
        Numeric = "numeric",
        /// `"tel"`.
        Tel = "tel",
        /// `"email"`.
        Email = "email",
        /// `"url"`.
        Url = "url",
    }
}

wire_enum! {
    /// `calendar_orientation` of the date pickers.
    CalendarOrientation {
        /// `"vertical"`.
        Vertical = "vertical",
        /// `"horizontal"` (default).
        Horizontal = "horizontal",
    }
}

wire_enum! {
    /// `DatePickerRange.updatemode`: when the dates are sent to the server.
    DateUpdateMode {
        /// `"singledate"` (default): as soon as either date changes.
        Singledate = "singledate",
        /// `"bothdates"`: once both dates are chosen.
        Bothdates = "bothdates",
    }
}

wire_enum! {
    /// `Store.storage_type`: where the store keeps its data.
    StorageType {
        /// `"local"`: `window.localStorage`.
        Local = "local",
        /// `"session"`: `window.sessionStorage`.
        Session = "session",
        /// `"memory"` (default): lost on page reload.
        Memory = "memory",
    }
}

wire_enum! {
    /// `Markdown.highlight_config.theme`: code highlighting colours.
    HighlightTheme {
        /// `"dark"`.
        Dark = "dark",
        /// `"light"` (default).
        Light = "light",
    }
}

wire_enum! {
    /// `Loading.type`: the spinner.
    LoadingType {
        /// `"graph"`.
        Graph = "graph",
        /// `"cube"`.
        Cube = "cube",
        /// `"circle"`.
        Circle = "circle",
        /// `"dot"`.
        Dot = "dot",
        /// `"default"`.
        Default = "default",
    }
}

wire_enum! {
    /// `Loading.display`: whether the spinner follows the loading state or is forced.
    LoadingDisplay {
        /// `"auto"` (default): shown while loading.
        Auto = "auto",
        /// `"show"`: always shown.
        Show = "show",
        /// `"hide"`: never shown.
        Hide = "hide",
    }
}

wire_enum! {
    /// `dcc.Button.type`.
    ButtonType {
        /// `"submit"`.
        Submit = "submit",
        /// `"reset"`.
        Reset = "reset",
        /// `"button"` (default).
        Button = "button",
    }
}

wire_enum! {
    /// `dcc.Tooltip.direction`: which side of the target the tooltip opens on.
    TooltipDirection {
        /// `"top"`.
        Top = "top",
        /// `"right"` (default).
        Right = "right",
        /// `"bottom"`.
        Bottom = "bottom",
        /// `"left"`.
        Left = "left",
    }
}
