//! What to colour in each article: claims by their group's status, the values
//! a conflict disputes, quotes by speaker, and non-article blocks dimmed. Built
//! once per corpus (and again when the analyst corrects the analysis).

use std::collections::HashMap;

use crate::analysis::Analysis;
use crate::analysis::claims::ClaimStatus;
use crate::model::{Corpus, Span};

/// The kind of a highlighted stretch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// A claim, with its group's status and the group index.
    Claim(ClaimStatus, Option<usize>),
    /// A value outlets state differently (a conflict's value, where it is written).
    Value,
    /// A direct quote; the number picks the speaker's colour (`None`: unknown speaker).
    Quote(Option<usize>),
    /// A photo credit, embed, link line or boilerplate.
    NonArticle,
}

/// A highlighted stretch of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlight {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub mark: Mark,
}

/// Per article, its highlights sorted by start, plus lookups the reader needs.
#[derive(Debug, Clone, Default)]
pub struct Highlights {
    /// For each article, its highlights sorted by start.
    pub per_article: Vec<Vec<Highlight>>,
    /// For each article, the length of its longest highlight: a highlight
    /// overlapping a stretch starts at most this far before it, so drawing a
    /// line looks at the highlights near it only.
    pub longest: Vec<usize>,
    /// For each article and claim, the claim group it belongs to.
    pub claim_group: Vec<Vec<Option<usize>>>,
    /// Distinct speakers in order of first appearance; a quote's colour index points here.
    pub speakers: Vec<String>,
}

/// How much a claim status tells the reader: a conflict most, then a fact the
/// outlets share, then one only this outlet reports.
fn severity(status: ClaimStatus) -> u8 {
    match status {
        ClaimStatus::Conflict => 2,
        ClaimStatus::Shared => 1,
        ClaimStatus::Unique => 0,
    }
}

impl Highlights {
    /// Collects the highlights of every article of the corpus.
    pub fn new(corpus: &Corpus, analysis: &Analysis) -> Self {
        let mut claim_group: Vec<Vec<Option<usize>>> = analysis
            .articles
            .iter()
            .map(|a| vec![None; a.claims.len()])
            .collect();
        for group in &analysis.claim_groups {
            for member in &group.members {
                if let Some(slot) = claim_group
                    .get_mut(member.article)
                    .and_then(|c| c.get_mut(member.claim))
                {
                    *slot = Some(group.id);
                }
            }
        }
        let mut speakers: Vec<String> = Vec::new();
        let mut speaker_index: HashMap<String, usize> = HashMap::new();
        let mut per_article = Vec::with_capacity(corpus.articles.len());
        for (index, (article, found)) in corpus.articles.iter().zip(&analysis.articles).enumerate()
        {
            let mut marks: Vec<Highlight> = article
                .paragraphs
                .iter()
                .filter(|p| p.kind.is_non_article())
                .map(|p| Highlight {
                    span: p.span,
                    mark: Mark::NonArticle,
                })
                .collect();
            // Several facts of one clause are several claims over one span: the
            // clause is drawn once, in the most telling status of its claims.
            let mut by_span: Vec<(Span, ClaimStatus, Option<usize>)> = Vec::new();
            for (claim, group) in found.claims.iter().zip(&claim_group[index]) {
                let status = group
                    .and_then(|g| analysis.claim_groups.get(g))
                    .map_or(ClaimStatus::Unique, |g| g.status);
                match by_span
                    .iter_mut()
                    .rev()
                    .find(|(span, _, _)| *span == claim.span)
                {
                    Some(seen) if severity(status) > severity(seen.1) => {
                        *seen = (claim.span, status, *group);
                    }
                    Some(_) => {}
                    None => by_span.push((claim.span, status, *group)),
                }
            }
            marks.extend(by_span.into_iter().map(|(span, status, group)| Highlight {
                span,
                mark: Mark::Claim(status, group),
            }));
            for quote in &found.quotes {
                let colour = quote.speaker.as_ref().map(|name| {
                    *speaker_index.entry(name.clone()).or_insert_with(|| {
                        speakers.push(name.clone());
                        speakers.len() - 1
                    })
                });
                for part in &quote.parts {
                    marks.push(Highlight {
                        span: *part,
                        mark: Mark::Quote(colour),
                    });
                }
            }
            per_article.push(marks);
        }
        let disputed = analysis
            .claim_groups
            .iter()
            .filter(|g| g.status == ClaimStatus::Conflict)
            .flat_map(|g| g.conflicts.iter().flat_map(|c| &c.values));
        for value in disputed {
            if let Some(marks) = per_article.get_mut(value.member.article) {
                marks.push(Highlight {
                    span: value.span,
                    mark: Mark::Value,
                });
            }
        }
        for marks in &mut per_article {
            marks.sort_by_key(|h| (h.span.start, h.span.end));
        }
        let longest = per_article
            .iter()
            .map(|marks| marks.iter().map(|h| h.span.len()).max().unwrap_or(0))
            .collect();
        Self {
            per_article,
            longest,
            claim_group,
            speakers,
        }
    }

    /// The claim group of a claim overlapping `span` in `article`: one in
    /// conflict first, else the first.
    pub fn claim_group_in(&self, analysis: &Analysis, article: usize, span: Span) -> Option<usize> {
        let groups = || {
            analysis.articles[article]
                .claims
                .iter()
                .zip(&self.claim_group[article])
                .filter(|(c, _)| c.span.overlaps(span))
                .filter_map(|(_, g)| *g)
        };
        let in_conflict = |g: &usize| {
            analysis
                .claim_groups
                .get(*g)
                .is_some_and(|g| g.status == ClaimStatus::Conflict)
        };
        groups().find(in_conflict).or_else(|| groups().next())
    }
}
