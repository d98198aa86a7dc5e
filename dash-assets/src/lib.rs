//! The official Dash 4.4.1 front end (renderer, React, component bundles and
//! plotly.js), embedded in the binary and pre-compressed at build time.
//!
//! The build script fetches the npm packages pinned in `dash-assets/npm/` with
//! `npm ci` (or reads an already-fetched folder named by `DASH_NPM_MODULES`),
//! maps their files to the package-relative paths Python Dash serves under
//! `/_dash-component-suites/<namespace>/`, and stores each file raw, gzipped
//! and brotli-compressed, with its ETag and fingerprint.
//!
//! ```
//! let react = dash_assets::find("dash", "deps/react@18.3.1.min.js").unwrap();
//! let url_path = react.fingerprinted_path();
//! assert_eq!(dash_assets::unfingerprint(&url_path), react.path);
//! ```

#![deny(missing_docs)]

use std::borrow::Cow;
use std::fmt;

mod fingerprint;

/// Dash version whose front end is embedded; `deps/` and `dash-renderer/`
/// fingerprints carry it.
pub const DASH_VERSION: &str = "4.4.1";

/// plotly.js version served as `plotly` / `package_data/plotly.min.js`.
pub const PLOTLY_JS_VERSION: &str = "4.1.1";

/// The site icon served at `/_favicon.ico` (our own 16/32/48 px icon, `image/x-icon`).
pub static FAVICON: &[u8] = include_bytes!("../static/favicon.ico");

/// One embedded front-end file, with everything needed to serve it.
pub struct Asset {
    /// Dash resource namespace: `"dash"` or `"plotly"`.
    pub namespace: &'static str,
    /// Package-relative path without fingerprint, e.g. `"dcc/async-graph.js"`.
    pub path: &'static str,
    /// Cache-busting marker `v<version>m<hash>`: the package version with
    /// characters outside `[A-Za-z0-9_-]` replaced by `_`, and the first 10
    /// hex digits of the content's SHA-1.
    pub fingerprint: &'static str,
    /// `Content-Type` header value, e.g. `"text/javascript; charset=utf-8"`.
    pub content_type: &'static str,
    /// `ETag` header value: the quoted SHA-1 hex of [`Asset::identity`], as Flask sends it.
    pub etag: &'static str,
    /// The file's bytes, uncompressed.
    pub identity: &'static [u8],
    /// The file gzip-compressed (level 9), for `Content-Encoding: gzip`.
    pub gzip: &'static [u8],
    /// The file brotli-compressed (quality 11; 9 for `.map` files), for `Content-Encoding: br`.
    pub brotli: &'static [u8],
}

impl Asset {
    /// The path with Dash's fingerprint inserted after the first dot of the
    /// file name: `deps/react@18.3.1.min.js` → `deps/react@18.v4_4_1m….3.1.min.js`.
    /// Serve such URLs with a long `Cache-Control` max-age.
    pub fn fingerprinted_path(&self) -> String {
        fingerprint::insert(self.path, self.fingerprint)
    }
}

impl fmt::Debug for Asset {
    // The byte slices are megabytes long; show their sizes instead.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Asset")
            .field("namespace", &self.namespace)
            .field("path", &self.path)
            .field("fingerprint", &self.fingerprint)
            .field("content_type", &self.content_type)
            .field("etag", &self.etag)
            .field("identity_len", &self.identity.len())
            .field("gzip_len", &self.gzip.len())
            .field("brotli_len", &self.brotli.len())
            .finish()
    }
}

// Defines `fn table() -> &'static [Asset]`, sorted by (namespace, path).
include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// Looks up an asset by namespace and exact package-relative path (no
/// fingerprint: pass URL paths through [`unfingerprint`] first). Paths are
/// only ever compared, never touched on disk, so `../x` simply finds nothing.
pub fn find(namespace: &str, path: &str) -> Option<&'static Asset> {
    let assets = table();
    assets
        .binary_search_by(|a| (a.namespace, a.path).cmp(&(namespace, path)))
        .ok()
        .map(|i| &assets[i])
}

/// Every embedded asset, sorted by (namespace, path).
pub fn all() -> &'static [Asset] {
    table()
}

/// Removes a Dash fingerprint from a path, following Dash's rule: split the
/// last segment on `.`; if there are more than two parts and part 1 matches
/// `^v[\w-]+m[0-9a-fA-F]+$`, drop it. Other paths are returned unchanged.
pub fn unfingerprint(path: &str) -> Cow<'_, str> {
    fingerprint::strip(path)
}

/// Inserts a Dash fingerprint (`v<version>m<hex>`) after the first dot of a path's file
/// name, as [`Asset::fingerprinted_path`] does: for files served beside the embedded ones.
///
/// ```
/// assert_eq!(dash_assets::fingerprint("w/widget.min.js", "v1_0m0a1b"), "w/widget.v1_0m0a1b.min.js");
/// ```
pub fn fingerprint(path: &str, marker: &str) -> String {
    fingerprint::insert(path, marker)
}

/// Whether [`unfingerprint`] would remove a fingerprint from `path`
/// (Dash then answers with a long max-age instead of an ETag).
pub fn is_fingerprinted(path: &str) -> bool {
    matches!(unfingerprint(path), Cow::Owned(_))
}
