//! Files in and out of the browser: what `dcc.Upload` sends, and what `dcc.Download` takes
//! (Python's `dcc.send_string`, `send_bytes` and `send_file`).

use super::DownloadData;
use base64::Engine;
use std::path::Path;

/// A file as `dcc.Upload` sends it in `contents`: a `data:<type>;base64,<data>` URL, decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UploadedFile {
    /// The MIME type the browser gave the file (may be empty).
    pub mime_type: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

impl UploadedFile {
    /// Decodes one `contents` value.
    ///
    /// ```
    /// use dash_runtime::dcc::UploadedFile;
    /// let file = UploadedFile::from_contents("data:text/csv;base64,eCx5CjEsMgo=").unwrap();
    /// assert_eq!(file.mime_type, "text/csv");
    /// assert_eq!(file.text().unwrap(), "x,y\n1,2\n");
    /// ```
    pub fn from_contents(contents: &str) -> Result<Self, String> {
        let rest = contents
            .strip_prefix("data:")
            .ok_or("the upload is not a `data:` URL")?;
        let (header, data) = rest
            .split_once(',')
            .ok_or("the upload's data URL has no `,` before its data")?;
        let mime_type = header
            .strip_suffix(";base64")
            .ok_or("the upload's data URL is not base64; dcc.Upload always sends base64")?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data)
            .map_err(|error| format!("the upload's base64 data is broken: {error}"))?;
        Ok(UploadedFile {
            mime_type: mime_type.to_owned(),
            bytes,
        })
    }

    /// The bytes as UTF-8 text.
    pub fn text(&self) -> Result<&str, std::str::Utf8Error> {
        std::str::from_utf8(&self.bytes)
    }
}

/// A text file for `dcc.Download`'s `data`: Python's `dcc.send_string(text, filename)`.
pub fn send_string(content: impl Into<String>, filename: impl Into<String>) -> DownloadData {
    DownloadData::new(filename, content).base64(false).untyped()
}

/// A binary file for `dcc.Download`: Python's `dcc.send_bytes`; the bytes travel as base64.
pub fn send_bytes(bytes: impl AsRef<[u8]>, filename: impl Into<String>) -> DownloadData {
    let content = base64::engine::general_purpose::STANDARD.encode(bytes);
    DownloadData::new(filename, content).base64(true).untyped()
}

/// A file from disk for `dcc.Download`, under its own name: Python's `dcc.send_file`.
pub fn send_file(path: impl AsRef<Path>) -> std::io::Result<DownloadData> {
    let path = path.as_ref();
    let bytes = std::fs::read(path)?;
    let filename = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Like Python's, without a type: the browser names the file, whatever its content.
    Ok(send_bytes(bytes, filename))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn downloads_take_dash_s_shape() {
        assert_eq!(
            serde_json::to_value(send_string("a,b\n", "t.csv")).unwrap(),
            json!({"filename": "t.csv", "content": "a,b\n", "base64": false, "type": null})
        );
        assert_eq!(
            serde_json::to_value(send_bytes([0u8, 255], "b.bin")).unwrap(),
            json!({"filename": "b.bin", "content": "AP8=", "base64": true, "type": null})
        );
    }

    #[test]
    fn files_on_disk_keep_their_name() {
        let dir = std::env::temp_dir().join(format!("dash-send-file-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("report.csv");
        std::fs::write(&path, "x\n1\n").unwrap();
        let value = serde_json::to_value(send_file(&path).unwrap()).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            value,
            json!({"filename": "report.csv", "content": "eAoxCg==", "base64": true, "type": null})
        );
    }

    #[test]
    fn broken_uploads_say_what_is_wrong() {
        for (contents, reason) in [
            ("text", "not a `data:` URL"),
            ("data:text/csv;base64", "no `,`"),
            ("data:text/csv,x", "not base64"),
            ("data:text/csv;base64,@@", "broken"),
        ] {
            let error = UploadedFile::from_contents(contents).unwrap_err();
            assert!(error.contains(reason), "{contents}: {error}");
        }
    }
}
