//! Turns the bytes of one input into article text, or says clearly why not.

use std::path::Path;

use super::LoadError;
use crate::model::sanitize::sanitize;

/// Largest input accepted for one article file: 32 MiB. News articles are a few
/// kilobytes; anything this large is a mistake (a log, a dump, a video), and
/// refusing it keeps memory and start-up bounded.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// How many leading bytes are checked for NUL bytes to spot binary files.
const BINARY_SNIFF_BYTES: usize = 8192;

/// Decodes `bytes` read from `path` into clean text, pushing any warnings.
///
/// Binary data and empty input are fatal. Invalid UTF-8 is decoded lossily with a
/// warning naming the first bad byte offset; control characters and escape
/// sequences are removed with a warning.
pub fn decode(path: &Path, bytes: &[u8], warnings: &mut Vec<String>) -> Result<String, LoadError> {
    if let Some(offset) = bytes.iter().take(BINARY_SNIFF_BYTES).position(|&b| b == 0) {
        return Err(LoadError::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(err) => {
            warnings.push(format!(
                "{}: invalid UTF-8 at byte {}; bad bytes replaced with U+FFFD",
                path.display(),
                err.valid_up_to()
            ));
            String::from_utf8_lossy(bytes)
        }
    };
    let (clean, report) = sanitize(&text);
    if report.escapes + report.controls > 0 {
        warnings.push(format!(
            "{}: removed {} escape sequence(s) and {} control character(s)",
            path.display(),
            report.escapes,
            report.controls
        ));
    }
    if clean.trim().is_empty() {
        return Err(LoadError::Empty(path.to_path_buf()));
    }
    Ok(clean)
}

/// Reads a whole file, refusing files over [`MAX_FILE_BYTES`] before reading them.
pub fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| LoadError::io(path, e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    std::fs::read(path).map_err(|e| LoadError::io(path, e))
}

/// Reads a stream (standard input) up to [`MAX_FILE_BYTES`].
pub fn read_stream_limited(path: &Path, reader: impl std::io::Read) -> Result<Vec<u8>, LoadError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::io(path, e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_empty_and_lossy() {
        let p = Path::new("x.txt");
        let mut w = Vec::new();
        assert!(matches!(
            decode(p, b"ab\0cd", &mut w),
            Err(LoadError::Binary { offset: 2, .. })
        ));
        assert!(matches!(
            decode(p, b"  \n\t ", &mut w),
            Err(LoadError::Empty(_))
        ));
        let text = decode(p, b"caf\xe9 au lait", &mut w).unwrap();
        assert_eq!(text, "caf\u{fffd} au lait");
        assert_eq!(
            w,
            ["x.txt: invalid UTF-8 at byte 3; bad bytes replaced with U+FFFD"]
        );
    }

    #[test]
    fn escapes_are_removed_with_warning() {
        let mut w = Vec::new();
        let text = decode(Path::new("e.txt"), b"Title\n\x1b[2Jbody", &mut w).unwrap();
        assert_eq!(text, "Title\nbody");
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("e.txt: removed 1 escape"));
    }
}
