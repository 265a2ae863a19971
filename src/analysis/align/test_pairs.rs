//! Sentence pairs for the alignment steps' unit tests, written briefly.

use super::SentencePair;
use super::vectors::SentenceVector;

/// The pair of left sentence `left` and right sentence `right` scoring `score`.
pub fn pair(left: usize, right: usize, score: f32) -> SentencePair {
    SentencePair { left, right, score }
}

/// The (left, right) sentences of `pairs`, in order, for comparing with a list.
pub fn got(pairs: &[SentencePair]) -> Vec<(usize, usize)> {
    pairs.iter().map(|p| (p.left, p.right)).collect()
}

/// A sentence of the given term ids, each of weight 1.
pub fn sentence(terms: &[u32]) -> SentenceVector {
    SentenceVector {
        words: terms.iter().map(|&t| (t, 1.0)).collect(),
        sum_sq: terms.len() as f32,
        trigrams: Vec::new(),
        alignable: true,
        headline: false,
    }
}
