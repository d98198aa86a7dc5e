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
    /// `Markdown.highlight_config.theme`: code highlighting colours.
    HighlightTheme {
        /// `"dark"`.
        Dark = "dark",
        /// `"light"` (default).
        Light = "light",
    }
}
