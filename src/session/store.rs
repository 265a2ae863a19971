//! Where sessions live on disk: finding, locking, loading and saving the file.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::Corpus;

use crate::model::load::LoadError;

use super::atomic::{resolve_links, write_atomic};
use super::error::SessionError;
use super::fingerprint::{fingerprint, fnv1a, hex};
use super::listing::predecessor;
use super::location::location;
use super::model::{ReattachReport, SESSION_VERSION, Session, now};
use super::read::{is_blank, looks_like_session, read_session_file};

/// Environment variable naming the folder that holds `sessions/`.
pub const DATA_DIR_ENV: &str = "PARALLAX_DATA_DIR";

/// An open session file, locked unless it is read-only.
#[derive(Debug)]
pub struct SessionStore {
    /// The session file, as given (for messages).
    path: PathBuf,
    /// The file itself: `path` with symbolic links followed, so a linked session
    /// is locked and saved where it lives.
    target: PathBuf,
    /// True when the file must not be written (see [`SessionStore::save`]).
    pub read_only: bool,
    /// Why the file is read-only.
    read_only_reason: Option<String>,
    /// The locked `FILE.lock`; holding it keeps other processes out. `None` when
    /// the folder cannot be written, and so cannot be written by anyone here.
    _lock: Option<File>,
}

/// What happened while opening a session, for the reader to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenReport {
    /// Things the analyst should know (a corrupt file set aside, read-only mode).
    pub notices: Vec<String>,
    /// How the saved marks re-anchored to the current articles.
    pub reattach: ReattachReport,
}

impl SessionStore {
    /// Opens the session for `corpus`: at `path` if given, else at the default place
    /// (see [`SessionStore::open_in`] and [`default_dir`]). Locks it, loads it (or
    /// starts a new one), and re-anchors its marks to the corpus.
    ///
    /// A file that is not a Parallax session (and not empty) is refused untouched;
    /// a damaged session is set aside as `FILE.corrupt-<secs>`; a session from a
    /// newer version, or one in a folder that cannot be written, is opened
    /// read-only with a notice saying why.
    pub fn open(
        path: Option<PathBuf>,
        corpus: &Corpus,
    ) -> Result<(SessionStore, Session, OpenReport), SessionError> {
        match path {
            Some(path) => Self::open_at(path, None, corpus),
            None => Self::open_in(&default_dir(None)?, corpus),
        }
    }

    /// Opens the session for `corpus` in folder `dir`, as `<corpus key>.json`. When
    /// there is none yet but the folder holds a session over the same articles in
    /// the same files (the articles were edited since), that session is continued:
    /// its marks are re-anchored and the next save writes the new file; the old one
    /// is left.
    pub fn open_in(
        dir: &Path,
        corpus: &Corpus,
    ) -> Result<(SessionStore, Session, OpenReport), SessionError> {
        let path = dir.join(format!("{}.json", corpus_key(corpus)));
        Self::open_at(path, Some(dir), corpus)
    }

    /// Opens `path`; `sessions_dir` is searched for a predecessor when it is missing.
    fn open_at(
        path: PathBuf,
        sessions_dir: Option<&Path>,
        corpus: &Corpus,
    ) -> Result<(SessionStore, Session, OpenReport), SessionError> {
        let target = resolve_links(&path);
        if let Some(bytes) = read_existing(&path, &target)?
            && !is_blank(&bytes)
            && !looks_like_session(&bytes)
        {
            return Err(SessionError::NotASession { path });
        }
        let mut report = OpenReport::default();
        let (lock, reason) = match prepare(&target) {
            Ok(lock) => (Some(lock), None),
            Err(SessionError::Io {
                path: dir, source, ..
            }) if is_read_only(&source) => {
                let reason = format!(
                    "{} cannot be written ({source}), so notes made now are not saved",
                    dir.display()
                );
                report
                    .notices
                    .push(format!("session {} is read-only: {reason}", path.display()));
                (None, Some(reason))
            }
            Err(err) => return Err(err),
        };
        let mut store = SessionStore {
            path,
            target,
            read_only: reason.is_some(),
            read_only_reason: reason,
            _lock: lock,
        };
        let existing = read_existing(&store.path, &store.target)?;
        let earlier = sessions_dir
            .filter(|_| existing.is_none())
            .and_then(|dir| predecessor(dir, corpus));
        let mut session = match earlier {
            Some((old, session)) => {
                report.notices.push(format!(
                    "the articles changed since the last session; continuing the session saved in {}",
                    old.display()
                ));
                session
            }
            None => store.load(existing, corpus, &mut report.notices)?,
        };
        report.reattach = session.reattach_all(corpus);
        if report.reattach.orphaned > 0 {
            report.notices.push(format!(
                "{} mark(s) no longer match the article text and are shown as orphaned",
                report.reattach.orphaned
            ));
        }
        Ok((store, session, report))
    }

    /// The session file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why the session cannot be saved, when it is read-only: for the reader to
    /// keep on screen.
    pub fn read_only_reason(&self) -> Option<&str> {
        self.read_only_reason.as_deref()
    }

    /// Saves `session` atomically: after a crash the file holds either the previous
    /// save or this one. A symbolic link is followed, so the file it points to is
    /// updated and the link stays a link.
    pub fn save(&self, session: &Session) -> Result<(), SessionError> {
        if self.read_only {
            return Err(SessionError::ReadOnly {
                path: self.path.clone(),
                reason: self.read_only_reason.clone().unwrap_or_default(),
            });
        }
        let json = crate::model::sanitize::json::to_string_pretty(session)?;
        write_atomic(&self.target, json.as_bytes()).map_err(|e| io_error("write", &self.path, e))
    }

    /// Makes a session of the file's bytes, handling a missing, blank, damaged or
    /// newer file.
    fn load(
        &mut self,
        bytes: Option<Vec<u8>>,
        corpus: &Corpus,
        notices: &mut Vec<String>,
    ) -> Result<Session, SessionError> {
        let Some(bytes) = bytes.filter(|b| !is_blank(b)) else {
            return Ok(Session::new(corpus));
        };
        let version = serde_json::from_slice::<Versioned>(&bytes).map(|v| v.version);
        match version {
            Ok(v) if v > u64::from(SESSION_VERSION) => {
                let reason = format!(
                    "it was written by a newer Parallax (format {v}; this one knows {SESSION_VERSION}), so it is left untouched"
                );
                notices.push(format!(
                    "session {} is read-only: {reason}",
                    self.path.display()
                ));
                self.read_only = true;
                self.read_only_reason = Some(reason);
                Ok(Session::from_json(&bytes).unwrap_or_else(|_| Session::new(corpus)))
            }
            Ok(_) => match Session::from_json(&bytes) {
                Ok(session) => Ok(session),
                Err(e) => self.set_aside(corpus, notices, &e),
            },
            Err(e) => self.set_aside(corpus, notices, &e),
        }
    }

    /// Renames a damaged session file out of the way and starts a new session; a
    /// read-only one is left where it is.
    fn set_aside(
        &self,
        corpus: &Corpus,
        notices: &mut Vec<String>,
        error: &serde_json::Error,
    ) -> Result<Session, SessionError> {
        if self.read_only {
            notices.push(format!(
                "session {} could not be read ({error}); a new session started",
                self.path.display()
            ));
            return Ok(Session::new(corpus));
        }
        let aside = corrupt_path(&self.path);
        fs::rename(&self.path, &aside).map_err(|e| io_error("set aside", &self.path, e))?;
        notices.push(format!(
            "session {} could not be read ({error}); it was kept as {} and a new session started",
            self.path.display(),
            aside.display()
        ));
        Ok(Session::new(corpus))
    }
}

/// The bytes of the session file `target` (given as `path`), or `None` when it
/// does not exist. A FIFO, a device or an oversized file is refused, not read.
fn read_existing(path: &Path, target: &Path) -> Result<Option<Vec<u8>>, SessionError> {
    match read_session_file(target) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(LoadError::NotFound(_)) => Ok(None),
        Err(err) => Err(SessionError::Unreadable {
            path: path.to_path_buf(),
            reason: err.to_string(),
        }),
    }
}

/// Creates the session's folder and takes its lock.
fn prepare(target: &Path) -> Result<File, SessionError> {
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|e| io_error("create", dir, e))?;
    }
    let lock = lock(target)?;
    remove_stale_temps(target);
    Ok(lock)
}

/// True for the errors of storage that cannot be written at all.
fn is_read_only(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

/// Just the version of a session file, read before anything else.
#[derive(Deserialize)]
struct Versioned {
    /// The file format version.
    version: u64,
}

/// The folder where sessions are kept by default: `sessions/` under
/// `$PARALLAX_DATA_DIR`, else under `configured` (the config's `data_dir`),
/// else under the platform's data folder for Parallax.
pub fn default_dir(configured: Option<&Path>) -> Result<PathBuf, SessionError> {
    let env = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty());
    let base = match (env, configured) {
        (Some(dir), _) => PathBuf::from(dir),
        (None, Some(dir)) => dir.to_path_buf(),
        (None, None) => directories::ProjectDirs::from("", "", "parallax")
            .ok_or(SessionError::NoDataDir)?
            .data_dir()
            .to_path_buf(),
    };
    Ok(base.join("sessions"))
}

/// A key naming the corpus: the FNV-1a hash of its articles' sorted locations
/// (canonical absolute paths) and fingerprints, so the same files give the same
/// session whatever order they are loaded in and whatever folder Parallax starts
/// from, and the same texts in another project's folder give another session.
/// Articles without a file (standard input, the embedded seeds) count by their
/// text alone.
pub fn corpus_key(corpus: &Corpus) -> String {
    let mut lines: Vec<String> = corpus
        .articles
        .iter()
        .map(|a| {
            let place = location(&a.meta.path).unwrap_or_default();
            format!("{place}\t{}", fingerprint(&a.text))
        })
        .collect();
    lines.sort();
    hex(fnv1a(lines.join("\n").as_bytes()))
}

/// Takes the lock for session `path`, writing this process's id into the lock file.
fn lock(path: &Path) -> Result<File, SessionError> {
    let lock_path = with_suffix(path, ".lock");
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock_path)
        .map_err(|e| io_error("open lock file", &lock_path, e))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let mut text = String::new();
            let pid = file
                .read_to_string(&mut text)
                .ok()
                .and_then(|_| text.trim().parse().ok());
            return Err(SessionError::Locked {
                path: path.to_path_buf(),
                pid,
            });
        }
        Err(TryLockError::Error(e)) => return Err(io_error("lock", &lock_path, e)),
    }
    let pid = std::process::id().to_string();
    let written = file
        .set_len(0)
        .and_then(|()| file.rewind())
        .and_then(|()| file.write_all(pid.as_bytes()));
    written.map_err(|e| io_error("write lock file", &lock_path, e))?;
    Ok(file)
}

/// Deletes `FILE.tmp-*` files left by saves that were interrupted. Only called with
/// the lock held, so no other process is writing them.
fn remove_stale_temps(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let mut prefix = name.to_os_string();
    prefix.push(".tmp-");
    let prefix = prefix.to_string_lossy().into_owned();
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// A free name `FILE.corrupt-<unix secs>` (with `-N` added if taken).
fn corrupt_path(path: &Path) -> PathBuf {
    let base = with_suffix(path, &format!(".corrupt-{}", now()));
    let mut candidate = base.clone();
    let mut n = 1;
    while candidate.exists() {
        n += 1;
        candidate = with_suffix(&base, &format!("-{n}"));
    }
    candidate
}

/// `path` with `suffix` appended to its file name.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name: OsString = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// An I/O error with what was being done and to which file.
fn io_error(action: &'static str, path: &Path, source: io::Error) -> SessionError {
    SessionError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}
