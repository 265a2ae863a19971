//! Sentence vectors: IDF-weighted content-word stems plus character trigrams of
//! the content words, so rewording and spelling variants still match.

use std::collections::HashMap;

use crate::analysis::language::normalize::comparison_terms;
use crate::analysis::language::tokens::tokenize;
use crate::analysis::sentences::Sentence;
use crate::model::{Article, BlockKind};

/// A sparse vector: (feature id, weight), sorted by id.
pub type Sparse = Vec<(u32, f32)>;

/// Below this word score, trigrams cannot lift a pair to any threshold that
/// matters, so they are not compared (a speed-up, not a change of result for
/// thresholds above 0.25 + this value).
const MIN_WORD_PART: f32 = 0.05;

/// Terms two sentences must share to be alike at all: one shared word between
/// short sentences ("Sorry." and "I'm sorry, he said.") is chance.
const MIN_SHARED_TERMS: usize = 2;

/// Content words a sentence needs before containment in a longer sentence counts fully.
const FULL_CONTAINMENT_WORDS: f32 = 5.0;

/// The features of one sentence.
#[derive(Debug, Clone, Default)]
pub struct SentenceVector {
    /// Content-word stems weighted by IDF.
    pub words: Sparse,
    /// Sum of the squared weights.
    pub sum_sq: f32,
    /// Hashed character trigrams of the content words, sorted and deduplicated.
    pub trigrams: Vec<u32>,
    /// False for sentences of non-article blocks and section headings, which never align.
    pub alignable: bool,
    /// True for the headline, which aligns only with another headline.
    pub headline: bool,
}

/// A sentence's features before the corpus-wide IDF is known.
#[derive(Clone)]
struct RawSentence {
    /// Term ids, each with whether it is an alias (the initials of a name, see `comparison_terms`).
    terms: Vec<(u32, bool)>,
    trigrams: Vec<u32>,
    alignable: bool,
    headline: bool,
}

/// A sentence's features before its terms have ids: what each article yields
/// on its own, so articles are read on all cores.
struct ReadSentence {
    /// The comparison terms, each with whether it is an alias.
    terms: Vec<(String, bool)>,
    trigrams: Vec<u32>,
    alignable: bool,
    headline: bool,
}

/// Builds the vectors of every sentence of every article, with IDF over the corpus.
/// An alias term (a name's initials) counts only when some sentence writes it.
/// A verbatim copy of an earlier article (the same text, paragraphs and
/// sentences, as syndicated news gives) takes that article's features.
/// Articles are read on all cores; term ids are then given in corpus order,
/// so they do not depend on the threads.
pub fn build(articles: &[Article], sentences: &[Vec<Sentence>]) -> Vec<Vec<SentenceVector>> {
    let mut read: HashMap<&str, Vec<usize>> = HashMap::new();
    let copy_of: Vec<Option<usize>> = articles
        .iter()
        .zip(sentences)
        .enumerate()
        .map(|(i, (article, split))| {
            let same_text = read.entry(article.text.as_str()).or_default();
            let copy = same_text.iter().copied().find(|&earlier| {
                articles[earlier].paragraphs == article.paragraphs && sentences[earlier] == *split
            });
            if copy.is_none() {
                same_text.push(i);
            }
            copy
        })
        .collect();
    let distinct: Vec<usize> = (0..articles.len())
        .filter(|&i| copy_of[i].is_none())
        .collect();
    let mut read_articles =
        crate::analysis::parallel_map(&distinct, |&i| read_article(&articles[i], &sentences[i]))
            .into_iter();
    let mut vocabulary: HashMap<String, u32> = HashMap::new();
    let mut written: Vec<bool> = Vec::new();
    let mut raw: Vec<Vec<RawSentence>> = Vec::with_capacity(articles.len());
    for copy in copy_of {
        if let Some(earlier) = copy {
            raw.push(raw[earlier].clone());
            continue;
        }
        let per_article = read_articles.next().unwrap_or_default();
        let per_article = per_article
            .into_iter()
            .map(|sentence| {
                let terms = sentence
                    .terms
                    .into_iter()
                    .map(|(key, alias)| {
                        let next_id = u32::try_from(vocabulary.len()).unwrap_or(u32::MAX);
                        let id = *vocabulary.entry(key).or_insert(next_id);
                        if id as usize >= written.len() {
                            written.resize(id as usize + 1, false);
                        }
                        written[id as usize] |= !alias;
                        (id, alias)
                    })
                    .collect();
                RawSentence {
                    terms,
                    trigrams: sentence.trigrams,
                    alignable: sentence.alignable,
                    headline: sentence.headline,
                }
            })
            .collect();
        raw.push(per_article);
    }
    let mut document_frequency = vec![0u32; written.len()];
    let kept: Vec<Vec<Vec<u32>>> = raw
        .iter()
        .map(|per_article| {
            per_article
                .iter()
                .map(|sentence| {
                    let mut terms: Vec<u32> = sentence
                        .terms
                        .iter()
                        .filter(|&&(id, alias)| !alias || written[id as usize])
                        .map(|&(id, _)| id)
                        .collect();
                    terms.sort_unstable();
                    terms.dedup();
                    for &term in &terms {
                        document_frequency[term as usize] += 1;
                    }
                    terms
                })
                .collect()
        })
        .collect();
    let total: usize = raw.iter().map(Vec::len).sum();
    let idf: Vec<f32> = document_frequency
        .iter()
        .map(|&df| ((total as f32 + 1.0) / (df as f32 + 1.0)).ln() + 1.0)
        .collect();
    raw.into_iter()
        .zip(kept)
        .map(|(per_article, terms)| {
            per_article
                .into_iter()
                .zip(terms)
                .map(|(raw, terms)| {
                    let words: Sparse = terms.iter().map(|&t| (t, idf[t as usize])).collect();
                    let sum_sq = words.iter().map(|(_, w)| w * w).sum();
                    SentenceVector {
                        words,
                        sum_sq,
                        trigrams: raw.trigrams,
                        alignable: raw.alignable,
                        headline: raw.headline,
                    }
                })
                .collect()
        })
        .collect()
}

/// The terms, trigrams and kind of every sentence of one article.
fn read_article(article: &Article, split: &[Sentence]) -> Vec<ReadSentence> {
    split
        .iter()
        .map(|sentence| {
            let kind = article.paragraphs[sentence.paragraph].kind;
            let tokens = tokenize(&article.text, sentence.span);
            let terms = comparison_terms(&article.text, &tokens)
                .into_iter()
                .map(|term| (term.key, term.alias))
                .collect();
            let mut trigrams = Vec::new();
            for token in tokens.iter().filter(|t| t.is_content()) {
                add_trigrams(&token.norm, &mut trigrams);
            }
            trigrams.sort_unstable();
            trigrams.dedup();
            ReadSentence {
                terms,
                trigrams,
                alignable: !kind.is_non_article() && kind != BlockKind::Heading,
                headline: kind == BlockKind::Headline,
            }
        })
        .collect()
}

/// Adds hashed trigrams of `word` (padded with spaces) to `out`.
fn add_trigrams(word: &str, out: &mut Vec<u32>) {
    let chars: Vec<char> = std::iter::once(' ')
        .chain(word.chars())
        .chain(std::iter::once(' '))
        .collect();
    for window in chars.windows(3) {
        let mut hash: u32 = 0x811c_9dc5;
        for c in window {
            hash = (hash ^ *c as u32).wrapping_mul(0x0100_0193);
        }
        out.push(hash);
    }
}

/// Dot product of two sparse vectors, and how many features they share.
fn dot(a: &Sparse, b: &Sparse) -> (f32, usize) {
    let (mut i, mut j, mut sum, mut count) = (0, 0, 0.0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (sum, count)
}

/// Dice coefficient of two sorted, deduplicated id lists.
pub fn dice(a: &[u32], b: &[u32]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared as f32 / (a.len() + b.len()) as f32
}

/// Share of `part`'s squared term weight that `whole` holds too, in `0..=1`; 0
/// unless they share [`MIN_SHARED_TERMS`] terms.
pub fn piece(part: &SentenceVector, whole: &SentenceVector) -> f32 {
    if part.sum_sq == 0.0 {
        return 0.0;
    }
    // A term has one IDF weight wherever it occurs, so the dot product is the
    // shared squared weight.
    let (shared, count) = dot(&part.words, &whole.words);
    if count < MIN_SHARED_TERMS {
        0.0
    } else {
        (shared / part.sum_sq).min(1.0)
    }
}

/// Similarity of two sentences in `0..=1`: 0 unless they share
/// [`MIN_SHARED_TERMS`] terms; then mostly shared weighted words, partly shared
/// letter trigrams (for spelling variants of names). Shared words count as
/// the better of the cosine and the containment of the shorter sentence in the
/// longer (when they share three words or more), so an outlet quoting half of a
/// long sentence still matches it.
pub fn similarity(a: &SentenceVector, b: &SentenceVector) -> f32 {
    if a.sum_sq == 0.0 || b.sum_sq == 0.0 {
        return 0.0;
    }
    let (shared, count) = dot(&a.words, &b.words);
    if count < MIN_SHARED_TERMS {
        return 0.0;
    }
    let cosine = shared / (a.sum_sq * b.sum_sq).sqrt();
    let smaller = a.words.len().min(b.words.len()) as f32;
    let containment = if count >= 3 {
        shared / a.sum_sq.min(b.sum_sq) * (smaller / FULL_CONTAINMENT_WORDS).min(1.0)
    } else {
        0.0
    };
    let words = 0.75 * cosine.max(0.85 * containment);
    if words < MIN_WORD_PART {
        return words;
    }
    words + 0.25 * dice(&a.trigrams, &b.trigrams)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(terms: &[(u32, f32)]) -> SentenceVector {
        SentenceVector {
            words: terms.to_vec(),
            sum_sq: terms.iter().map(|(_, w)| w * w).sum(),
            trigrams: Vec::new(),
            alignable: true,
            headline: false,
        }
    }

    #[test]
    fn one_shared_term_is_chance() {
        let short = sentence(&[(1, 3.0)]);
        let long = sentence(&[(1, 3.0), (2, 1.0), (3, 1.0)]);
        assert_eq!(similarity(&short, &long), 0.0);
        assert_eq!(piece(&short, &long), 0.0);
        let two = sentence(&[(1, 3.0), (2, 1.0)]);
        assert!(similarity(&two, &long) > 0.5);
    }

    #[test]
    fn piece_is_the_share_of_the_part_held_by_the_whole() {
        let part = sentence(&[(1, 2.0), (2, 2.0), (3, 2.0), (4, 2.0)]);
        let whole = sentence(&[(1, 2.0), (2, 2.0), (3, 2.0), (5, 1.0), (6, 1.0)]);
        assert!((piece(&part, &whole) - 0.75).abs() < 1e-6);
        assert!((piece(&part, &part) - 1.0).abs() < 1e-6);
    }
}
