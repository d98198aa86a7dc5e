//! The layout in one file, the callbacks in another, the app assembled in `main`.
use dash::prelude::*;

#[path = "split/callbacks.rs"]
mod callbacks;
#[path = "split/pages.rs"]
mod pages;

fn main() {
    Dash::new()
        .layout(pages::page())
        .callback::<callbacks::draw>()
        .build()
        .expect("an app split across files is valid");
}
