//! The review-session commands: opening the session for the reader, listing
//! sessions, and exporting a report.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Serialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::analysis::analyze;
use crate::cli::ReportFormat;
use crate::model::Corpus;
use crate::model::load::{load_paths, load_seeds};
use crate::session::export::{Format, export};
use crate::session::store::default_dir;
use crate::session::{
    OpenSession, Session, SessionError, SessionStore, list_sessions, looks_like_session,
    read_session_file, write_atomic,
};

/// Opens (locks, loads, re-anchors) the session for `corpus`: at `path`, or the
/// default one for this corpus in the sessions folder (under
/// `PARALLAX_DATA_DIR`, else `data_dir` from the config, else the platform's).
/// Another Parallax holding it is an error; no data folder means marks stay in
/// memory, with a notice saying so.
pub fn open_session(
    path: Option<PathBuf>,
    corpus: &Corpus,
    data_dir: Option<&Path>,
) -> Result<OpenSession> {
    let opened = match path {
        Some(path) => SessionStore::open(Some(path), corpus),
        None => default_dir(data_dir).and_then(|dir| SessionStore::open_in(&dir, corpus)),
    };
    match opened {
        Ok((store, session, report)) => Ok(OpenSession {
            store: Some(store),
            session,
            notices: report.notices,
        }),
        Err(SessionError::NoDataDir) => Ok(OpenSession {
            store: None,
            session: Session::new(corpus),
            notices: vec![
                "no data folder for sessions: notes are not saved (pass --session FILE)".into(),
            ],
        }),
        Err(err) => Err(err.into()),
    }
}

/// One saved session in `parallax sessions --json`.
#[derive(Serialize)]
struct SessionEntry {
    /// The session file.
    path: String,
    /// The outlets of its articles, in corpus order.
    outlets: Vec<String>,
    /// Notes, flags and verdicts in it.
    marks: usize,
    /// When it was last saved (RFC 3339, UTC), if the file system says.
    saved: Option<String>,
}

/// `parallax sessions --json`: the sessions folder and its sessions.
#[derive(Serialize)]
struct SessionList {
    /// The folder listed.
    folder: String,
    /// Its sessions, newest first.
    sessions: Vec<SessionEntry>,
}

/// `parallax sessions`: every saved session in the sessions folder (see
/// [`open_session`] for which; `data_dir` is the config's), newest first, as
/// text or as JSON.
pub fn list(out: &mut dyn Write, json: bool, data_dir: Option<&Path>) -> Result<()> {
    let dir = default_dir(data_dir)?;
    let sessions = list_sessions(&dir);
    if json {
        let list = SessionList {
            folder: dir.display().to_string(),
            sessions: sessions
                .into_iter()
                .map(|summary| SessionEntry {
                    path: summary.path.display().to_string(),
                    outlets: summary.articles,
                    marks: summary.marks,
                    saved: summary
                        .modified
                        .and_then(|m| OffsetDateTime::from(m).format(&Rfc3339).ok()),
                })
                .collect(),
        };
        return super::write_json(out, &list);
    }
    if sessions.is_empty() {
        writeln!(out, "no saved sessions in {}", dir.display())?;
    }
    for summary in sessions {
        let age = summary
            .modified
            .and_then(|m| m.elapsed().ok())
            .map_or("unknown".to_string(), |d| {
                format!("{} min ago", d.as_secs() / 60)
            });
        writeln!(out, "{}", summary.path.display())?;
        writeln!(
            out,
            "    {} marks, saved {age}: {}",
            summary.marks,
            summary.articles.join(", ")
        )?;
    }
    Ok(())
}

/// `parallax export SESSION`: the report of a saved session, to `output` or `out`.
/// The report never replaces the session file, any session, or an article.
pub fn export_report(
    session_path: &Path,
    format: ReportFormat,
    output: Option<&Path>,
    paths: &[PathBuf],
    out: &mut dyn Write,
) -> Result<()> {
    let bytes = read_session_file(session_path)?;
    let mut session = Session::from_json(&bytes)
        .with_context(|| format!("{}: not a Parallax session file", session_path.display()))?;
    let corpus = session_corpus(&session, paths)?;
    let analysis = analyze(&corpus);
    session.reattach_all(&corpus);
    let format = match format {
        ReportFormat::Md => Format::Markdown,
        ReportFormat::Html => Format::Html,
        ReportFormat::Json => Format::Json,
    };
    let report = export(format, &session, &corpus, &analysis);
    match output {
        Some(path) => {
            refuse_to_overwrite(path, session_path, &corpus)?;
            write_atomic(path, report.as_bytes())
                .with_context(|| format!("{}: cannot write report", path.display()))?;
        }
        None => out.write_all(report.as_bytes())?,
    }
    Ok(())
}

/// Fails when `output` is the session file, another session, or one of the
/// articles: a report written there would destroy what it reports on.
fn refuse_to_overwrite(output: &Path, session: &Path, corpus: &Corpus) -> Result<()> {
    let Ok(target) = std::fs::canonicalize(output) else {
        return Ok(());
    };
    let same = |other: &Path| std::fs::canonicalize(other).is_ok_and(|o| o == target);
    if same(session) {
        bail!(
            "{}: is the session file itself; choose another file for the report",
            output.display()
        );
    }
    if let Some(article) = corpus
        .articles
        .iter()
        .find(|a| same(Path::new(&a.meta.path)))
    {
        bail!(
            "{}: is the article {}; choose another file for the report",
            output.display(),
            article.meta.id
        );
    }
    if read_session_file(output).is_ok_and(|bytes| looks_like_session(&bytes)) {
        bail!(
            "{}: is a Parallax session; choose another file for the report",
            output.display()
        );
    }
    Ok(())
}

/// The articles of a session: the given paths, else where the session found them
/// (by absolute location when that file still exists, else by the path as given;
/// the embedded seeds for `seeds/…` paths that are not on disk).
fn session_corpus(session: &Session, paths: &[PathBuf]) -> Result<Corpus> {
    if !paths.is_empty() {
        return Ok(load_paths(paths)?);
    }
    let recorded: Vec<PathBuf> = session
        .corpus
        .iter()
        .map(|a| {
            a.location
                .as_deref()
                .map(Path::new)
                .filter(|p| p.is_file())
                .map_or_else(|| PathBuf::from(&a.path), Path::to_path_buf)
        })
        .collect();
    let embedded = recorded
        .iter()
        .all(|p| p.starts_with("seeds") && !p.exists());
    if embedded {
        return Ok(load_seeds());
    }
    load_paths(&recorded)
        .context("the session's articles cannot be loaded; give their paths after the session file")
}
