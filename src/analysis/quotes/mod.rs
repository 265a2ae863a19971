//! Direct quotes: extraction by quote marks, speaker attribution, and cross-outlet groups.

use serde::Serialize;

use crate::model::{Article, Span};

use super::sentences::Sentence;

/// One direct quote in an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// Index of the quote within its article.
    pub id: usize,
    /// From the first quoted character to the last (marks excluded), across all parts.
    #[serde(flatten)]
    pub span: Span,
    /// The quoted stretches, marks excluded: several when an attribution or an
    /// editorial insertion interrupts the quote.
    pub parts: Vec<Span>,
    /// The quoted words: parts joined by a space, editorial insertions removed.
    pub text: String,
    /// Canonical name of the speaker, or `None` when nobody can be named safely.
    pub speaker: Option<String>,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
    /// True for a few words quoted inside the writer's own sentence ("self-made rumor").
    pub partial: bool,
}

/// A reference to one quote of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct QuoteRef {
    /// Article index in the corpus.
    pub article: usize,
    /// Quote index in the article.
    pub quote: usize,
}

/// A change between a variant and its group's most complete rendering, word by word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "snake_case")]
pub enum WordDiff {
    /// Words both renderings share.
    Same(String),
    /// Words only this variant has.
    Added(String),
    /// Words of the complete rendering this variant leaves out.
    Removed(String),
}

/// The same remark as rendered by different outlets.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteGroup {
    /// Index of the group.
    pub id: usize,
    /// The speaker most members agree on.
    pub speaker: Option<String>,
    /// The renderings, one or more per article.
    pub members: Vec<QuoteRef>,
    /// Index into `members` of the most complete rendering.
    pub canonical: usize,
    /// For each member, its word-level differences against the canonical rendering.
    pub diffs: Vec<Vec<WordDiff>>,
}

impl QuoteGroup {
    /// True when at least one rendering differs in wording from the canonical one.
    pub fn renderings_differ(&self) -> bool {
        self.diffs
            .iter()
            .any(|d| d.iter().any(|w| !matches!(w, WordDiff::Same(_))))
    }
}

/// Extracts every direct quote of an article, with speakers where they can be named.
pub fn extract_quotes(article: &Article, sentences: &[Sentence]) -> Vec<Quote> {
    let _ = (article, sentences);
    Vec::new()
}

/// Groups quotes of all articles that render the same remark.
pub fn group_quotes(articles: &[Article], quotes: &[Vec<Quote>]) -> Vec<QuoteGroup> {
    let _ = (articles, quotes);
    Vec::new()
}
