//! Hashing and pre-compressing each asset into `$OUT_DIR/assets/`.

use crate::manifest::{content_type, Source};
use crate::npm::{read, write};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

const GZIP_LEVEL: u32 = 9;
/// Brotli's maximum, for everything a page loads.
const BROTLI_QUALITY: u32 = 11;
/// Source maps are fetched only by open dev tools. Measured on the 8.6 MB of
/// maps: quality 11 takes 15.4 s of CPU for 1.67 MB, 9 takes 1.1 s for 1.84 MB.
const BROTLI_QUALITY_MAPS: u32 = 9;
/// 4 MiB window, brotli's default. The 16 MiB maximum (24) measured no gain on
/// plotly.min.js + dash_renderer.dev.js (2.393 MB compressed either way).
const BROTLI_LGWIN: u32 = 22;

/// Everything the generated table needs about one asset.
pub struct Encoded {
    pub namespace: &'static str,
    pub path: String,
    pub fingerprint: String,
    pub content_type: &'static str,
    pub etag: String,
    /// File stem under `$OUT_DIR/assets/`; `.gz` and `.br` are appended for the encodings.
    pub stem: String,
}

#[derive(Clone, Copy)]
enum Codec {
    Gzip,
    /// With its quality.
    Brotli(u32),
}

struct Job {
    raw: PathBuf,
    codec: Codec,
    size: usize,
}

impl Job {
    /// Rough relative CPU cost: brotli 11 is ~30x slower than gzip 9 or brotli 9.
    fn cost(&self) -> usize {
        match self.codec {
            Codec::Brotli(q) if q >= 10 => self.size * 30,
            _ => self.size,
        }
    }
}

/// Hashes every source, copies it to `assets_dir` and compresses what changed.
pub fn encode_all(sources: &[Source], assets_dir: &Path, threads: usize) -> Vec<Encoded> {
    let mut encoded = Vec::new();
    let mut jobs = Vec::new();
    let mut stamps = Vec::new();
    for source in sources {
        let bytes = read(&source.file);
        let sha1 = sha1_smol::Sha1::from(&bytes).digest().to_string();
        let stem = format!("{}/{}", source.namespace, source.path);
        let raw = assets_dir.join(&stem);
        let quality = brotli_quality(&source.path);
        let stamp = format!("{sha1} gzip{GZIP_LEVEL} br{quality}w{BROTLI_LGWIN}\n");
        if !up_to_date(&raw, &stamp) {
            let stamp_file = with_suffix(&raw, ".stamp");
            // An old stamp must not vouch for files this run is about to replace.
            let _ = fs::remove_file(&stamp_file);
            fs::create_dir_all(raw.parent().expect("asset has a parent")).expect("mkdir");
            write(&raw, &bytes);
            for codec in [Codec::Gzip, Codec::Brotli(quality)] {
                let (raw, size) = (raw.clone(), bytes.len());
                jobs.push(Job { raw, codec, size });
            }
            stamps.push((stamp_file, stamp));
        }
        encoded.push(Encoded {
            namespace: source.namespace,
            fingerprint: fingerprint(source.version, &sha1),
            content_type: content_type(&source.path).expect("filtered in manifest"),
            etag: format!("\"{sha1}\""),
            path: source.path.clone(),
            stem,
        });
    }
    run_jobs(jobs, threads);
    // Stamps last: a build interrupted mid-compression redoes those files.
    for (path, stamp) in stamps {
        write(&path, stamp.as_bytes());
    }
    encoded
}

/// `v<version>m<hash>`: Dash's marker, with the content hash standing in for
/// the mtime Python uses (an embedded file has no meaningful mtime).
pub fn fingerprint(version: &str, sha1: &str) -> String {
    let version: String = version
        .chars()
        .map(|c| match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' | '_' | '-' => c,
            _ => '_',
        })
        .collect();
    format!("v{version}m{}", &sha1[..10])
}

/// True when the copy, both encodings and a stamp for the same content and settings exist.
fn up_to_date(raw: &Path, stamp: &str) -> bool {
    fs::read_to_string(with_suffix(raw, ".stamp"))
        .ok()
        .as_deref()
        == Some(stamp)
        && raw.is_file()
        && with_suffix(raw, ".gz").is_file()
        && with_suffix(raw, ".br").is_file()
}

/// Runs compression jobs on `threads` workers, biggest first so the long
/// brotli runs start early and the small ones fill the gaps.
fn run_jobs(mut jobs: Vec<Job>, threads: usize) {
    jobs.sort_by_key(|j| std::cmp::Reverse(j.cost()));
    let next = AtomicUsize::new(0);
    let failure = Mutex::new(None);
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            scope.spawn(|| {
                while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Err(e) = run_job(job) {
                        *failure.lock().unwrap() = Some(e);
                        break;
                    }
                }
            });
        }
    });
    if let Some(e) = failure.into_inner().unwrap() {
        panic!("{e}");
    }
}

fn run_job(job: &Job) -> Result<(), String> {
    let started = Instant::now();
    let bytes = fs::read(&job.raw).map_err(|e| format!("read {}: {e}", job.raw.display()))?;
    let (suffix, data) = match job.codec {
        Codec::Gzip => (".gz", gzip(&bytes)),
        Codec::Brotli(quality) => (".br", brotli(&bytes, quality)),
    };
    let out = with_suffix(&job.raw, suffix);
    // Visible with `cargo build -vv`; handy when tuning the levels.
    eprintln!(
        "dash-assets: {} {} -> {} bytes in {:.2?}",
        out.display(),
        bytes.len(),
        data.len(),
        started.elapsed()
    );
    fs::write(&out, data).map_err(|e| format!("write {}: {e}", out.display()))
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    // GzEncoder writes mtime 0 and no file name, so the output is reproducible.
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(GZIP_LEVEL));
    enc.write_all(bytes).expect("gzip into memory");
    enc.finish().expect("gzip into memory")
}

fn brotli_quality(path: &str) -> u32 {
    if path.ends_with(".map") {
        BROTLI_QUALITY_MAPS
    } else {
        BROTLI_QUALITY
    }
}

fn brotli(bytes: &[u8], quality: u32) -> Vec<u8> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: quality as i32,
        lgwin: BROTLI_LGWIN as i32,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let mut out = Vec::with_capacity(bytes.len() / 4);
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("brotli into memory");
    out
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}
