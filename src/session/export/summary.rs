//! The report's opening summary: counts, every conflict with each outlet's
//! value as written, and what each outlet left out that most others report.

use serde::Serialize;

use crate::analysis::Analysis;
use crate::analysis::claims::{ClaimGroup, ClaimStatus};
use crate::analysis::corrections::Applied;
use crate::analysis::facts::value::one_line;
use crate::analysis::facts::{FactTable, disputed_values, is_outlier, omissions};
use crate::model::Corpus;

use super::super::Session;

/// Omitted facts listed per outlet, most reported first.
const OMISSIONS_SHOWN: usize = 5;

/// The summary a report opens with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportSummary {
    /// How much there is.
    pub counts: ReportCounts,
    /// Every conflict, each with the outlets' values.
    pub conflicts: Vec<ReportConflict>,
    /// Per outlet, the facts most other outlets report and it does not.
    pub omissions: Vec<ReportOmissions>,
}

/// How much the review covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReportCounts {
    /// Articles compared.
    pub articles: usize,
    /// Quotes rendered by two or more outlets.
    pub shared_quotes: usize,
    /// Claim groups in conflict.
    pub conflicts: usize,
    /// Claim groups several outlets share.
    pub shared_claims: usize,
    /// Claims one outlet alone reports.
    pub unique_claims: usize,
    /// Notes, flags and verdicts.
    pub marks: usize,
    /// The analyst's corrections to the analysis.
    pub corrections: usize,
}

/// One conflict: the fact and what each outlet says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportConflict {
    /// The claim group.
    pub group: usize,
    /// What the fact is about, as its first outlet words it.
    pub fact: String,
    /// Each value, with the outlets giving it.
    pub values: Vec<ReportConflictValue>,
    /// The analyst's say, when they called it a conflict.
    pub analyst: Option<String>,
}

/// One value of a disputed fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportConflictValue {
    /// The value as written ("$2.5 billion").
    pub value: String,
    /// The outlets giving it.
    pub outlets: Vec<String>,
    /// True when fewer outlets give it than another value.
    pub outlier: bool,
}

/// What one outlet left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportOmissions {
    /// The outlet.
    pub outlet: String,
    /// The facts, most reported first.
    pub facts: Vec<ReportOmittedFact>,
}

/// A fact an outlet left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportOmittedFact {
    /// The fact.
    pub fact: String,
    /// How many outlets report it.
    pub reported_by: usize,
}

/// Gathers the summary of `analysis` (corrections applied, as `applied` says).
pub fn summary(
    session: &Session,
    corpus: &Corpus,
    analysis: &Analysis,
    applied: &Applied,
) -> ReportSummary {
    let outlet = |article: usize| corpus.articles[article].meta.outlet.clone();
    let count = |status| {
        analysis
            .claim_groups
            .iter()
            .filter(|g| g.status == status)
            .count()
    };
    let table = FactTable::build(corpus, analysis);
    let conflicts = table
        .rows
        .iter()
        .filter(|r| r.status == ClaimStatus::Conflict)
        .filter_map(|r| {
            let group = analysis.claim_groups.get(r.group)?;
            Some(ReportConflict {
                group: r.group,
                fact: r.fact.clone(),
                values: conflict_values(corpus, analysis, group),
                analyst: (applied.verdict(r.group) == Some(true))
                    .then(|| "conflict (analyst)".to_string()),
            })
        })
        .collect();
    let omissions = table
        .outlets
        .iter()
        .filter_map(|&column| {
            let facts: Vec<ReportOmittedFact> = omissions(&table, column)
                .into_iter()
                .take(OMISSIONS_SHOWN)
                .map(|r| ReportOmittedFact {
                    fact: table.rows[r].fact.clone(),
                    reported_by: table.rows[r].carried,
                })
                .collect();
            (!facts.is_empty()).then(|| ReportOmissions {
                outlet: outlet(column),
                facts,
            })
        })
        .collect();
    ReportSummary {
        counts: ReportCounts {
            articles: corpus.articles.len(),
            shared_quotes: analysis
                .quote_groups
                .iter()
                .filter(|g| g.article_count() >= 2)
                .count(),
            conflicts: count(ClaimStatus::Conflict),
            shared_claims: count(ClaimStatus::Shared),
            unique_claims: count(ClaimStatus::Unique),
            marks: session.marks.len(),
            corrections: session.corrections.len(),
        },
        conflicts,
        omissions,
    }
}

/// The values of a conflicting group with the outlets giving each: from the
/// disputed fact, else from the differing facts the group records.
fn conflict_values(
    corpus: &Corpus,
    analysis: &Analysis,
    group: &ClaimGroup,
) -> Vec<ReportConflictValue> {
    let outlet = |article: usize| corpus.articles[article].meta.outlet.clone();
    let clusters = disputed_values(analysis, group);
    if clusters.len() > 1 {
        return clusters
            .iter()
            .enumerate()
            .map(|(i, c)| ReportConflictValue {
                value: c.text.clone(),
                outlets: distinct(c.members.iter().map(|m| outlet(m.article))),
                outlier: is_outlier(&clusters, i),
            })
            .collect();
    }
    let Some(difference) = group.differences.first() else {
        return Vec::new();
    };
    let mut values: Vec<ReportConflictValue> = Vec::new();
    for (member, value) in group.members.iter().zip(&difference.values) {
        let Some(value) = value.as_deref().map(one_line) else {
            continue;
        };
        let name = outlet(member.article);
        match values.iter_mut().find(|v| v.value == value) {
            Some(v) if !v.outlets.contains(&name) => v.outlets.push(name),
            Some(_) => {}
            None => values.push(ReportConflictValue {
                value,
                outlets: vec![name],
                outlier: false,
            }),
        }
    }
    let most = values.iter().map(|v| v.outlets.len()).max().unwrap_or(0);
    for v in &mut values {
        v.outlier = v.outlets.len() < most;
    }
    values
}

/// `names` once each, in order.
fn distinct(names: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}
