//! Sentence pairs for the alignment steps' unit tests, written briefly.

use super::SentencePair;

/// The pair of left sentence `left` and right sentence `right` scoring `score`.
pub fn pair(left: usize, right: usize, score: f32) -> SentencePair {
    SentencePair { left, right, score }
}

/// The (left, right) sentences of `pairs`, in order, for comparing with a list.
pub fn got(pairs: &[SentencePair]) -> Vec<(usize, usize)> {
    pairs.iter().map(|p| (p.left, p.right)).collect()
}
