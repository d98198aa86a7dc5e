//! Arbitrary bytes through the callback request decoder and dispatcher (see `dash_fuzz::update`).
#![no_main]

use dash_runtime::dispatch::Registry;
use std::sync::OnceLock;

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(dash_fuzz::update::registry)
}

thread_local! {
    static RUNTIME: actix_web::rt::Runtime =
        actix_web::rt::Runtime::new().expect("a runtime for the dispatcher");
}

libfuzzer_sys::fuzz_target!(
    init: {
        // libfuzzer counts every panic as a crash, even one the dispatcher catches; let the
        // deliberate one through and keep the fuzzer's hook for all others.
        let fuzzer_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if info.payload().downcast_ref::<&str>() != Some(&dash_fuzz::update::DELIBERATE_PANIC) {
                fuzzer_hook(info);
            }
        }));
    },
    |data: &[u8]| {
        RUNTIME.with(|runtime| {
            dash_fuzz::update::check(registry(), data, |dispatch| runtime.block_on(dispatch));
        })
    }
);
