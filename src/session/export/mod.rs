//! Review reports: what was compared, how quotes and claims differ, and every mark,
//! as Markdown, a self-contained HTML page, or JSON.

mod elsewhere;
mod html;
mod json;
mod markdown;
mod report;
mod summary;

pub use super::atomic::write_atomic;
pub use report::{
    Report, ReportArticle, ReportClaimGroup, ReportCorrection, ReportDifference, ReportMark,
    ReportPlace, ReportQuoteGroup, ReportRendering, ReportValue,
};
pub use summary::{
    ReportConflict, ReportConflictValue, ReportCounts, ReportOmissions, ReportOmittedFact,
    ReportSummary,
};

use crate::analysis::Analysis;
use crate::analysis::claims::ClaimStatus;
use crate::analysis::corrections::apply;
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

/// Renders the review report of `session` over `corpus` and its `analysis` as
/// the machine made it: the session's corrections are applied here, so the
/// report shows the analyst's verdicts over the machine's.
pub fn export(format: Format, session: &Session, corpus: &Corpus, analysis: &Analysis) -> String {
    let mut corrected = analysis.clone();
    let resolved = session.resolve_corrections(corpus, &corrected);
    let applied = apply(&mut corrected, &resolved.corrections);
    let report = Report::build(session, corpus, &corrected, &resolved.corrections, &applied);
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

/// The counts of a summary in one line: "3 articles · 1 conflict · …".
fn counts_line(c: &ReportCounts) -> String {
    let n = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    [
        n(c.articles, "article", "articles"),
        n(c.conflicts, "conflict", "conflicts"),
        n(c.shared_claims, "shared claim", "shared claims"),
        n(
            c.unique_claims,
            "claim of one outlet",
            "claims of one outlet",
        ),
        n(
            c.shared_quotes,
            "quote several outlets render",
            "quotes several outlets render",
        ),
        n(
            c.marks,
            "note, flag or verdict",
            "notes, flags and verdicts",
        ),
        n(c.corrections, "correction", "corrections"),
    ]
    .join(" · ")
}

/// A conflict's values, each with its outlets: "$3.5 billion (A) · $3.6
/// billion (B, C)", the outlier marked "fewest".
fn values_line(values: &[ReportConflictValue]) -> String {
    values
        .iter()
        .map(|v| {
            let fewest = if v.outlier { "; fewest" } else { "" };
            format!("{} ({}{fewest})", v.value, v.outlets.join(", "))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The heading word of a claim status.
fn status_title(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::Conflict => "Conflict",
        ClaimStatus::Shared => "Shared",
        ClaimStatus::Unique => "Unique",
    }
}
