//! Loading and analysing as the commands and the reader do them: behind a
//! progress line on standard error, with the time each took in the log.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Result;

use crate::analysis::progress::Scope;
use crate::analysis::{self, Analysis};
use crate::model::Corpus;

use super::progress_bar::ProgressLine;

/// Loads the inputs (the seeds when there are none).
pub fn load(paths: &[PathBuf]) -> Result<Corpus> {
    let started = Instant::now();
    let progress = ProgressLine::start("loading articles");
    let corpus = super::load_corpus(paths)?;
    drop(progress);
    tracing::info!(articles = corpus.articles.len(), elapsed = ?started.elapsed(), "loaded");
    Ok(corpus)
}

/// Analyses the corpus, the progress line counting the articles; `scope` says
/// whether the command aligns sentences.
pub fn analyze(corpus: &Corpus, scope: Scope) -> Analysis {
    let started = Instant::now();
    let progress = ProgressLine::start(format!("analysing {} articles", corpus.articles.len()));
    let analysis = analysis::progress::analyze_with_progress(corpus, &progress, scope);
    drop(progress);
    tracing::info!(elapsed = ?started.elapsed(), "analysed");
    analysis
}
