//! Sentence alignment between two articles: what the reader scrolls by.
//!
//! Sentences are compared by IDF-weighted comparison terms (from
//! `language::normalize`, IDF over the whole loaded corpus) blended with letter
//! trigrams, so rewording, translation and spelling variants still match.
//! Candidate pairs come from an inverted index over the right article's terms, so
//! only sentences sharing a term are ever compared. The in-order alignment is the
//! heaviest chain of strong candidates increasing on both sides, then weaker pairs
//! lying between two of its matches, then sentences that are a piece of the
//! sentence their neighbours match (one outlet splitting what another says in
//! one). Strong matches outside that order are passages one outlet moved. A
//! sentence still unmatched whose best counterpart is a strong match takes it
//! as a second match (an outlet repeating or splitting a fact); two sentences
//! that both have matches still pair when their wording is alike and they are
//! strongly alike (one outlet's long sentence holding the facts of several).
//! [`crate::analysis::Analysis::align`] adds anchors: sentences holding one
//! claim group's or one quote group's members count as matched whatever their
//! wording, and a list item anchored to a long sentence is a piece of it, and
//! [`bridges`] joins two sentences that each match one sentence of a third
//! article.

pub mod anchors;
pub mod bridges;
mod chain;
mod fill;
mod merge;
mod second;
#[cfg(test)]
mod test_pairs;
mod vectors;

use std::collections::HashMap;

use serde::Serialize;

pub use vectors::{ArticleTerms, read_article};
use vectors::{SentenceVector, similarity};

/// Lowest similarity for an in-order match.
pub const MIN_ALIGNED: f32 = 0.28;
/// Lowest similarity for a moved (out-of-order) match.
pub const MIN_MOVED: f32 = 0.42;
/// A word in more than this many of the right article's sentences proposes no
/// candidates on its own: pairs sharing only such words are never similar enough.
const COMMON_WORD_LIMIT: usize = 48;

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
    /// Matches in reading order on both sides, sorted (non-decreasing in both
    /// indices: a sentence matches several neighbouring ones of the other side
    /// only where an outlet split or repeated it).
    pub monotone: Vec<SentencePair>,
    /// Good matches that are out of order: passages one outlet moved.
    pub moved: Vec<SentencePair>,
}

/// Corpus-wide sentence vectors, for aligning any pair on demand.
#[derive(Debug, Clone, Default)]
pub struct SimilarityIndex {
    vectors: Vec<Vec<SentenceVector>>,
}

impl SimilarityIndex {
    /// Builds the vectors of every sentence of every article, tokenising each
    /// on its own (the analysis pipeline reads the language pass's tokens
    /// instead, with [`read_article`] and [`SimilarityIndex::from_terms`]).
    /// Only the tests use it, to check the pipeline's index against it.
    #[cfg(test)]
    pub fn build(
        articles: &[crate::model::Article],
        sentences: &[Vec<super::sentences::Sentence>],
    ) -> Self {
        let read = vectors::read_all(articles, sentences);
        let read: Vec<&ArticleTerms> = read.iter().collect();
        Self::from_terms(&read)
    }

    /// Builds the vectors of every sentence from each article's reading
    /// ([`read_article`]), one per article of the corpus in order (verbatim
    /// copies may share one), with IDF over the whole corpus.
    pub fn from_terms(read: &[&ArticleTerms]) -> Self {
        Self {
            vectors: vectors::build(read),
        }
    }

    /// Similarity of sentence `a` of article `left` and sentence `b` of article `right`.
    pub fn similarity(&self, left: usize, a: usize, right: usize, b: usize) -> f32 {
        match (
            self.vectors.get(left).and_then(|v| v.get(a)),
            self.vectors.get(right).and_then(|v| v.get(b)),
        ) {
            (Some(x), Some(y)) => similarity(x, y),
            _ => 0.0,
        }
    }

    /// The content-word ids of one sentence (empty for unknown or non-article sentences).
    pub fn terms(&self, article: usize, sentence: usize) -> impl Iterator<Item = u32> + '_ {
        self.vectors
            .get(article)
            .and_then(|v| v.get(sentence))
            .filter(|v| v.alignable)
            .into_iter()
            .flat_map(|v| v.words.iter().map(|(term, _)| *term))
    }

    /// Aligns article `left` with article `right` (corpus indices) by wording alone.
    pub fn align(&self, left: usize, right: usize) -> Alignment {
        self.align_anchored(left, right, &[])
    }

    /// Aligns article `left` with article `right` (corpus indices) by wording and
    /// by `anchors` (see [`anchors::anchor_pairs`]), sorted by (left, right): an
    /// anchored pair counts as similar as its wording or [`anchors::ANCHOR_SCORE`],
    /// whichever is more.
    pub fn align_anchored(&self, left: usize, right: usize, anchors: &[SentencePair]) -> Alignment {
        let (Some(a), Some(b)) = (self.vectors.get(left), self.vectors.get(right)) else {
            return Alignment::default();
        };
        let worded = candidate_pairs(a, b);
        let candidates = with_anchors(worded.clone(), anchors, a, b);
        let strong: Vec<SentencePair> = candidates
            .iter()
            .filter(|p| p.score >= MIN_ALIGNED)
            .copied()
            .collect();
        let mut monotone = fill::fill_gaps(&candidates, chain::heaviest_chain(&strong));
        let mut moved = moved_pairs(&strong, &monotone);
        fill::add_pieces(a, b, &mut monotone, &moved, anchors);
        second::add_second_matches(&candidates, &worded, &mut monotone, &mut moved);
        second::add_mutual_matches(a, b, &candidates, &mut monotone, &mut moved);
        Alignment { monotone, moved }
    }
}

/// Every pair of alignable sentences sharing an informative term and at least
/// [`fill::MIN_FILLED`] similar. A headline pairs only with a headline: it sums
/// up the lead, and matching a body sentence would take the lead's own match.
fn candidate_pairs(a: &[SentenceVector], b: &[SentenceVector]) -> Vec<SentencePair> {
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    for (j, vector) in b.iter().enumerate().filter(|(_, v)| v.alignable) {
        for &(term, _) in &vector.words {
            postings.entry(term).or_default().push(j);
        }
    }
    let mut seen = vec![usize::MAX; b.len()];
    let mut pairs = Vec::new();
    for (i, vector) in a.iter().enumerate().filter(|(_, v)| v.alignable) {
        for (term, _) in &vector.words {
            let Some(list) = postings.get(term).filter(|l| l.len() <= COMMON_WORD_LIMIT) else {
                continue;
            };
            for &j in list {
                if seen[j] == i || vector.headline != b[j].headline {
                    continue;
                }
                seen[j] = i;
                let score = similarity(vector, &b[j]);
                if score >= fill::MIN_FILLED {
                    pairs.push(SentencePair {
                        left: i,
                        right: j,
                        score,
                    });
                }
            }
        }
    }
    pairs.sort_by_key(|p| (p.left, p.right));
    pairs
}

/// `candidates` (sorted by (left, right)) with each anchor's score raised to at
/// least the anchor's, and anchors the wording did not propose added; anchors
/// hold to the headline rule and skip sentences that never align.
fn with_anchors(
    mut candidates: Vec<SentencePair>,
    anchors: &[SentencePair],
    a: &[SentenceVector],
    b: &[SentenceVector],
) -> Vec<SentencePair> {
    if anchors.is_empty() {
        return candidates;
    }
    for anchor in anchors {
        let (Some(x), Some(y)) = (a.get(anchor.left), b.get(anchor.right)) else {
            continue;
        };
        if !x.alignable || !y.alignable || x.headline != y.headline {
            continue;
        }
        match candidates.binary_search_by_key(&(anchor.left, anchor.right), |p| (p.left, p.right)) {
            Ok(k) => candidates[k].score = candidates[k].score.max(anchor.score),
            Err(k) => candidates.insert(k, *anchor),
        }
    }
    candidates
}

/// Strong matches between sentences the in-order alignment left unmatched, best first,
/// each sentence used once, returned in left order.
fn moved_pairs(candidates: &[SentencePair], monotone: &[SentencePair]) -> Vec<SentencePair> {
    let mut used_left: Vec<usize> = monotone.iter().map(|p| p.left).collect();
    let mut used_right: Vec<usize> = monotone.iter().map(|p| p.right).collect();
    let mut strong: Vec<&SentencePair> =
        candidates.iter().filter(|p| p.score >= MIN_MOVED).collect();
    strong.sort_by(|x, y| y.score.total_cmp(&x.score));
    let mut moved = Vec::new();
    for pair in strong {
        if !used_left.contains(&pair.left) && !used_right.contains(&pair.right) {
            used_left.push(pair.left);
            used_right.push(pair.right);
            moved.push(*pair);
        }
    }
    moved.sort_by_key(|p| p.left);
    moved
}
