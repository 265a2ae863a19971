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
