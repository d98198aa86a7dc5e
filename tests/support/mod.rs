//! Shared test support: the example apps served on 127.0.0.1, and a headless Chromium.
#![allow(dead_code)]

pub mod browser;
pub mod server;
