//! Layout trees from arbitrary bytes through serialisation (see `dash_fuzz::layout`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dash_fuzz::layout::check(data));
