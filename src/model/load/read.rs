//! Reading inputs through a bounded reader: regular files and standard input only.
//!
//! File metadata says nothing about devices and pipes (their length is 0), so the
//! size check alone let `/dev/zero` grow without end and a FIFO without a writer
//! hang. Here a path must name a regular file, checked before opening and again
//! on the opened file, and every read stops one byte past the limit.

use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::Path;

use super::LoadError;

/// Largest input accepted for one article file: 32 MiB. News articles are a few
/// kilobytes; anything this large is a mistake (a log, a dump, a video), and
/// refusing it keeps memory and start-up bounded.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Reads the regular file at `path`, refusing devices, pipes, sockets and files
/// over `limit` bytes (before reading them when their size says so).
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| LoadError::io(path, e))?;
    check_regular(path, &meta, limit)?;
    let file = open_without_blocking(path).map_err(|e| LoadError::io(path, e))?;
    let meta = file.metadata().map_err(|e| LoadError::io(path, e))?;
    check_regular(path, &meta, limit)?;
    // Sized once from the file's length (a file growing meanwhile still reads).
    let expected = meta.len().min(limit).saturating_add(1);
    read_into(path, file, limit, usize::try_from(expected).unwrap_or(0))
}

/// Reads a stream (standard input) up to `limit` bytes; one byte more is an error.
pub fn read_bounded(path: &Path, reader: impl Read, limit: u64) -> Result<Vec<u8>, LoadError> {
    read_into(path, reader, limit, 0)
}

/// [`read_bounded`] into a buffer of `capacity` bytes to start with.
fn read_into(
    path: &Path,
    reader: impl Read,
    limit: u64,
    capacity: usize,
) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::with_capacity(capacity);
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::io(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Refuses what is not a regular file, or is one larger than `limit`.
fn check_regular(path: &Path, meta: &Metadata, limit: u64) -> Result<(), LoadError> {
    if meta.is_dir() {
        return Err(LoadError::NotAFile(path.to_path_buf()));
    }
    if !meta.is_file() {
        return Err(LoadError::NotRegular {
            path: path.to_path_buf(),
            kind: kind_of(meta),
        });
    }
    if meta.len() > limit {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit,
        });
    }
    Ok(())
}

/// What kind of special file `meta` describes, in words.
#[cfg(unix)]
fn kind_of(meta: &Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    if kind.is_fifo() {
        "a pipe (FIFO)"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "a special file"
    }
}

/// What kind of special file `meta` describes, in words.
#[cfg(not(unix))]
fn kind_of(_meta: &Metadata) -> &'static str {
    "a special file"
}

/// Opens `path` for reading without waiting: should it have been swapped for a
/// FIFO since it was checked, the open returns at once instead of waiting for a
/// writer, and the check on the opened file refuses it.
#[cfg(unix)]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

/// Opens `path` for reading.
#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_stop_one_byte_past_the_limit() {
        let endless = io::repeat(b'a');
        let err = read_bounded(Path::new("-"), endless, 10).unwrap_err();
        assert!(matches!(err, LoadError::TooLarge { size: 11, .. }), "{err}");
        let ok = read_bounded(Path::new("-"), &b"0123456789"[..], 10).unwrap();
        assert_eq!(ok.len(), 10);
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_refused_without_reading() {
        let err = read_regular(Path::new("/dev/zero"), 10).unwrap_err();
        assert!(
            err.to_string().contains("/dev/zero: is a character device"),
            "{err}"
        );
    }
}
