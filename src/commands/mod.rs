//! The headless commands: everything the reader knows, printed for people or scripts.

pub mod claim_selection;
pub mod completions;
pub mod config;
pub mod corrected;
pub mod error_line;
pub mod facts;
pub mod json;
pub mod man;
pub mod output;
pub mod progress_bar;
pub mod reader;
pub mod review;
pub mod startup;
pub mod steps;
pub mod suggest;
mod text;

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::analysis::{Analysis, sentences::text_sentences};
use crate::model::load::{self, LoadError};
use crate::model::{Corpus, Span};
use claim_selection::ClaimSelection;

/// Loads the given paths, or the embedded seeds when there are none.
pub fn load_corpus(paths: &[PathBuf]) -> Result<Corpus, LoadError> {
    if paths.is_empty() {
        Ok(load::load_seeds())
    } else {
        load::load_paths(paths)
    }
}

/// `parallax analyze`: the model and analysis as JSON, or a summary.
pub fn analyze(
    corpus: &Corpus,
    analysis: &Analysis,
    json: bool,
    out: &mut dyn Write,
) -> Result<()> {
    if json {
        write_json(out, &json::analysis_doc(corpus, analysis))
    } else {
        text::summary(corpus, analysis, out)
    }
}

/// `parallax quotes`: each quote group with its renderings.
pub fn quotes(corpus: &Corpus, analysis: &Analysis, json: bool, out: &mut dyn Write) -> Result<()> {
    if json {
        write_json(out, &json::analysis_doc(corpus, analysis).quote_groups)
    } else {
        text::quote_groups(corpus, analysis, out)
    }
}

/// `parallax claims`: each claim group `selection` admits, with its status and
/// outlets.
pub fn claims(
    corpus: &Corpus,
    analysis: &Analysis,
    selection: &ClaimSelection,
    json: bool,
    out: &mut dyn Write,
) -> Result<()> {
    if json {
        let groups: Vec<_> = json::analysis_doc(corpus, analysis)
            .claim_groups
            .into_iter()
            .zip(&analysis.claim_groups)
            .filter(|(_, group)| selection.admits(group))
            .map(|(doc, _)| doc)
            .collect();
        write_json(out, &groups)
    } else {
        text::claim_groups(corpus, analysis, selection, out)
    }
}

/// `parallax align A B`: the sentence alignment of the first two articles loaded.
pub fn align(corpus: &Corpus, analysis: &Analysis, json: bool, out: &mut dyn Write) -> Result<()> {
    if corpus.articles.len() != 2 {
        bail!(
            "align needs exactly two articles, but the inputs hold {}",
            corpus.articles.len()
        );
    }
    let alignment = analysis.align(0, 1);
    if json {
        write_json(out, &alignment)
    } else {
        text::alignment(corpus, analysis, &alignment, out)
    }
}

/// `parallax sentences PATH|-`: the segmenter on plain text, one sentence per line.
pub fn sentences(path: &Path, json: bool, out: &mut dyn Write) -> Result<()> {
    let corpus_text = load::load_plain_text(path)?;
    for warning in &corpus_text.warnings {
        output::warn(warning);
    }
    let spans = text_sentences(&corpus_text.text);
    if json {
        let doc: Vec<json::TextSpan> = spans
            .iter()
            .map(|&s| json::TextSpan::new(&corpus_text.text, s))
            .collect();
        write_json(out, &doc)
    } else {
        for span in spans {
            writeln!(out, "{}", one_line(span, &corpus_text.text))?;
        }
        Ok(())
    }
}

/// A span's text on one line: inner line breaks become spaces.
fn one_line(span: Span, text: &str) -> String {
    span.slice(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes pretty JSON followed by a newline, with C1 controls and other
/// characters a terminal could act on escaped.
fn write_json<T: serde::Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> Result<()> {
    crate::model::sanitize::json::to_writer_pretty(&mut *out, value)
        .context("cannot write JSON")?;
    writeln!(out)?;
    Ok(())
}
