//! Why an input could not be loaded, always naming the file.

use std::path::PathBuf;

/// A fatal problem with one input. Every variant names the file, so the one-line
/// message is enough for the user to find and fix it.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The path does not exist.
    #[error("{0}: no such file or folder")]
    NotFound(PathBuf),
    /// The folder holds no article files.
    #[error("{0}: folder holds no articles (looked for .txt, .md, .json and .jsonl files)")]
    NoArticles(PathBuf),
    /// A folder was given where one text file is needed.
    #[error("{0}: is a folder; give one text file or - for standard input")]
    NotAFile(PathBuf),
    /// A device, pipe or socket: only regular files (and `-`) are read, so an
    /// endless or blocking source cannot stall or exhaust the program.
    #[error(
        "{path}: is {kind}, not a regular file (to read a pipe, give - and pipe it to standard input)"
    )]
    NotRegular {
        /// The path.
        path: PathBuf,
        /// What it is instead, in words (`a pipe (FIFO)`, `a character device`…).
        kind: &'static str,
    },
    /// The file holds binary data, not text.
    #[error("{path}: binary file (NUL byte at offset {offset}), not an article")]
    Binary {
        /// The file.
        path: PathBuf,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// The file is empty or only whitespace.
    #[error("{0}: empty file, no article text")]
    Empty(PathBuf),
    /// The file is larger than the documented limit.
    #[error("{path}: file is {size} bytes, over the {limit}-byte limit for one article")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// JSON that does not parse or lacks the article text.
    #[error("{path}:{line}: {message}")]
    Json {
        /// The file.
        path: PathBuf,
        /// Line of the problem (1-based).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A `manifest.toml` that does not parse.
    #[error("{path}: bad manifest: {message}")]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// Any other I/O failure.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

impl LoadError {
    /// Wraps an I/O error, turning "not found" into [`LoadError::NotFound`].
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        let path = path.into();
        if source.kind() == std::io::ErrorKind::NotFound {
            LoadError::NotFound(path)
        } else {
            LoadError::Io { path, source }
        }
    }
}
