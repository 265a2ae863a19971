//! Sentence alignment between two articles: what the reader scrolls by.

use serde::Serialize;

use crate::model::Article;

use super::sentences::Sentence;

/// Two sentences judged to say the same thing.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SentencePair {
    /// Sentence index in the left article.
    pub left: usize,
    /// Sentence index in the right article.
    pub right: usize,
    /// Similarity in `0.0..=1.0`.
    pub score: f32,
}

/// The alignment of two articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Alignment {
    /// Matches in reading order on both sides (strictly increasing in both indices).
    pub monotone: Vec<SentencePair>,
    /// Good matches that are out of order: passages one outlet moved.
    pub moved: Vec<SentencePair>,
}

/// Corpus-wide statistics for similarity (IDF weights, sentence vectors, candidate index).
#[derive(Debug, Clone, Default)]
pub struct SimilarityIndex;

impl SimilarityIndex {
    /// Builds the index over every sentence of every article.
    pub fn build(articles: &[Article], sentences: &[Vec<Sentence>]) -> Self {
        let _ = (articles, sentences);
        SimilarityIndex
    }

    /// Aligns article `left` with article `right` (corpus indices).
    pub fn align(&self, left: usize, right: usize) -> Alignment {
        let _ = (left, right);
        Alignment::default()
    }
}
