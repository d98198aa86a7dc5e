//! Callbacks end to end: `#[callback]` functions registered on an app, driven through
//! `POST /_dash-update-component` with request bodies shaped exactly as the renderer sends them
//! (protocol §5.1), answered as Dash answers (§5.3, §2.7).

// Only `serve` is needed here.
#[allow(dead_code)]
#[path = "../support/server.rs"]
mod server;

// The requests come first: their macros (`serve!`, `post_raw!`, `post!`) are used by the tests.
#[macro_use]
mod requests;

mod app;
mod bad_requests;
mod concurrency;
mod context_and_side_updates;
mod failures;
mod logging;
mod sockets;
mod successful_calls;
