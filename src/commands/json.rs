//! The JSON document `parallax analyze --json` prints: the model and its analysis,
//! with every position a byte offset into the article's `text`.

use serde::Serialize;

use crate::analysis::claims::{Claim, ClaimGroup, ClaimStatus, FactDifference};
use crate::analysis::quotes::{Quote, QuoteGroup, WordDiff};
use crate::analysis::{Analysis, ArticleAnalysis};
use crate::model::{Article, Corpus, Paragraph, Span};

/// Version of the JSON format; bumped on any incompatible change.
pub const FORMAT_VERSION: u32 = 1;

/// The whole document.
#[derive(Debug, Serialize)]
pub struct AnalysisDoc<'a> {
    /// Format version.
    pub version: u32,
    /// Every article with its analysis.
    pub articles: Vec<ArticleDoc<'a>>,
    /// Renderings of the same remark across outlets.
    pub quote_groups: Vec<QuoteGroupDoc<'a>>,
    /// The same claim across outlets.
    pub claim_groups: Vec<ClaimGroupDoc<'a>>,
    /// Non-fatal problems met while loading.
    pub warnings: &'a [String],
}

/// One article.
#[derive(Debug, Serialize)]
pub struct ArticleDoc<'a> {
    /// Unique id within the corpus.
    pub id: &'a str,
    /// Where it came from.
    pub path: &'a str,
    /// Outlet label.
    pub outlet: &'a str,
    /// Headline.
    pub title: &'a str,
    /// Publication date, if known.
    pub date: Option<&'a str>,
    /// Original address, if known.
    pub url: Option<&'a str>,
    /// The text all offsets point into.
    pub text: &'a str,
    /// Paragraphs with their kind (`body`, `heading`, `photo_credit`, …).
    pub paragraphs: &'a [Paragraph],
    /// Sentences.
    pub sentences: Vec<TextSpan<'a>>,
    /// Direct quotes.
    pub quotes: Vec<QuoteDoc<'a>>,
    /// Checkable claims.
    pub claims: Vec<ClaimDoc<'a>>,
}

/// A span with the text it covers.
#[derive(Debug, Serialize)]
pub struct TextSpan<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `text[start..end]`.
    pub text: &'a str,
}

impl<'a> TextSpan<'a> {
    /// The span of `text` covered by `span`.
    pub fn new(text: &'a str, span: Span) -> Self {
        Self {
            start: span.start,
            end: span.end,
            text: span.slice(text),
        }
    }
}

/// A quote.
#[derive(Debug, Serialize)]
pub struct QuoteDoc<'a> {
    /// Index within the article.
    pub id: usize,
    /// First quoted byte.
    pub start: usize,
    /// One past the last quoted byte.
    pub end: usize,
    /// Quoted words without marks or insertions.
    pub text: &'a str,
    /// Canonical speaker, or null.
    pub speaker: Option<&'a str>,
    /// The quoted stretches when an attribution or insertion interrupts the quote.
    pub parts: &'a [Span],
    /// True for a few words quoted inside the writer's sentence.
    pub partial: bool,
    /// Index of the sentence it starts in.
    pub sentence: usize,
}

/// A claim.
#[derive(Debug, Serialize)]
pub struct ClaimDoc<'a> {
    /// Index within the article.
    pub id: usize,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `text[start..end]`.
    pub text: &'a str,
    /// Index of its sentence.
    pub sentence: usize,
    /// Typed facts.
    pub facts: &'a [crate::analysis::claims::Fact],
}

/// A member of a quote group.
#[derive(Debug, Serialize)]
pub struct QuoteMemberDoc<'a> {
    /// Article id.
    pub article: &'a str,
    /// Quote id in that article.
    pub quote: usize,
    /// Word differences against the group's canonical rendering.
    pub diff: &'a [WordDiff],
}

/// A quote group.
#[derive(Debug, Serialize)]
pub struct QuoteGroupDoc<'a> {
    /// Group index.
    pub id: usize,
    /// Speaker most members agree on.
    pub speaker: Option<&'a str>,
    /// True when the members' articles attribute the quote to different
    /// speakers (the same words, said by whom is disputed).
    pub speakers_differ: bool,
    /// Index into `members` of the most complete rendering.
    pub canonical: usize,
    /// Renderings.
    pub members: Vec<QuoteMemberDoc<'a>>,
}

/// A member of a claim group.
#[derive(Debug, Serialize)]
pub struct ClaimMemberDoc<'a> {
    /// Article id.
    pub article: &'a str,
    /// Claim id in that article.
    pub claim: usize,
}

/// A claim group.
#[derive(Debug, Serialize)]
pub struct ClaimGroupDoc<'a> {
    /// Group index.
    pub id: usize,
    /// `shared`, `unique` or `conflict`.
    pub status: ClaimStatus,
    /// Member claims.
    pub members: Vec<ClaimMemberDoc<'a>>,
    /// Facts that differ between members.
    pub differences: &'a [FactDifference],
    /// What makes a conflict: each disputed slot with every member's value and
    /// where it is written (empty unless the status is `conflict`).
    pub conflicts: Vec<ConflictDoc<'a>>,
}

/// One disputed slot of a conflicting claim group.
#[derive(Debug, Serialize)]
pub struct ConflictDoc<'a> {
    /// `quantity`, `money`, `percent`, `tally`, `age`, `duration`, `date`,
    /// `modality` or `name`.
    pub kind: &'a str,
    /// Every member's value, as written.
    pub values: Vec<ConflictValueDoc<'a>>,
}

/// One member's value in a conflict.
#[derive(Debug, Serialize)]
pub struct ConflictValueDoc<'a> {
    /// Article id.
    pub article: &'a str,
    /// Claim id in that article.
    pub claim: usize,
    /// The value as written.
    pub text: &'a str,
    /// Byte offset of the value in the article's text.
    pub start: usize,
    /// Byte offset just past the value.
    pub end: usize,
}

/// Builds the document for a corpus and its analysis.
pub fn analysis_doc<'a>(corpus: &'a Corpus, analysis: &'a Analysis) -> AnalysisDoc<'a> {
    let articles = &corpus.articles;
    AnalysisDoc {
        version: FORMAT_VERSION,
        articles: articles
            .iter()
            .zip(&analysis.articles)
            .map(|(a, an)| article_doc(a, an))
            .collect(),
        quote_groups: analysis
            .quote_groups
            .iter()
            .map(|g| quote_group_doc(articles, g))
            .collect(),
        claim_groups: analysis
            .claim_groups
            .iter()
            .map(|g| claim_group_doc(articles, g))
            .collect(),
        warnings: &corpus.warnings,
    }
}

fn article_doc<'a>(article: &'a Article, analysis: &'a ArticleAnalysis) -> ArticleDoc<'a> {
    let text = article.text.as_str();
    ArticleDoc {
        id: &article.meta.id,
        path: &article.meta.path,
        outlet: &article.meta.outlet,
        title: &article.meta.title,
        date: article.meta.date.as_deref(),
        url: article.meta.url.as_deref(),
        text,
        paragraphs: &article.paragraphs,
        sentences: analysis
            .sentences
            .iter()
            .map(|s| TextSpan::new(text, s.span))
            .collect(),
        quotes: analysis.quotes.iter().map(quote_doc).collect(),
        claims: analysis.claims.iter().map(|c| claim_doc(text, c)).collect(),
    }
}

fn quote_doc(quote: &Quote) -> QuoteDoc<'_> {
    QuoteDoc {
        id: quote.id,
        start: quote.span.start,
        end: quote.span.end,
        text: &quote.text,
        speaker: quote.speaker.as_deref(),
        parts: &quote.parts,
        partial: quote.partial,
        sentence: quote.sentence,
    }
}

fn claim_doc<'a>(text: &'a str, claim: &'a Claim) -> ClaimDoc<'a> {
    ClaimDoc {
        id: claim.id,
        start: claim.span.start,
        end: claim.span.end,
        text: claim.span.slice(text),
        sentence: claim.sentence,
        facts: &claim.facts,
    }
}

fn quote_group_doc<'a>(articles: &'a [Article], group: &'a QuoteGroup) -> QuoteGroupDoc<'a> {
    QuoteGroupDoc {
        id: group.id,
        speaker: group.speaker.as_deref(),
        speakers_differ: group.speakers_differ,
        canonical: group.canonical,
        members: group
            .members
            .iter()
            .zip(&group.diffs)
            .map(|(m, diff)| QuoteMemberDoc {
                article: &articles[m.article].meta.id,
                quote: m.quote,
                diff,
            })
            .collect(),
    }
}

fn claim_group_doc<'a>(articles: &'a [Article], group: &'a ClaimGroup) -> ClaimGroupDoc<'a> {
    ClaimGroupDoc {
        id: group.id,
        status: group.status,
        members: group
            .members
            .iter()
            .map(|m| ClaimMemberDoc {
                article: &articles[m.article].meta.id,
                claim: m.claim,
            })
            .collect(),
        differences: &group.differences,
        conflicts: group
            .conflicts
            .iter()
            .map(|c| ConflictDoc {
                kind: &c.kind,
                values: c
                    .values
                    .iter()
                    .map(|v| ConflictValueDoc {
                        article: &articles[v.member.article].meta.id,
                        claim: v.member.claim,
                        text: &v.text,
                        start: v.span.start,
                        end: v.span.end,
                    })
                    .collect(),
            })
            .collect(),
    }
}
