//! Turns the bytes of one input into clean article text, or says clearly why not.

use std::path::Path;

use super::LoadError;
use crate::model::sanitize::{SanitizeReport, sanitize};

/// How many leading bytes are checked for NUL bytes to spot binary files.
const BINARY_SNIFF_BYTES: usize = 8192;

/// Decodes `bytes` read from `path` into clean text, pushing a warning for invalid
/// UTF-8, and returns what cleaning removed so the caller can warn once per file.
///
/// Binary data and empty input are fatal. Invalid UTF-8 is decoded lossily with a
/// warning naming the first bad byte offset.
pub fn decode(
    path: &Path,
    bytes: &[u8],
    warnings: &mut Vec<String>,
) -> Result<(String, SanitizeReport), LoadError> {
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
    if clean.trim().is_empty() {
        return Err(LoadError::Empty(path.to_path_buf()));
    }
    Ok((clean, report))
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
        let (text, _) = decode(p, b"caf\xe9 au lait", &mut w).unwrap();
        assert_eq!(text, "caf\u{fffd} au lait");
        assert_eq!(
            w,
            ["x.txt: invalid UTF-8 at byte 3; bad bytes replaced with U+FFFD"]
        );
    }

    #[test]
    fn escapes_are_removed_and_counted() {
        let mut w = Vec::new();
        let (text, report) = decode(Path::new("e.txt"), b"Title\n\x1b[2Jbody", &mut w).unwrap();
        assert_eq!(text, "Title\nbody");
        assert_eq!((report.escapes, report.escape_bytes), (1, 4));
        assert!(w.is_empty());
    }
}
