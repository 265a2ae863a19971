//! What a review report says, gathered once and rendered in every format.

use std::cell::RefCell;
use std::collections::HashMap;

use serde::Serialize;

use crate::analysis::Analysis;
use crate::analysis::align::Alignment;
use crate::analysis::claims::{ClaimGroup, ClaimStatus};
use crate::analysis::corrections::{Applied, Corrections, align};
use crate::analysis::quotes::{QuoteGroup, WordDiff};
use crate::model::{Corpus, Span};

use crate::session::{Correction, Mark, MarkKind, Session, Target};

use super::elsewhere::elsewhere;
use super::summary::{ReportSummary, summary};

/// Everything a review report shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The articles compared.
    pub articles: Vec<ReportArticle>,
    /// Counts, every conflict with each outlet's value, each outlet's omissions.
    pub summary: ReportSummary,
    /// Quotes rendered by two or more members.
    pub quote_groups: Vec<ReportQuoteGroup>,
    /// Conflicting, then shared, then marked unique claims.
    pub claim_groups: Vec<ReportClaimGroup>,
    /// Every note, flag and verdict.
    pub marks: Vec<ReportMark>,
    /// The analyst's corrections to the analysis.
    pub corrections: Vec<ReportCorrection>,
}

/// One correction the analyst made to the analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportCorrection {
    /// Correction id.
    pub id: u64,
    /// What it says: "not a conflict", "claim groups joined", "speaker: …".
    pub what: String,
    /// The text it is anchored to, per outlet.
    pub places: Vec<ReportPlace>,
    /// True when its text could not be found in the current articles.
    pub orphaned: bool,
}

/// One article compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportArticle {
    /// Article id.
    pub id: String,
    /// Outlet.
    pub outlet: String,
    /// Headline.
    pub title: String,
    /// Where it was loaded from.
    pub path: String,
    /// Publication date, if known.
    pub date: Option<String>,
    /// Original address, if known.
    pub url: Option<String>,
}

/// One remark as several outlets render it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportQuoteGroup {
    /// Group index in the analysis.
    pub id: usize,
    /// The speaker, if named.
    pub speaker: Option<String>,
    /// Each member's rendering.
    pub renderings: Vec<ReportRendering>,
}

/// One outlet's rendering of a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportRendering {
    /// The outlet.
    pub outlet: String,
    /// True for the group's most complete rendering, the one others are compared to.
    pub canonical: bool,
    /// The quoted words.
    pub text: String,
    /// Word differences against the canonical rendering.
    pub diff: Vec<WordDiff>,
}

/// One claim as outlets report it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportClaimGroup {
    /// Group index in the analysis.
    pub id: usize,
    /// Conflict, shared or unique, the analyst's verdict over the machine's.
    pub status: ClaimStatus,
    /// The analyst's say on the group: "not a conflict (analyst)", "conflict
    /// (analyst)", or "corrected (analyst)" for a group they joined or split.
    pub analyst: Option<String>,
    /// The outlets carrying it.
    pub outlets: Vec<String>,
    /// The claim as the first member words it.
    pub text: String,
    /// Facts the members state differently.
    pub differences: Vec<ReportDifference>,
}

/// A fact members state differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportDifference {
    /// Fact kind.
    pub kind: String,
    /// Each member's value.
    pub values: Vec<ReportValue>,
}

/// One member's value of a differing fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportValue {
    /// The outlet.
    pub outlet: String,
    /// The value, `None` when not stated.
    pub value: Option<String>,
}

/// One note, flag or verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportMark {
    /// Mark id.
    pub id: u64,
    /// `text`, `quote group` or `claim group`.
    pub target: &'static str,
    /// What the mark says.
    #[serde(flatten)]
    pub kind: MarkKind,
    /// The text it is attached to, per outlet.
    pub places: Vec<ReportPlace>,
    /// For a mark on a sentence, what the other outlets say there: their
    /// sentences the alignment matches with it.
    pub elsewhere: Vec<ReportPlace>,
    /// True when its text could not be found in the current articles.
    pub orphaned: bool,
}

/// A stretch of text a mark is attached to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportPlace {
    /// The outlet.
    pub outlet: String,
    /// The text.
    pub quoted: String,
}

impl Report {
    /// Gathers the report of `session` over `corpus` and its `analysis`, to
    /// which `corrections` (the session's, resolved) were applied as `applied`
    /// says.
    pub fn build(
        session: &Session,
        corpus: &Corpus,
        analysis: &Analysis,
        corrections: &Corrections,
        applied: &Applied,
    ) -> Report {
        let gather = Gather {
            session,
            corpus,
            analysis,
            corrections,
            applied,
            alignments: RefCell::new(HashMap::new()),
        };
        Report {
            articles: corpus
                .articles
                .iter()
                .map(|a| ReportArticle {
                    id: a.meta.id.clone(),
                    outlet: a.meta.outlet.clone(),
                    title: a.meta.title.clone(),
                    path: a.meta.path.clone(),
                    date: a.meta.date.clone(),
                    url: a.meta.url.clone(),
                })
                .collect(),
            summary: summary(session, corpus, analysis, applied),
            quote_groups: analysis
                .quote_groups
                .iter()
                .filter(|g| g.members.len() >= 2)
                .map(|g| gather.quote_group(g))
                .collect(),
            claim_groups: gather.claim_groups(),
            marks: session.marks.iter().map(|m| gather.mark(m)).collect(),
            corrections: session
                .corrections
                .iter()
                .map(|c| gather.correction(c))
                .collect(),
        }
    }
}

/// The inputs of a report, with lookups between them.
struct Gather<'a> {
    /// The session.
    session: &'a Session,
    /// The articles.
    corpus: &'a Corpus,
    /// Their analysis, corrected.
    analysis: &'a Analysis,
    /// The session's corrections, resolved.
    corrections: &'a Corrections,
    /// What the corrections changed.
    applied: &'a Applied,
    /// Alignments of article pairs computed so far: many notes ask for the
    /// same pairs, and each alignment reads several articles.
    alignments: RefCell<HashMap<(usize, usize), Alignment>>,
}

impl Gather<'_> {
    /// The alignment of articles `left` and `right`, corrections applied,
    /// computed once per pair.
    fn alignment(&self, left: usize, right: usize) -> Alignment {
        self.alignments
            .borrow_mut()
            .entry((left, right))
            .or_insert_with(|| align(self.analysis, self.corrections, left, right))
            .clone()
    }

    /// Outlet of the article at corpus index `index`.
    fn outlet_at(&self, index: usize) -> String {
        self.corpus
            .articles
            .get(index)
            .map_or_else(|| format!("article {index}"), |a| a.meta.outlet.clone())
    }

    /// Outlet of the article with `id`, from the corpus or else the session's record.
    fn outlet_of(&self, id: &str) -> String {
        let current = self.corpus.articles.iter().find(|a| a.meta.id == id);
        let saved = self.session.corpus.iter().find(|a| a.id == id);
        current
            .map(|a| a.meta.outlet.clone())
            .or_else(|| saved.map(|a| a.outlet.clone()))
            .unwrap_or_else(|| id.to_string())
    }

    /// Text of `span` in the article at corpus index `index`.
    fn text_at(&self, index: usize, span: Span) -> String {
        self.corpus
            .articles
            .get(index)
            .and_then(|a| a.text.get(span.start..span.end))
            .unwrap_or_default()
            .to_string()
    }

    /// A quote group's renderings.
    fn quote_group(&self, group: &QuoteGroup) -> ReportQuoteGroup {
        let renderings = group
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| ReportRendering {
                outlet: self.outlet_at(m.article),
                canonical: i == group.canonical,
                text: self
                    .analysis
                    .articles
                    .get(m.article)
                    .and_then(|a| a.quotes.get(m.quote))
                    .map(|q| q.text.clone())
                    .unwrap_or_default(),
                diff: group.diffs.get(i).cloned().unwrap_or_default(),
            })
            .collect();
        ReportQuoteGroup {
            id: group.id,
            speaker: group.speaker.clone(),
            renderings,
        }
    }

    /// Conflicting claims, then shared ones, then unique ones that carry a mark.
    fn claim_groups(&self) -> Vec<ReportClaimGroup> {
        let groups = &self.analysis.claim_groups;
        let of = |status: ClaimStatus| groups.iter().filter(move |g| g.status == status);
        of(ClaimStatus::Conflict)
            .chain(of(ClaimStatus::Shared))
            .chain(of(ClaimStatus::Unique).filter(|g| self.is_marked(g)))
            .map(|g| self.claim_group(g))
            .collect()
    }

    /// The span of a claim group member, if the analysis has it.
    fn claim_span(&self, article: usize, claim: usize) -> Option<Span> {
        Some(self.analysis.articles.get(article)?.claims.get(claim)?.span)
    }

    /// True when a placed mark touches the text of any member of `group`.
    fn is_marked(&self, group: &ClaimGroup) -> bool {
        group.members.iter().any(|m| {
            let (Some(article), Some(span)) = (
                self.corpus.articles.get(m.article),
                self.claim_span(m.article, m.claim),
            ) else {
                return false;
            };
            self.session
                .marks
                .iter()
                .filter(|mark| !mark.orphaned)
                .any(|mark| {
                    mark.target.anchors().iter().any(|a| {
                        a.article_id == article.meta.id
                            && (a.span().overlaps(span) || span.contains(a.span()))
                    })
                })
        })
    }

    /// A claim group's outlets, wording and differing facts.
    fn claim_group(&self, group: &ClaimGroup) -> ReportClaimGroup {
        let outlets: Vec<String> = group
            .members
            .iter()
            .map(|m| self.outlet_at(m.article))
            .collect();
        let mut carrying: Vec<String> = Vec::new();
        for outlet in &outlets {
            if !carrying.contains(outlet) {
                carrying.push(outlet.clone());
            }
        }
        let text = group
            .members
            .first()
            .and_then(|m| Some((m.article, self.claim_span(m.article, m.claim)?)))
            .map(|(article, span)| self.text_at(article, span))
            .unwrap_or_default();
        let differences = group
            .differences
            .iter()
            .map(|d| ReportDifference {
                kind: d.kind.clone(),
                values: outlets
                    .iter()
                    .zip(&d.values)
                    .map(|(outlet, value)| ReportValue {
                        outlet: outlet.clone(),
                        value: value.clone(),
                    })
                    .collect(),
            })
            .collect();
        let analyst = match self.applied.verdict(group.id) {
            Some(true) => Some("conflict (analyst)".to_string()),
            Some(false) => Some("not a conflict (analyst)".to_string()),
            None if self.applied.claim_group_corrected(group.id) => {
                Some("corrected (analyst)".to_string())
            }
            None => None,
        };
        ReportClaimGroup {
            id: group.id,
            status: group.status,
            analyst,
            outlets: carrying,
            text,
            differences,
        }
    }

    /// A mark with the outlets and text it is attached to.
    fn mark(&self, mark: &Mark) -> ReportMark {
        ReportMark {
            id: mark.id,
            target: match mark.target {
                Target::Text(_) => "text",
                Target::QuoteGroup { .. } => "quote group",
                Target::ClaimGroup { .. } => "claim group",
            },
            kind: mark.kind.clone(),
            places: self.places(mark.target.anchors()),
            elsewhere: match &mark.target {
                Target::Text(anchor) if !mark.orphaned => elsewhere(
                    self.corpus,
                    self.analysis,
                    &|l, r| self.alignment(l, r),
                    anchor,
                ),
                _ => Vec::new(),
            },
            orphaned: mark.orphaned,
        }
    }

    /// A correction with the text it is anchored to.
    fn correction(&self, correction: &Correction) -> ReportCorrection {
        ReportCorrection {
            id: correction.id,
            what: correction.kind.describe(),
            places: self.places(correction.kind.anchors()),
            orphaned: correction.orphaned,
        }
    }

    /// The outlets and text of `anchors`.
    fn places(&self, anchors: &[crate::session::Anchor]) -> Vec<ReportPlace> {
        anchors
            .iter()
            .map(|a| ReportPlace {
                outlet: self.outlet_of(&a.article_id),
                quoted: a.quoted.clone(),
            })
            .collect()
    }
}
