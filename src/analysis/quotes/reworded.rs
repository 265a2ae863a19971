//! Renderings of one person's remark that another outlet reworded.
//!
//! A translated report, or a writer quoting from their own notes, gives the
//! same remark in other words: "We failed our customers, and I take full
//! responsibility" / "We have failed our clients and I assume the whole
//! responsibility". Such renderings share too few stems for matching by
//! containment (see [`super::group`]), but they are the same person's words in
//! two articles that share a good part of their content stems. Two quotations
//! match as rewordings when:
//! - the same known person (not a document) said both, in different articles;
//! - they share at least `MIN_SHARED` content stems, covering at least
//!   `MIN_SHARE_PERCENT` of the shorter one's stems;
//! - each is the other's closest such quotation in the other's article
//!   (mutual best by share of all their stems), so that one remark never joins
//!   two different remarks of the same person in one article.
//!
//! Candidates come from an index of (person, stem), so a quotation is compared
//! only with the same person's quotations that share a stem, and a stem that
//! person repeats in more than `searchable` renderings is not searched.

use crate::analysis::language::hash::FnvHashMap;

/// Fewest content stems two rewordings share.
const MIN_SHARED: usize = 2;

/// Share of the shorter rewording's stems (in percent) the other must contain.
const MIN_SHARE_PERCENT: usize = 30;

/// One quotation as rewording compares it.
pub(super) struct Said<'a> {
    /// Its article.
    pub article: usize,
    /// The person who said it, when known and not a document.
    pub person: Option<usize>,
    /// Its distinct content stems, as ids, sorted.
    pub stems: &'a [u32],
}

/// Pairs of `quotes` (indexes, the smaller first) that render one remark of
/// one person in other words, in order of discovery; only quotations in
/// `searched` (representatives of verbatim repeats) are compared, and a
/// (person, stem) posting longer than `searchable` is skipped.
pub(super) fn reworded_pairs(
    quotes: &[Said<'_>],
    searched: impl Fn(usize) -> bool,
    searchable: usize,
) -> Vec<(usize, usize)> {
    let mut postings: FnvHashMap<(usize, u32), Vec<usize>> = FnvHashMap::default();
    for (i, q) in quotes.iter().enumerate().filter(|&(i, _)| searched(i)) {
        if let Some(person) = q.person {
            for &stem in q.stems {
                postings.entry((person, stem)).or_default().push(i);
            }
        }
    }
    // For each quotation, its closest rewording in each other article.
    let mut best: FnvHashMap<(usize, usize), (Closeness, usize)> = FnvHashMap::default();
    let mut shared = vec![0usize; quotes.len()];
    let mut touched = Vec::new();
    for (i, q) in quotes.iter().enumerate().filter(|&(i, _)| searched(i)) {
        let Some(person) = q.person else { continue };
        for &stem in q.stems {
            let Some(list) = postings.get(&(person, stem)) else {
                continue;
            };
            if list.len() > searchable {
                continue;
            }
            for &j in list {
                if quotes[j].article != q.article {
                    if shared[j] == 0 {
                        touched.push(j);
                    }
                    shared[j] += 1;
                }
            }
        }
        for j in touched.drain(..) {
            let count = std::mem::take(&mut shared[j]);
            let Some(closeness) = closeness(q.stems.len(), quotes[j].stems.len(), count) else {
                continue;
            };
            let slot = best.entry((i, quotes[j].article)).or_insert((closeness, j));
            if (closeness, std::cmp::Reverse(j)) > (slot.0, std::cmp::Reverse(slot.1)) {
                *slot = (closeness, j);
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = best
        .iter()
        .filter(|&(&(i, _), &(_, j))| {
            i < j
                && best
                    .get(&(j, quotes[i].article))
                    .is_some_and(|&(_, back)| back == i)
        })
        .map(|(&(i, _), &(_, j))| (i, j))
        .collect();
    pairs.sort_unstable();
    pairs
}

/// How close two rewordings are: shared stems over all their distinct stems,
/// in parts per million, then the shared count.
type Closeness = (u64, usize);

/// The closeness of two quotations of `a` and `b` stems sharing `shared`, or
/// `None` when they share too little to be one remark.
fn closeness(a: usize, b: usize, shared: usize) -> Option<Closeness> {
    let shorter = a.min(b);
    if shared < MIN_SHARED || shared * 100 < shorter * MIN_SHARE_PERCENT {
        return None;
    }
    let union = (a + b - shared).max(1) as u64;
    Some((shared as u64 * 1_000_000 / union, shared))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(article: usize, person: Option<usize>, stems: &[u32]) -> Said<'_> {
        Said {
            article,
            person,
            stems,
        }
    }

    #[test]
    fn the_same_persons_remark_in_other_words_pairs_across_articles() {
        // "we failed our customers and take full responsibility" (5 stems) /
        // "we failed our clients and assume the whole responsibility" (5).
        let a = [1, 2, 3, 4, 5];
        let b = [1, 5, 6, 7, 8];
        let quotes = [said(0, Some(7), &a), said(1, Some(7), &b)];
        assert_eq!(reworded_pairs(&quotes, |_| true, 64), [(0, 1)]);
    }

    #[test]
    fn different_people_or_one_article_or_too_little_shared_never_pair() {
        let a = [1, 2, 3, 4, 5];
        let b = [1, 5, 6, 7, 8];
        let other_person = [said(0, Some(7), &a), said(1, Some(8), &b)];
        assert!(reworded_pairs(&other_person, |_| true, 64).is_empty());
        let unknown = [said(0, None, &a), said(1, None, &b)];
        assert!(reworded_pairs(&unknown, |_| true, 64).is_empty());
        let one_article = [said(0, Some(7), &a), said(0, Some(7), &b)];
        assert!(reworded_pairs(&one_article, |_| true, 64).is_empty());
        // One shared stem, or two of ten (a fifth of the shorter), is topic, not remark.
        let c = [1, 9];
        let one_stem = [said(0, Some(7), &a), said(1, Some(7), &c)];
        assert!(reworded_pairs(&one_stem, |_| true, 64).is_empty());
        let long_a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        let long_b = [1, 2, 11, 12, 13, 14, 15, 16, 17, 18];
        let thin = [said(0, Some(7), &long_a), said(1, Some(7), &long_b)];
        assert!(reworded_pairs(&thin, |_| true, 64).is_empty());
    }

    #[test]
    fn a_remark_pairs_only_with_its_closest_rewording_in_each_article() {
        // Article 1 holds two remarks of the person touching the same topic:
        // the one sharing more of article 0's remark is its rewording.
        let a = [1, 2, 3, 4];
        let near = [1, 2, 3, 9];
        let far = [1, 2, 10, 11, 12];
        let quotes = [
            said(0, Some(7), &a),
            said(1, Some(7), &far),
            said(1, Some(7), &near),
        ];
        assert_eq!(reworded_pairs(&quotes, |_| true, 64), [(0, 2)]);
    }

    #[test]
    fn unsearched_quotations_and_too_common_stems_are_not_compared() {
        let a = [1, 2, 3, 4, 5];
        let b = [1, 5, 6, 7, 8];
        let quotes = [said(0, Some(7), &a), said(1, Some(7), &b)];
        assert!(reworded_pairs(&quotes, |i| i == 0, 64).is_empty());
        assert!(reworded_pairs(&quotes, |_| true, 1).is_empty());
    }
}
