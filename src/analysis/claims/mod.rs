//! Claims: checkable statements with typed facts, and their groups across outlets.

mod dates;
mod entities;
mod extract;
mod group;
mod modality;
mod numbers;

use serde::Serialize;

use crate::model::{Article, Span};

use super::align::SimilarityIndex;
use super::sentences::Sentence;

/// One typed fact inside a claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fact {
    /// A counted amount: `100,000 artillery rounds`.
    Quantity {
        /// The number.
        value: f64,
        /// What is counted.
        unit: String,
        /// The words as written.
        text: String,
    },
    /// A sum of money.
    Money {
        /// The amount in units of `currency`.
        value: f64,
        /// ISO code or name of the currency.
        currency: String,
        /// The words as written.
        text: String,
    },
    /// A percentage.
    Percent {
        /// The number of percent.
        value: f64,
        /// The words as written.
        text: String,
    },
    /// A vote, ruling or score: `74-24`, `74 to 25`.
    Tally {
        /// The first number.
        value: f64,
        /// The second number.
        against: f64,
        /// The words as written.
        text: String,
    },
    /// A calendar date or weekday, resolved to ISO form where the article allows.
    Date {
        /// The words as written.
        text: String,
        /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` where known.
        resolved: Option<String>,
    },
    /// A named person, place or organisation.
    Entity {
        /// `person`, `place` or `organisation`.
        entity: String,
        /// The canonical name.
        name: String,
    },
    /// Who the claim is attributed to ("according to a U.S. official").
    Attribution {
        /// The source as written.
        source: String,
    },
    /// How certain the reported action is: `agreed`, `considering`, `denied`, ….
    Modality {
        /// The normalised modality.
        value: String,
        /// The words as written.
        text: String,
    },
}

/// One checkable statement in an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// Index of the claim within its article.
    pub id: usize,
    /// Where the claim lies in the article text.
    #[serde(flatten)]
    pub span: Span,
    /// The sentence it comes from.
    pub sentence: usize,
    /// Its typed facts.
    pub facts: Vec<Fact>,
}

/// Whether outlets agree on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    /// Reported by two or more outlets alike.
    Shared,
    /// Reported by one outlet only.
    Unique,
    /// Reported by several outlets with a differing number, date or modality.
    Conflict,
}

/// A reference to one claim of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ClaimRef {
    /// Article index in the corpus.
    pub article: usize,
    /// Claim index in the article.
    pub claim: usize,
}

/// A fact on which members of a group disagree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactDifference {
    /// Fact kind (`quantity`, `date`, `modality`, …).
    pub kind: String,
    /// Each member's value, aligned with the group's members (`None`: not stated).
    pub values: Vec<Option<String>>,
}

/// The same claim as reported across outlets.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimGroup {
    /// Index of the group.
    pub id: usize,
    /// Shared, unique or conflicting.
    pub status: ClaimStatus,
    /// The member claims.
    pub members: Vec<ClaimRef>,
    /// The facts that differ between members.
    pub differences: Vec<FactDifference>,
}

impl ClaimGroup {
    /// How many different articles carry this claim.
    pub fn article_count(&self) -> usize {
        super::count_distinct(self.members.iter().map(|m| m.article))
    }
}

/// Finds the claims of one article.
pub fn extract_claims(article: &Article, sentences: &[Sentence]) -> Vec<Claim> {
    extract::extract(article, sentences)
}

/// Groups the claims of all articles (per article, in corpus order) and decides
/// each group's status; `index` gives the sentence similarity.
pub fn group_claims(
    articles: &[Article],
    claims: &[Vec<Claim>],
    index: &SimilarityIndex,
) -> Vec<ClaimGroup> {
    group::group(articles, claims, index)
}
