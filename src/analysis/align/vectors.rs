//! Sentence vectors: IDF-weighted content-word stems plus character trigrams of
//! the content words, so rewording and spelling variants still match.

use std::ops::Range;

use crate::analysis::language::figures::SentenceFigures;
use crate::analysis::language::hash::FnvHashMap;
use crate::analysis::language::normalize::{Term, comparison_terms};
use crate::analysis::language::tokens::Token;
use crate::analysis::sentences::Sentence;
use crate::analysis::sorted::count_shared;
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

/// One article's sentences as the index reads them, before the corpus-wide
/// term ids and IDF are known: what each article yields on its own, so it is
/// read beside the article's other steps, from the tokens the language pass
/// already found.
#[derive(Debug, Clone, Default)]
pub struct ArticleTerms {
    /// The article's distinct term keys, one after another, in order of first
    /// appearance: a sentence's terms are indices into this list. One string
    /// for all, instead of a string per term.
    keys: String,
    /// Where each key ends in `keys`.
    key_ends: Vec<usize>,
    /// For each key, whether a sentence writes it (it is not only an alias,
    /// the initials of a name; see `comparison_terms`).
    written: Vec<bool>,
    /// The sentences, in reading order.
    sentences: Vec<ReadSentence>,
}

impl ArticleTerms {
    /// The distinct keys in order of first appearance.
    fn keys(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.key_ends.iter().copied());
        starts
            .zip(&self.key_ends)
            .map(|(start, &end)| &self.keys[start..end])
    }
}

/// A sentence's features before its terms have corpus-wide ids.
#[derive(Debug, Clone)]
struct ReadSentence {
    /// Indices into the article's keys, in term order (a key may repeat), each
    /// with whether it is an alias there.
    terms: Vec<(u32, bool)>,
    trigrams: Vec<u32>,
    alignable: bool,
    headline: bool,
}

/// Reads the terms, trigrams and kind of every sentence of `article`, split
/// into `sentences`, whose tokens are `tokens[ranges[i]]` and dates and
/// numbers `figures[i]` for sentence `i` (as the language pass lists them).
pub fn read_article(
    article: &Article,
    sentences: &[Sentence],
    tokens: &[Token],
    ranges: &[Range<usize>],
    figures: &[SentenceFigures],
) -> ArticleTerms {
    let sentence_terms: Vec<Vec<Term<'_>>> = ranges
        .iter()
        .zip(figures)
        .map(|(range, figures)| comparison_terms(&article.text, &tokens[range.clone()], figures))
        .collect();
    let mut local: FnvHashMap<&str, u32> = FnvHashMap::default();
    let mut read = ArticleTerms::default();
    for ((sentence, range), terms) in sentences.iter().zip(ranges).zip(&sentence_terms) {
        let terms = terms
            .iter()
            .map(|term| {
                let key: &str = &term.key;
                let id = *local.entry(key).or_insert_with(|| {
                    read.keys.push_str(key);
                    read.key_ends.push(read.keys.len());
                    read.written.push(false);
                    u32::try_from(read.written.len() - 1).unwrap_or(u32::MAX)
                });
                read.written[id as usize] |= !term.alias;
                (id, term.alias)
            })
            .collect();
        let mut trigrams = Vec::new();
        for token in tokens[range.clone()].iter().filter(|t| t.is_content()) {
            add_trigrams(&token.norm, &mut trigrams);
        }
        trigrams.sort_unstable();
        trigrams.dedup();
        let kind = article.paragraphs[sentence.paragraph].kind;
        read.sentences.push(ReadSentence {
            terms,
            trigrams,
            alignable: !kind.is_non_article() && kind != BlockKind::Heading,
            headline: kind == BlockKind::Headline,
        });
    }
    read
}

/// Reads every article's sentences on its own (tokenising them; the analysis
/// pipeline reads them from its language pass instead): see [`read_article`].
/// Only the tests use it, to check the pipeline's reading against it.
#[cfg(test)]
pub fn read_all(articles: &[Article], sentences: &[Vec<Sentence>]) -> Vec<ArticleTerms> {
    let indices: Vec<usize> = (0..articles.len()).collect();
    crate::analysis::parallel_map(&indices, |&i| {
        let (article, split) = (&articles[i], &sentences[i]);
        let mut tokens = Vec::new();
        let ranges: Vec<Range<usize>> = split
            .iter()
            .map(|sentence| {
                let start = tokens.len();
                crate::analysis::language::tokens::tokenize_into(
                    &article.text,
                    sentence.span,
                    &mut tokens,
                );
                start..tokens.len()
            })
            .collect();
        let figures: Vec<SentenceFigures> = ranges
            .iter()
            .map(|range| SentenceFigures::of(&article.text, &tokens[range.clone()]))
            .collect();
        read_article(article, split, &tokens, &ranges, &figures)
    })
}

/// Builds the vectors of every sentence of every article from each article's
/// reading, with IDF over the corpus. An alias term (a name's initials) counts
/// only when some sentence writes it. Term ids are given in corpus order
/// (articles, then sentences, then terms), so they depend neither on the
/// threads nor on which articles are verbatim copies of others.
pub fn build(read: &[&ArticleTerms]) -> Vec<Vec<SentenceVector>> {
    let mut vocabulary: FnvHashMap<&str, u32> = FnvHashMap::default();
    let mut written: Vec<bool> = Vec::new();
    // Each article's keys in their order of first appearance take the next free
    // ids, as reading every term of the corpus in order would give them.
    let ids: Vec<Vec<u32>> = read
        .iter()
        .map(|article| {
            article
                .keys()
                .zip(&article.written)
                .map(|(key, &writes)| {
                    let next_id = u32::try_from(vocabulary.len()).unwrap_or(u32::MAX);
                    let id = *vocabulary.entry(key).or_insert(next_id);
                    if id as usize >= written.len() {
                        written.resize(id as usize + 1, false);
                    }
                    written[id as usize] |= writes;
                    id
                })
                .collect()
        })
        .collect();
    let mut document_frequency = vec![0u32; written.len()];
    let kept: Vec<Vec<Vec<u32>>> = read
        .iter()
        .zip(&ids)
        .map(|(article, ids)| {
            article
                .sentences
                .iter()
                .map(|sentence| {
                    let mut terms: Vec<u32> = sentence
                        .terms
                        .iter()
                        .map(|&(local, alias)| (ids[local as usize], alias))
                        .filter(|&(id, alias)| !alias || written[id as usize])
                        .map(|(id, _)| id)
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
    let total: usize = read.iter().map(|article| article.sentences.len()).sum();
    let idf: Vec<f32> = document_frequency
        .iter()
        .map(|&df| ((total as f32 + 1.0) / (df as f32 + 1.0)).ln() + 1.0)
        .collect();
    read.iter()
        .zip(kept)
        .map(|(article, terms)| {
            article
                .sentences
                .iter()
                .zip(terms)
                .map(|(sentence, terms)| {
                    let words: Sparse = terms.iter().map(|&t| (t, idf[t as usize])).collect();
                    let sum_sq = words.iter().map(|(_, w)| w * w).sum();
                    SentenceVector {
                        words,
                        sum_sq,
                        trigrams: sentence.trigrams.clone(),
                        alignable: sentence.alignable,
                        headline: sentence.headline,
                    }
                })
                .collect()
        })
        .collect()
}

/// Adds hashed trigrams of `word` (padded with spaces) to `out`.
fn add_trigrams(word: &str, out: &mut Vec<u32>) {
    let hash = |window: [char; 3]| {
        window.iter().fold(0x811c_9dc5_u32, |hash, &c| {
            (hash ^ c as u32).wrapping_mul(0x0100_0193)
        })
    };
    let mut window = [' ', ' ', ' '];
    for (i, c) in word.chars().chain(std::iter::once(' ')).enumerate() {
        window = [window[1], window[2], c];
        if i >= 1 {
            out.push(hash(window));
        }
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
    let shared = count_shared(a, b);
    2.0 * shared as f32 / (a.len() + b.len()) as f32
}

/// How many terms two sentences share.
pub fn shared_terms(a: &SentenceVector, b: &SentenceVector) -> usize {
    dot(&a.words, &b.words).1
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
    fn trigrams_are_the_three_letter_windows_of_the_word_padded_with_spaces() {
        let hash = |window: &str| {
            window.chars().fold(0x811c_9dc5_u32, |hash, c| {
                (hash ^ c as u32).wrapping_mul(0x0100_0193)
            })
        };
        for (word, windows) in [
            ("vote", vec![" vo", "vot", "ote", "te "]),
            ("é", vec![" é "]),
            ("", vec![]),
        ] {
            let mut got = Vec::new();
            add_trigrams(word, &mut got);
            let expected: Vec<u32> = windows.into_iter().map(hash).collect();
            assert_eq!(got, expected, "{word:?}");
        }
    }

    /// The articles' readings, each tokenised on its own.
    fn read(texts: &[&str]) -> Vec<ArticleTerms> {
        use crate::model::ArticleMeta;
        let articles: Vec<Article> = texts
            .iter()
            .map(|t| Article::from_text(ArticleMeta::default(), (*t).to_string(), false))
            .collect();
        let sentences: Vec<Vec<Sentence>> = articles
            .iter()
            .map(crate::analysis::sentences::article_sentences)
            .collect();
        read_all(&articles, &sentences)
    }

    #[test]
    fn a_copy_sharing_an_earlier_reading_gets_the_vectors_of_its_own() {
        let story = "Council votes\n\nThe council voted 7 to 2 on Monday to fund buses. \
                     The Regional Transit Authority will run them.";
        let other = "Buses\n\nTwelve buses will run from May. The RTA said fares stay flat.";
        let own = read(&[story, other, story]);
        let own: Vec<&ArticleTerms> = own.iter().collect();
        let shared = [own[0], own[1], own[0]];
        let (a, b) = (build(&own), build(&shared));
        let as_lists = |vectors: &[Vec<SentenceVector>]| -> Vec<(Sparse, Vec<u32>)> {
            vectors
                .iter()
                .flatten()
                .map(|v| (v.words.clone(), v.trigrams.clone()))
                .collect()
        };
        assert_eq!(as_lists(&a), as_lists(&b));
        assert_eq!(as_lists(&a[..1]), as_lists(&a[2..]));
        // The initials of the authority's name count: the other article writes them.
        let ids = |sentence: &SentenceVector| -> Vec<u32> {
            sentence.words.iter().map(|&(id, _)| id).collect()
        };
        let authority = ids(&a[0][2]);
        assert!(ids(&a[1][2]).iter().any(|id| authority.contains(id)));
    }

    #[test]
    fn piece_is_the_share_of_the_part_held_by_the_whole() {
        let part = sentence(&[(1, 2.0), (2, 2.0), (3, 2.0), (4, 2.0)]);
        let whole = sentence(&[(1, 2.0), (2, 2.0), (3, 2.0), (5, 1.0), (6, 1.0)]);
        assert!((piece(&part, &whole) - 0.75).abs() < 1e-6);
        assert!((piece(&part, &part) - 1.0).abs() < 1e-6);
    }
}
