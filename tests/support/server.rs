//! Serving an app on an ephemeral loopback port, on its own thread, for the length of a test.

use dash::Dash;
use std::net::TcpListener;
use std::sync::mpsc;

/// A running app.
pub struct TestServer {
    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub url: String,
    handle: actix_web::dev::ServerHandle,
}

impl TestServer {
    /// The absolute URL of `path` (which starts with `/`).
    pub fn at(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }
}

/// Builds the app returned by `make` and serves it until the returned server is dropped.
pub fn serve(make: impl FnOnce() -> Dash + Send + 'static) -> TestServer {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free loopback port");
    let url = format!("http://{}", listener.local_addr().expect("bound"));
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let app = make().build().expect("the app starts");
            let server = app.server(listener).expect("the server starts");
            sender.send(server.handle()).expect("the test waits");
            server.await.expect("the server runs");
        })
    });
    let handle = receiver
        .recv()
        .expect("the server thread reports its handle");
    TestServer { url, handle }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        // Stopping is asynchronous; the server thread finishes on its own.
        drop(self.handle.stop(false));
    }
}
