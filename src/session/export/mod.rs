//! Review reports: what was compared, how quotes and claims differ, and every mark,
//! as Markdown, a self-contained HTML page, or JSON.

mod html;
mod json;
mod markdown;
mod report;

pub use super::atomic::write_atomic;
pub use report::{
    Report, ReportArticle, ReportClaimGroup, ReportDifference, ReportMark, ReportPlace,
    ReportQuoteGroup, ReportRendering, ReportValue,
};

use crate::analysis::Analysis;
use crate::analysis::claims::ClaimStatus;
use crate::analysis::quotes::WordDiff;
use crate::model::Corpus;

use super::Session;

/// A report format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown that renders on GitHub and GitLab.
    Markdown,
    /// One HTML file with inline styles, no scripts and no external resources.
    Html,
    /// Pretty-printed JSON of [`Report`].
    Json,
}

/// Renders the review report of `session` over `corpus` and its `analysis`.
pub fn export(format: Format, session: &Session, corpus: &Corpus, analysis: &Analysis) -> String {
    let report = Report::build(session, corpus, analysis);
    match format {
        Format::Markdown => markdown::render(&report),
        Format::Html => html::render(&report),
        Format::Json => json::render(&report),
    }
}

/// A quote rendering with its word differences marked up by a format: each word
/// escaped with `escape`, added words inside `added`, dropped words inside `removed`.
fn marked_rendering(
    r: &ReportRendering,
    escape: fn(&str) -> String,
    added: (&str, &str),
    removed: (&str, &str),
) -> String {
    if r.canonical || r.diff.is_empty() {
        return format!("“{}”", escape(&r.text));
    }
    let words: Vec<String> = r
        .diff
        .iter()
        .map(|d| match d {
            WordDiff::Same(t) => escape(t),
            WordDiff::Added(t) => format!("{}{}{}", added.0, escape(t), added.1),
            WordDiff::Removed(t) => format!("{}{}{}", removed.0, escape(t), removed.1),
        })
        .collect();
    format!("“{}”", words.join(" "))
}

/// The heading word of a claim status.
fn status_title(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::Conflict => "Conflict",
        ClaimStatus::Shared => "Shared",
        ClaimStatus::Unique => "Unique",
    }
}
