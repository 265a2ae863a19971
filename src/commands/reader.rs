//! Opening the reader: the work a worker thread does (reading the articles,
//! opening the review session, analysing with progress) while the reader shows
//! its loading screen, with the settings and warnings of the config.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Result;

use crate::analysis::progress::{Scope, analyze_with_progress};
use crate::app::loading::LoadStep;
use crate::model::load::LoadError;
use crate::tui::{LoadReporter, Loaded};

use super::startup::Startup;

/// Runs the reader on `paths` (the seeds when there are none), keeping the
/// review in `session` or the default session file. A path that does not
/// exist fails before the terminal is taken over.
pub fn open_reader(paths: &[PathBuf], session: Option<PathBuf>, startup: &Startup) -> Result<()> {
    if let Some(missing) = paths.iter().find(|p| p.as_os_str() != "-" && !p.exists()) {
        return Err(LoadError::NotFound(missing.clone()).into());
    }
    let paths = paths.to_vec();
    let data_dir = startup.config.data_dir.clone();
    let load = move |report: &LoadReporter| load(&paths, session, data_dir.as_deref(), report);
    crate::tui::run(&startup.config, startup.warnings.clone(), load)
}

/// The worker's part, each step reported as it starts.
fn load(
    paths: &[PathBuf],
    session: Option<PathBuf>,
    data_dir: Option<&Path>,
    report: &LoadReporter,
) -> Result<Loaded> {
    let started = Instant::now();
    report.step(LoadStep::Loading);
    let corpus = super::load_corpus(paths)?;
    tracing::info!(articles = corpus.articles.len(), elapsed = ?started.elapsed(), "loaded");
    report.step(LoadStep::Session);
    let open = super::review::open_session(session, &corpus, data_dir)?;
    let started = Instant::now();
    report.step(LoadStep::Analysing);
    let analysis = analyze_with_progress(&corpus, report, Scope::WithAlignment);
    tracing::info!(elapsed = ?started.elapsed(), "analysed");
    let pair = first_pair(corpus.articles.len(), paths.is_empty());
    Ok(Loaded {
        corpus,
        analysis,
        pair,
        open,
    })
}

/// The pair shown first: both panes on a lone article, the two of a pair, the
/// first two seeds; `None` (the picker) for a corpus of more than two.
fn first_pair(articles: usize, seeds: bool) -> Option<(usize, usize)> {
    match articles {
        0 | 1 => Some((0, 0)),
        2 => Some((0, 1)),
        _ if seeds => Some((0, 1)),
        _ => None,
    }
}
