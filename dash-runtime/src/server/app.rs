//! The [`Dash`] builder: layout, callbacks and settings, assembled into a running server.

use super::app_assets::AssetsSettings;
use super::end_id::Signer;
use super::layout::Layout;
use super::page_shell::PageShell;
use super::prefixes::PrefixSettings;
use super::routes::{self, AppState};
use super::settings::DevTools;
use crate::callback::{Callback, CallbackDefinition};
use crate::dispatch::{CallbackPool, Registry};
use crate::packages::{self, ComponentPackage};
use crate::protocol::index::Resource;
use actix_web::{web, App, HttpServer};
use std::fmt;
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;

/// A Dash app under construction.
///
/// ```no_run
/// use dash_runtime::{html, server::Dash};
/// use dash_runtime::component::Builder;
/// Dash::new()
///     .title("Hello")
///     .layout(html::Div::new().child("Hello, Dash"))
///     .run()
///     .unwrap();
/// ```
pub struct Dash {
    title: String,
    layout: Option<Layout>,
    validation_layout: Option<Layout>,
    callbacks: Vec<CallbackDefinition>,
    debug: Option<bool>,
    assets: AssetsSettings,
    pub(super) assets_url_path: String,
    external_stylesheets: Vec<Resource>,
    external_scripts: Vec<Resource>,
    component_packages: Vec<&'static ComponentPackage>,
    pub(super) prefixes: PrefixSettings,
    update_title: Option<String>,
    suppress_callback_exceptions: bool,
    prevent_initial_callbacks: bool,
    max_request_body: usize,
    health_endpoint: Option<String>,
    callback_threads: Option<usize>,
    pub(super) shell: PageShell,
}

impl Default for Dash {
    fn default() -> Self {
        Self::new()
    }
}

impl Dash {
    /// An app titled "Dash" with no layout, assets from `./assets`, debug off unless
    /// `DASH_DEBUG` says otherwise.
    pub fn new() -> Self {
        Self {
            title: "Dash".into(),
            layout: None,
            validation_layout: None,
            callbacks: Vec::new(),
            debug: None,
            assets: AssetsSettings::default(),
            assets_url_path: "assets".into(),
            external_stylesheets: Vec::new(),
            external_scripts: Vec::new(),
            component_packages: Vec::new(),
            prefixes: PrefixSettings::default(),
            update_title: Some("Updating...".into()),
            suppress_callback_exceptions: false,
            prevent_initial_callbacks: false,
            max_request_body: 64 * 1024 * 1024,
            shell: PageShell::default(),
            health_endpoint: None,
            callback_threads: None,
        }
    }

    /// The page title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// The layout: a component, a list of components, or [`Layout::dynamic`].
    pub fn layout(mut self, layout: impl Into<Layout>) -> Self {
        self.layout = Some(layout.into());
        self
    }

    /// Every component the app's callbacks may refer to, when the layout does not hold them
    /// all at once (pages shown by a callback): Dash's `validation_layout`, the alternative to
    /// [`suppress_callback_exceptions`](Self::suppress_callback_exceptions). The startup check
    /// and the renderer's dev tools check callbacks against it; a dynamic layout without one
    /// is called once at startup to serve as it, as Python Dash does.
    pub fn validation_layout(mut self, layout: impl Into<Layout>) -> Self {
        self.validation_layout = Some(layout.into());
        self
    }

    /// Registers a callback declared with `#[callback]`: `.callback::<update_graph>()`.
    ///
    /// A plain `fn` runs on the app's callback threads, so that a slow one never stalls the
    /// server, until it has been seen to answer quickly many times in a row; then it runs on
    /// the server worker that received the request, skipping the hand-off between threads.
    /// A slow call sends it back to the callback threads, and it must then prove itself for
    /// twice as long (see [`RunOn::Learned`](crate::callback::RunOn::Learned)).
    pub fn callback<C: Callback>(self) -> Self {
        self.add_callback(C::definition())
    }

    /// Registers a `#[callback]` plain `fn` that runs right on the server worker that received
    /// the request, without the hand-off to a callback thread: for callbacks that finish in
    /// microseconds and never block (see [`CallbackDefinition::run_inline`]). For anything
    /// that sleeps, waits on I/O or computes for long, use [`callback`](Self::callback).
    pub fn callback_inline<C: Callback>(self) -> Self {
        self.add_callback(C::definition().run_inline())
    }

    /// Registers a `#[callback]` plain `fn` that always runs on a callback thread, however
    /// quick it has been: for a callback that is usually fast but may block now and then (see
    /// [`CallbackDefinition::run_on_pool`]).
    pub fn callback_on_pool<C: Callback>(self) -> Self {
        self.add_callback(C::definition().run_on_pool())
    }

    /// Registers a callback built by hand.
    pub fn add_callback(mut self, callback: CallbackDefinition) -> Self {
        self.callbacks.push(callback);
        self
    }

    /// Turns the dev tools on or off (error pop-ups, callback graph, prop-type checks,
    /// development bundles). Without this call `DASH_DEBUG` decides.
    pub fn debug(mut self, debug: bool) -> Self {
        self.debug = Some(debug);
        self
    }

    /// The folder whose CSS and JS files are included in the page and which is served at
    /// `/assets/`. Default `./assets`.
    pub fn assets_folder(mut self, folder: impl Into<PathBuf>) -> Self {
        self.assets.folder = folder.into();
        self
    }

    /// The URL path the assets are served under (default `assets`: `/assets/style.css`).
    pub fn assets_url_path(mut self, path: impl Into<String>) -> Self {
        self.assets_url_path = path.into().trim_matches('/').to_owned();
        self
    }

    /// A regex: asset files whose names it finds are not put on the page (they are still
    /// served), e.g. `r"\.dev\.js$"`.
    pub fn assets_ignore(mut self, pattern: impl Into<String>) -> Self {
        self.assets.ignore = Some(pattern.into());
        self
    }

    /// Regexes: asset folders any level of whose path one of them finds are not put on the
    /// page (they are still served).
    pub fn assets_path_ignore<S: Into<String>>(
        mut self,
        patterns: impl IntoIterator<Item = S>,
    ) -> Self {
        self.assets.path_ignore = patterns.into_iter().map(Into::into).collect();
        self
    }

    /// Whether the assets' CSS, JS and favicon go on the page (default `true`); the folder is
    /// served either way.
    pub fn include_assets_files(mut self, include: bool) -> Self {
        self.assets.include_files = include;
        self
    }

    /// Adds a stylesheet `<link>` before the assets' CSS.
    pub fn external_stylesheet(mut self, stylesheet: impl Into<Resource>) -> Self {
        self.external_stylesheets.push(stylesheet.into());
        self
    }

    /// Adds a `<script>` after React and before the assets' JS.
    pub fn external_script(mut self, script: impl Into<Resource>) -> Self {
        self.external_scripts.push(script.into());
        self
    }

    /// Loads a component package's bundle on the page even if the layout at startup does not
    /// use it: for components only callbacks return. Packages the layout (or the validation
    /// layout, or a layout function's first result) uses are loaded without asking.
    ///
    /// ```
    /// use dash_runtime::{packages::bootstrap, server::{Dash, Layout}};
    /// let app = Dash::new()
    ///     .layout(Layout::dynamic(|| dash_runtime::html::Div::new().into()))
    ///     .component_package(&bootstrap::PACKAGE);
    /// # let _ = app;
    /// ```
    pub fn component_package(mut self, package: &'static ComponentPackage) -> Self {
        if !self.component_packages.contains(&package) {
            self.component_packages.push(package);
        }
        self
    }

    /// Mounts the app under `prefix` (`/app/`): its routes and the URLs the page asks for.
    /// Without this call `DASH_URL_BASE_PATHNAME` decides; it excludes the two below.
    pub fn url_base_pathname(mut self, prefix: impl Into<String>) -> Self {
        self.prefixes.url_base = Some(prefix.into());
        self
    }

    /// The prefix the browser puts before the app's URLs (default: the routes' prefix), for
    /// a proxy that strips part of the path before it reaches the server.
    pub fn requests_pathname_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefixes.requests = Some(prefix.into());
        self
    }

    /// The prefix the server mounts the app's routes under (default `/`).
    pub fn routes_pathname_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefixes.routes = Some(prefix.into());
        self
    }

    /// The document title while callbacks run (default "Updating..."); `None` keeps the title.
    pub fn update_title(mut self, title: Option<&str>) -> Self {
        self.update_title = title.map(str::to_owned);
        self
    }

    /// Skips the renderer's check that callback ids exist in the layout (for ids created
    /// later by callbacks).
    pub fn suppress_callback_exceptions(mut self, suppress: bool) -> Self {
        self.suppress_callback_exceptions = suppress;
        self
    }

    /// The default `prevent_initial_call` of callbacks that do not set it.
    pub fn prevent_initial_callbacks(mut self, prevent: bool) -> Self {
        self.prevent_initial_callbacks = prevent;
        self
    }

    /// Answers `GET <prefix><path>` with `200 OK` in plain text, for load balancers and
    /// orchestrators (Dash 3.3's `health_endpoint`; off by default).
    pub fn health_endpoint(mut self, path: impl Into<String>) -> Self {
        self.health_endpoint = Some(path.into().trim_matches('/').to_owned());
        self
    }

    /// The largest accepted request body, in bytes (default 64 MiB; uploads travel in callback
    /// bodies). Larger requests get 413.
    pub fn max_request_body(mut self, bytes: usize) -> Self {
        self.max_request_body = bytes;
        self
    }

    /// The most threads plain-`fn` callbacks may run on at once, for the whole server (default
    /// [`DEFAULT_MAX_THREADS`](crate::dispatch::DEFAULT_MAX_THREADS)). The pool keeps one
    /// thread per core busy and adds threads only while calls stall (run longer than
    /// [`STALL_AFTER`](crate::dispatch::STALL_AFTER): a sleep, a database wait), so that they
    /// do not hold up the others; this caps those. Each thread holds its stack and memory;
    /// calls past the cap wait their turn.
    pub fn callback_threads(mut self, threads: usize) -> Self {
        self.callback_threads = Some(threads.max(1));
        self
    }

    /// Checks the app and prepares everything that does not change per request.
    pub fn build(self) -> Result<DashApp, StartupError> {
        let layout = self.layout.unwrap_or_else(|| Layout::List(Vec::new()));
        let fixed_layout: Option<serde_json::Value> = match &layout {
            Layout::Dynamic(_) => None,
            fixed => serde_json::from_str(&fixed.to_json()).ok(),
        };
        let mut errors = Vec::new();
        let validation_layout = match (&self.validation_layout, &layout) {
            (_, _) if self.suppress_callback_exceptions => None,
            (Some(given), _) => Some(given.to_json()),
            // Python calls a layout function once when it is set, to validate against.
            (None, Layout::Dynamic(_)) => {
                // A failure here only costs the renderer's checks their layout; page loads
                // still call the function (and answer 500 if it fails again).
                let called =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| layout.to_json()));
                if called.is_err() {
                    tracing::warn!(
                        "the layout function panicked when called at startup to validate against"
                    );
                }
                called.ok()
            }
            (None, _) => None,
        }
        .and_then(|json| serde_json::from_str::<serde_json::Value>(&json).ok());
        // What the startup check holds callbacks to: the layout the app named for it, else the
        // fixed layout (a dynamic one may show other components on other loads).
        let known_layout = match (&self.validation_layout, self.suppress_callback_exceptions) {
            (_, true) => None,
            (Some(_), false) => validation_layout.as_ref(),
            (None, false) => fixed_layout.as_ref(),
        };
        errors.extend(crate::validation::check(known_layout, &self.callbacks));
        errors.extend(self.shell.problems());
        let prefixes = self
            .prefixes
            .resolve(|name| std::env::var(name).ok())
            .unwrap_or_else(|prefix_errors| {
                errors.extend(prefix_errors);
                Default::default()
            });
        let mut component_packages = self.component_packages;
        for used in fixed_layout
            .iter()
            .chain(&validation_layout)
            .flat_map(packages::used_by)
        {
            if !component_packages.contains(&used) {
                component_packages.push(used);
            }
        }
        let mut registry = Registry::with_pool(CallbackPool::new(
            self.callback_threads
                .unwrap_or(crate::dispatch::DEFAULT_MAX_THREADS),
        ));
        for callback in self.callbacks {
            let name = callback.name;
            if let Some(previous) = registry.insert(callback) {
                if errors.is_empty() {
                    errors.push(format!(
                        "callbacks `{}` and `{name}` have the same outputs `{}`",
                        previous.name,
                        previous.output_id()
                    ));
                }
            }
        }
        if !errors.is_empty() {
            return Err(StartupError { errors });
        }
        let assets = self.assets.scan().unwrap_or_else(|asset_errors| {
            errors.extend(asset_errors);
            Default::default()
        });
        if !errors.is_empty() {
            return Err(StartupError { errors });
        }
        let dev_tools = DevTools::resolve(self.debug, |name| std::env::var(name).ok());
        let state = AppState::new(routes::StateParts {
            title: self.title,
            layout,
            registry,
            dev_tools,
            assets,
            assets_url_path: self.assets_url_path,
            external_stylesheets: self.external_stylesheets,
            external_scripts: self.external_scripts,
            component_packages,
            validation_layout,
            prefixes,
            update_title: self.update_title,
            suppress_callback_exceptions: self.suppress_callback_exceptions,
            prevent_initial_callbacks: self.prevent_initial_callbacks,
            max_request_body: self.max_request_body,
            health_endpoint: self.health_endpoint,
            shell: self.shell,
            signer: Signer::random(),
        });
        Ok(DashApp {
            state: Arc::new(state),
        })
    }

    /// Builds the app and serves it on `HOST`:`PORT` (default 127.0.0.1:8050) until the
    /// process is stopped. Sets up `tracing` logging (`RUST_LOG`) unless a subscriber exists.
    pub fn run(self) -> std::io::Result<()> {
        init_tracing();
        limit_malloc_arenas();
        let app = self
            .build()
            .map_err(|error| std::io::Error::new(std::io::ErrorKind::InvalidInput, error))?;
        let host = std::env::var("HOST").unwrap_or_else(|_| "127.0.0.1".into());
        let port = std::env::var("PORT").unwrap_or_else(|_| "8050".into());
        let listener = TcpListener::bind(format!("{host}:{port}"))?;
        tracing::info!("Dash is running on http://{host}:{port}/");
        actix_web::rt::System::new().block_on(app.server(listener)?)
    }
}

/// glibc gives every thread that allocates its own malloc arena, and each keeps the memory it
/// once held: with callbacks spread over a pool of threads, that multiplies the resident size
/// for no measurable speed on this kind of load (see BENCHMARKS.md). `run` owns the process,
/// so it caps them at two, unless `GLIBC_TUNABLES` says otherwise.
fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("GLIBC_TUNABLES").is_none() {
        // SAFETY: mallopt only tunes the allocator; it is called before the server starts its
        // threads, and a refusal (return 0) leaves glibc's default in place.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).try_init();
}

/// How long a stopping server waits for requests in flight.
const SHUTDOWN_TIMEOUT_SECS: u64 = 30;

/// A checked app, ready to serve.
#[derive(Clone)]
pub struct DashApp {
    state: Arc<AppState>,
}

impl DashApp {
    /// Registers the app's routes on an actix-web service config, for embedding it in a larger
    /// actix app or for `actix_web::test`.
    pub fn configure(&self) -> impl Fn(&mut web::ServiceConfig) + Clone + 'static {
        let state = self.state.clone();
        move |config| routes::configure(config, state.clone())
    }

    /// An actix-web server on `listener` (bind port 0 to let the system pick one).
    pub fn server(self, listener: TcpListener) -> std::io::Result<actix_web::dev::Server> {
        let configure = self.configure();
        let server = HttpServer::new(move || {
            App::new()
                .wrap(actix_web::middleware::from_fn(super::logging::log_request))
                .configure(configure.clone())
        });
        // On SIGTERM or SIGINT actix stops accepting and lets requests in flight (a slow
        // callback, say) finish for up to this long before it drops them and exits.
        let server = server.shutdown_timeout(SHUTDOWN_TIMEOUT_SECS);
        Ok(server.listen(listener)?.run())
    }
}

/// Why an app cannot start: every problem found, not just the first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartupError {
    /// One message per problem.
    pub errors: Vec<String>,
}

impl fmt::Display for StartupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the Dash app cannot start:")?;
        for error in &self.errors {
            writeln!(f, "  - {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for StartupError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::callback::Dependency;
    use crate::component::Builder;
    use crate::{dcc, html};

    fn echo(output: &str, input: &str) -> CallbackDefinition {
        let (out_id, out_prop) = output.split_once('.').unwrap();
        let (in_id, in_prop) = input.split_once('.').unwrap();
        CallbackDefinition::blocking("echo", |_| Ok(vec![None]))
            .output(Dependency::new(out_id, out_prop))
            .input(Dependency::new(in_id, in_prop))
    }

    fn page() -> html::Div {
        html::Div::new()
            .child(dcc::Input::new().id("name"))
            .child(html::H2::new().id("greeting"))
    }

    #[test]
    fn an_app_built_in_code_is_checked_at_startup() {
        assert!(Dash::new()
            .layout(page())
            .add_callback(echo("greeting.children", "name.value"))
            .build()
            .is_ok());
        let error = Dash::new()
            .layout(page())
            .add_callback(echo("greeting.children", "nmae.value"))
            .add_callback(echo("greeting.childern", "name.value"))
            .build()
            .err()
            .expect("the app is refused");
        let message = error.to_string();
        assert!(
            message.contains("`nmae`; did you mean `name`?"),
            "{message}"
        );
        assert!(message.contains("no property `childern`"), "{message}");
    }

    #[test]
    fn the_callback_pool_has_at_least_one_thread() {
        assert_eq!(Dash::new().callback_threads(0).callback_threads, Some(1));
        assert_eq!(Dash::new().callback_threads, None);
    }

    #[test]
    fn suppressing_callback_exceptions_allows_ids_that_come_later() {
        let app = Dash::new()
            .layout(page())
            .suppress_callback_exceptions(true)
            .add_callback(echo("created-later.children", "name.value"));
        assert!(app.build().is_ok());
    }
}
