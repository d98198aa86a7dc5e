//! `GET /_dash-component-suites/<namespace>/<path>` (protocol §2.4): the embedded front-end
//! files, pre-compressed, and the app's own bundles, with Dash's caching rules.

use super::app_bundles::AppBundles;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder};
use dash_assets::Asset;

/// Serves one embedded file or app bundle, or 404 for anything else.
pub fn serve(
    request: &HttpRequest,
    bundles: &AppBundles,
    namespace: &str,
    path: &str,
) -> HttpResponse {
    let plain = dash_assets::unfingerprint(path);
    if let Some(bundle) = bundles.find(namespace, &plain) {
        if let Some(response) = not_modified(request, path, &bundle.etag) {
            return response;
        }
        return fresh(path, &bundle.etag)
            .content_type("text/javascript; charset=utf-8")
            .body(bundle.source);
    }
    let Some(asset) = dash_assets::find(namespace, &plain) else {
        return HttpResponse::NotFound()
            .content_type("text/plain; charset=utf-8")
            .body(format!("no such component-suite file: {namespace}/{path}"));
    };
    if let Some(response) = not_modified(request, path, asset.etag) {
        return response;
    }
    let mut response = fresh(path, asset.etag);
    let (encoding, body) = pick_encoding(request, asset);
    if let Some(encoding) = encoding {
        response.insert_header((header::CONTENT_ENCODING, HeaderValue::from_static(encoding)));
    }
    response
        .insert_header((header::VARY, "Accept-Encoding"))
        .content_type(asset.content_type)
        .body(body)
}

/// The 304 for a plain (not fingerprinted) URL whose ETag the browser already has.
fn not_modified(request: &HttpRequest, path: &str, etag: &str) -> Option<HttpResponse> {
    let revalidates = !dash_assets::is_fingerprinted(path);
    (revalidates && if_none_match(request) == Some(etag)).then(|| {
        HttpResponse::NotModified()
            .insert_header((header::ETAG, etag.to_owned()))
            .finish()
    })
}

/// Dash's rule: fingerprinted URLs are cached for good, plain ones revalidate by ETag.
fn fresh(path: &str, etag: &str) -> HttpResponseBuilder {
    let mut response = HttpResponse::Ok();
    if dash_assets::is_fingerprinted(path) {
        response.insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"));
    } else {
        response.insert_header((header::ETAG, etag.to_owned()));
    }
    response
}

fn if_none_match(request: &HttpRequest) -> Option<&str> {
    request
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
}

/// Brotli if the client takes it, else gzip, else the raw bytes.
fn pick_encoding(
    request: &HttpRequest,
    asset: &'static Asset,
) -> (Option<&'static str>, &'static [u8]) {
    let accepted = request
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let takes = |name: &str| {
        accepted.split(',').any(|item| {
            let mut parts = item.split(';');
            let coding = parts.next().unwrap_or_default().trim();
            let refused = parts.any(|p| p.trim().replace(' ', "") == "q=0");
            coding.eq_ignore_ascii_case(name) && !refused
        })
    };
    // Already-compressed files (fonts) do not shrink; they go as they are.
    let smaller = |encoded: &[u8]| encoded.len() < asset.identity.len();
    if takes("br") && smaller(asset.brotli) {
        (Some("br"), asset.brotli)
    } else if takes("gzip") && smaller(asset.gzip) {
        (Some("gzip"), asset.gzip)
    } else {
        (None, asset.identity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn asset(identity: &'static [u8], compressed: &'static [u8]) -> Asset {
        Asset {
            namespace: "x",
            path: "f.woff2",
            fingerprint: "v1m0",
            content_type: "font/woff2",
            etag: "\"0\"",
            identity,
            gzip: compressed,
            brotli: compressed,
        }
    }

    #[test]
    fn a_compressed_copy_goes_only_when_it_is_smaller() {
        let request = TestRequest::get()
            .insert_header((header::ACCEPT_ENCODING, "br, gzip"))
            .to_http_request();
        let shrinks: &'static Asset = Box::leak(Box::new(asset(b"0123456789", b"01")));
        assert_eq!(pick_encoding(&request, shrinks), (Some("br"), &b"01"[..]));
        let grows: &'static Asset = Box::leak(Box::new(asset(b"01", b"0123")));
        assert_eq!(pick_encoding(&request, grows), (None, &b"01"[..]));
    }
}
