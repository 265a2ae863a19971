//! Finding saved sessions in a folder: for `parallax sessions`, and to continue a
//! session after its articles were edited.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::model::Corpus;

use super::location::location;
use super::model::{SESSION_VERSION, Session};
use super::read::read_session_file;

/// A saved session as `parallax sessions` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionSummary {
    /// The session file.
    pub path: PathBuf,
    /// Outlets of its articles.
    pub articles: Vec<String>,
    /// Number of marks.
    pub marks: usize,
    /// When the file was last written.
    pub modified: Option<SystemTime>,
}

/// Every session in `dir`, newest first. Unreadable files are skipped.
pub fn list_sessions(dir: &Path) -> Vec<SessionSummary> {
    let mut found: Vec<SessionSummary> = sessions(dir)
        .map(|(path, session, modified)| SessionSummary {
            path,
            articles: session.corpus.into_iter().map(|a| a.outlet).collect(),
            marks: session.marks.len(),
            modified,
        })
        .collect();
    found.sort_by(|a, b| {
        b.modified
            .cmp(&a.modified)
            .then_with(|| a.path.cmp(&b.path))
    });
    found
}

/// The newest session in `dir` over the same articles in the same files as
/// `corpus`: the same ids at the same canonical absolute paths. Articles without
/// a file of their own (standard input, the embedded seeds, deleted files) cannot
/// be told from another project's, so a corpus holding one continues nothing.
pub(crate) fn predecessor(dir: &Path, corpus: &Corpus) -> Option<(PathBuf, Session)> {
    let wanted: Option<BTreeSet<(String, String)>> = corpus
        .articles
        .iter()
        .map(|a| Some((a.meta.id.clone(), location(&a.meta.path)?)))
        .collect();
    let wanted = wanted.filter(|w| !w.is_empty())?;
    sessions(dir)
        .filter(|(_, session, _)| {
            let saved: Option<BTreeSet<(String, String)>> = session
                .corpus
                .iter()
                .map(|a| Some((a.id.clone(), a.location.clone()?)))
                .collect();
            session.version <= SESSION_VERSION && saved.as_ref() == Some(&wanted)
        })
        .max_by_key(|(_, _, modified)| *modified)
        .map(|(path, session, _)| (path, session))
}

/// Every readable session file in `dir`, with its modification time. Only
/// regular files are read, so a FIFO or a device in the folder is skipped.
fn sessions(dir: &Path) -> impl Iterator<Item = (PathBuf, Session, Option<SystemTime>)> {
    fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter_map(|path| {
            let session = Session::from_json(&read_session_file(&path).ok()?).ok()?;
            let modified = fs::metadata(&path).and_then(|m| m.modified()).ok();
            Some((path, session, modified))
        })
}
