//! The analyst's corrections from a saved review session, applied for the
//! headless commands (`analyze --session`, `facts --session`, `export`), so
//! that what they print is what the reader shows.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::analysis::Analysis;
use crate::analysis::corrections::{Applied, apply};
use crate::analysis::progress::Scope;
use crate::model::Corpus;
use crate::session::Session;

/// Reads a session file.
pub fn read_session(path: &Path) -> Result<Session> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read session", path.display()))?;
    serde_json::from_str(&text)
        .with_context(|| format!("{}: not a Parallax session file", path.display()))
}

/// Applies the corrections of `session`, re-anchored to `corpus`, to its `analysis`.
pub fn apply_corrections(
    session: &mut Session,
    corpus: &Corpus,
    analysis: &mut Analysis,
) -> Applied {
    session.reattach_all(corpus);
    let resolved = session.resolve_corrections(corpus, analysis);
    apply(analysis, &resolved.corrections)
}

/// Applies the corrections saved in the session file at `path` to `analysis`.
pub fn apply_session(path: &Path, corpus: &Corpus, analysis: &mut Analysis) -> Result<Applied> {
    let mut session = read_session(path)?;
    Ok(apply_corrections(&mut session, corpus, analysis))
}

/// `parallax analyze --session FILE`: the analysis with the session's
/// corrections applied; the JSON gains a `corrections` object saying what they
/// changed.
pub fn analyze(paths: &[PathBuf], json: bool, session: &Path, out: &mut dyn Write) -> Result<()> {
    let corpus = super::steps::load(paths)?;
    for warning in &corpus.warnings {
        eprintln!("parallax: warning: {warning}");
    }
    let mut analysis = super::steps::analyze(&corpus, Scope::WithoutAlignment);
    let applied = apply_session(session, &corpus, &mut analysis)?;
    if !json {
        return super::analyze(&corpus, &analysis, false, out);
    }
    let mut doc = serde_json::to_value(super::json::analysis_doc(&corpus, &analysis))?;
    if let Some(fields) = doc.as_object_mut() {
        fields.insert("corrections".into(), serde_json::to_value(&applied)?);
    }
    super::write_json(out, &doc)
}
