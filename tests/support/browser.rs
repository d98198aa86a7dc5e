//! Headless Chromium over WebDriver (Debian's `chromium` and `chromium-driver`).

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const INSTALL: &str = "apt-get install -y chromium chromium-driver";

/// A browser session and the chromedriver process behind it.
pub struct Browser {
    /// The WebDriver client.
    pub client: Client,
    driver: Child,
    profile: PathBuf,
}

fn find_binary(variable: &str, candidates: &[&str]) -> Option<PathBuf> {
    if let Ok(path) = std::env::var(variable) {
        return Some(PathBuf::from(path));
    }
    candidates
        .iter()
        .map(PathBuf::from)
        .find(|path| path.exists())
}

impl Browser {
    /// Starts chromedriver and a headless Chromium. A missing browser is a failure that says
    /// how to install it, never a skip.
    pub async fn launch() -> Browser {
        let driver_path =
            find_binary("CHROMEDRIVER", &["/usr/bin/chromedriver"]).unwrap_or_else(|| {
                panic!("chromedriver is not installed; run `{INSTALL}` (or set CHROMEDRIVER)")
            });
        let chrome_path = find_binary(
            "CHROME_BIN",
            &["/usr/bin/chromium", "/usr/bin/chromium-browser"],
        )
        .unwrap_or_else(|| {
            panic!("chromium is not installed; run `{INSTALL}` (or set CHROME_BIN)")
        });
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start {}: {e}; run `{INSTALL}`",
                    driver_path.display()
                )
            });
        wait_for_port(port);
        let profile =
            std::env::temp_dir().join(format!("dash-rs-chromium-{}-{port}", std::process::id()));
        let capabilities = json!({
            "browserName": "chrome",
            "goog:loggingPrefs": {"browser": "ALL"},
            "goog:chromeOptions": {
                "binary": chrome_path,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                    format!("--user-data-dir={}", profile.display()),
                ]
            }
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let client = ClientBuilder::rustls()
            .expect("TLS roots")
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .unwrap_or_else(|e| {
                panic!("cannot open a Chromium session: {e}; is `{INSTALL}` done?")
            });
        Browser {
            client,
            driver,
            profile,
        }
    }

    /// Runs `script` (a function body that returns a value) until it returns something other
    /// than `null`/`false`, or fails after `timeout` with `what`.
    pub async fn wait_for(&self, what: &str, timeout: Duration, script: &str) -> Value {
        let started = Instant::now();
        loop {
            let value = self
                .client
                .execute(script, vec![])
                .await
                .expect("the script runs");
            if !(value.is_null() || value == Value::Bool(false)) {
                return value;
            }
            assert!(
                started.elapsed() < timeout,
                "timed out after {timeout:?} waiting for {what}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The element `locator` finds, once it appears (within 30 s), or a failure naming `what`.
    pub async fn element(
        &self,
        locator: fantoccini::Locator<'_>,
        what: &str,
    ) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(30))
            .for_element(locator)
            .await
            .unwrap_or_else(|error| panic!("{what}: {error}"))
    }

    /// Browser console entries at SEVERE level since the last call (errors, failed loads).
    pub async fn console_errors(&self) -> Vec<String> {
        let entries = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .expect("the browser log");
        entries
            .as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["level"] == "SEVERE")
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Closes the session and stops the driver.
    pub async fn finish(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn wait_for_port(port: u16) {
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "chromedriver did not start listening"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// chromedriver's log endpoint (`goog:loggingPrefs` must ask for the browser log).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_owned()))
    }
}
