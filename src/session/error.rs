//! What can go wrong opening or saving a session.

use std::path::PathBuf;

/// A session could not be opened or saved.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// Another process holds the session's lock.
    #[error(
        "another Parallax{} has this session open: {} (close it, or pass another session file)",
        pid_note(*.pid),
        .path.display()
    )]
    Locked {
        /// The session file.
        path: PathBuf,
        /// The process holding the lock, when its lock file says.
        pid: Option<u32>,
    },
    /// The file given as the session is something else (notes, an article, another
    /// program's JSON); it was left untouched.
    #[error(
        "{} is not a Parallax session file; it was left untouched (give a new file name, or an existing session)",
        .path.display()
    )]
    NotASession {
        /// The file.
        path: PathBuf,
    },
    /// The session file cannot be read: a FIFO, a device, far too large, or an
    /// I/O failure.
    #[error("cannot read session: {reason}")]
    Unreadable {
        /// The session file.
        path: PathBuf,
        /// Why, naming the file.
        reason: String,
    },
    /// The session was opened read-only and cannot be saved.
    #[error("session {} is read-only: {reason}", .path.display())]
    ReadOnly {
        /// The session file.
        path: PathBuf,
        /// Why it was opened read-only.
        reason: String,
    },
    /// A file operation failed.
    #[error("cannot {action} {}: {source}", .path.display())]
    Io {
        /// What was being done (`read`, `write`, `lock`, …).
        action: &'static str,
        /// The file or folder concerned.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// No folder for application data could be found and none was given.
    #[error("no data folder found for sessions: set PARALLAX_DATA_DIR or pass a session file")]
    NoDataDir,
    /// The session could not be encoded as JSON.
    #[error("cannot encode session: {0}")]
    Encode(#[from] serde_json::Error),
}

/// ` (pid N)` when the pid is known.
fn pid_note(pid: Option<u32>) -> String {
    pid.map(|p| format!(" (pid {p})")).unwrap_or_default()
}
