//! Second matches: a sentence the one-to-one alignment left alone whose best
//! counterpart is a strong match, though that counterpart already has one.
//! Outlets repeat a fact (in the lead and again lower down), split one sentence
//! into two that are each close to it, or sum up two sentences in one; the
//! one-to-one chain can give the shared sentence only one of them. A long
//! sentence holding several facts pairs with each sentence of the other
//! outlet that states one of them, even when both already have matches, if
//! their wording is alike too: a shared linked fact alone (an anchor) pairs two
//! sentences that each have a better match only by chance of the grouping.

use super::merge::merge_in_order;
use super::vectors::{SentenceVector, shared_terms};
use super::{MIN_ALIGNED, MIN_MOVED, SentencePair};

/// Terms two sentences must share to pair as each other's best counterpart
/// below [`MIN_MOVED`]: two or three shared words (a name and a place) are
/// common between unrelated sentences of one story.
const MUTUAL_SHARED_TERMS: usize = 5;

/// Adds, for every sentence of either side that no pair of `monotone` or
/// `moved` holds, its best pair of `candidates` scoring at least
/// [`MIN_MOVED`], and every pair of `candidates` scoring that much between two
/// sentences that both have matches when `worded` (the candidates proposed by
/// wording, sorted by (left, right)) holds it too: to `monotone` where it keeps
/// that order non-decreasing on both sides, else to `moved`. Both stay sorted
/// by (left, right).
pub fn add_second_matches(
    candidates: &[SentencePair],
    worded: &[SentencePair],
    monotone: &mut Vec<SentencePair>,
    moved: &mut Vec<SentencePair>,
) {
    let left_len = candidates.iter().map(|p| p.left + 1).max().unwrap_or(0);
    let right_len = candidates.iter().map(|p| p.right + 1).max().unwrap_or(0);
    let mut left_used = vec![false; left_len];
    let mut right_used = vec![false; right_len];
    for pair in monotone.iter().chain(moved.iter()) {
        if let Some(slot) = left_used.get_mut(pair.left) {
            *slot = true;
        }
        if let Some(slot) = right_used.get_mut(pair.right) {
            *slot = true;
        }
    }
    let mut best_left: Vec<Option<SentencePair>> = vec![None; left_len];
    let mut best_right: Vec<Option<SentencePair>> = vec![None; right_len];
    for pair in candidates.iter().filter(|p| p.score >= MIN_MOVED) {
        if !left_used[pair.left] && best_left[pair.left].is_none_or(|q| q.score < pair.score) {
            best_left[pair.left] = Some(*pair);
        }
        if !right_used[pair.right] && best_right[pair.right].is_none_or(|q| q.score < pair.score) {
            best_right[pair.right] = Some(*pair);
        }
    }
    let is_worded = |p: &SentencePair| {
        worded
            .binary_search_by_key(&(p.left, p.right), |q| (q.left, q.right))
            .is_ok()
    };
    let present = |p: &SentencePair| {
        let key = (p.left, p.right);
        monotone
            .binary_search_by_key(&key, |q| (q.left, q.right))
            .is_ok()
            || moved
                .binary_search_by_key(&key, |q| (q.left, q.right))
                .is_ok()
    };
    let both_matched: Vec<SentencePair> = candidates
        .iter()
        .filter(|p| {
            p.score >= MIN_MOVED
                && left_used[p.left]
                && right_used[p.right]
                && is_worded(p)
                && !present(p)
        })
        .copied()
        .collect();
    let mut added: Vec<SentencePair> = best_left
        .into_iter()
        .chain(best_right)
        .flatten()
        .chain(both_matched)
        .collect();
    added.sort_by_key(|p| (p.left, p.right));
    added.dedup_by_key(|p| (p.left, p.right));
    moved.extend(merge_in_order(monotone, added));
    moved.sort_by_key(|p| (p.left, p.right));
}

/// Adds, for two sentences (of `left` and `right`) that no pair of `monotone`
/// or `moved` holds, that are each other's best pair of `candidates` (over
/// all their candidates, matched counterparts included) scoring at least
/// [`MIN_ALIGNED`] and that share [`MUTUAL_SHARED_TERMS`] terms, that pair:
/// to `monotone` where it keeps that order non-decreasing on both sides, else
/// to `moved`. A passage one outlet moved is often reworded too, below
/// [`MIN_MOVED`]; that neither sentence has a better counterpart anywhere,
/// nor any match, and that they share many words is the evidence its order
/// would otherwise give. Both lists stay sorted by (left, right).
pub fn add_mutual_matches(
    left: &[SentenceVector],
    right: &[SentenceVector],
    candidates: &[SentencePair],
    monotone: &mut Vec<SentencePair>,
    moved: &mut Vec<SentencePair>,
) {
    let left_len = candidates.iter().map(|p| p.left + 1).max().unwrap_or(0);
    let right_len = candidates.iter().map(|p| p.right + 1).max().unwrap_or(0);
    let mut best_left: Vec<Option<SentencePair>> = vec![None; left_len];
    let mut best_right: Vec<Option<SentencePair>> = vec![None; right_len];
    for pair in candidates {
        if best_left[pair.left].is_none_or(|q| q.score < pair.score) {
            best_left[pair.left] = Some(*pair);
        }
        if best_right[pair.right].is_none_or(|q| q.score < pair.score) {
            best_right[pair.right] = Some(*pair);
        }
    }
    let mut left_used = vec![false; left_len];
    let mut right_used = vec![false; right_len];
    for pair in monotone.iter().chain(moved.iter()) {
        if let Some(slot) = left_used.get_mut(pair.left) {
            *slot = true;
        }
        if let Some(slot) = right_used.get_mut(pair.right) {
            *slot = true;
        }
    }
    let added: Vec<SentencePair> = best_left
        .iter()
        .flatten()
        .filter(|p| {
            p.score >= MIN_ALIGNED
                && !left_used[p.left]
                && !right_used[p.right]
                && best_right[p.right].is_some_and(|q| q.left == p.left)
                && shared_terms(&left[p.left], &right[p.right]) >= MUTUAL_SHARED_TERMS
        })
        .copied()
        .collect();
    if added.is_empty() {
        return;
    }
    moved.extend(merge_in_order(monotone, added));
    moved.sort_by_key(|p| (p.left, p.right));
}

#[cfg(test)]
mod tests {
    use super::super::test_pairs::{got, pair, sentence};
    use super::*;

    #[test]
    fn an_unmatched_sentence_takes_its_strong_counterpart_again() {
        // Left 1 and left 2 both say what right 1 says; left 3 is only weakly like right 2.
        let candidates = [
            pair(0, 0, 0.9),
            pair(1, 1, 0.8),
            pair(2, 1, 0.6),
            pair(3, 2, 0.3),
        ];
        let mut monotone = vec![pair(0, 0, 0.9), pair(1, 1, 0.8)];
        let mut moved = Vec::new();
        add_second_matches(&candidates, &candidates, &mut monotone, &mut moved);
        assert_eq!(got(&monotone), [(0, 0), (1, 1), (2, 1)]);
        assert!(moved.is_empty());
    }

    #[test]
    fn a_second_match_out_of_order_is_moved() {
        // Left 2 repeats what right 0 said first, after the chain has passed it.
        let candidates = [pair(0, 0, 0.9), pair(1, 1, 0.8), pair(2, 0, 0.5)];
        let mut monotone = vec![pair(0, 0, 0.9), pair(1, 1, 0.8)];
        let mut moved = Vec::new();
        add_second_matches(&candidates, &candidates, &mut monotone, &mut moved);
        assert_eq!(got(&monotone), [(0, 0), (1, 1)]);
        assert_eq!(got(&moved), [(2, 0)]);
    }

    #[test]
    fn two_matched_sentences_alike_in_wording_pair_too() {
        // Left 1 holds what right 1 says and what right 2 says; both have their own match.
        let candidates = [
            pair(0, 0, 0.9),
            pair(1, 1, 0.8),
            pair(1, 2, 0.5),
            pair(2, 2, 0.7),
        ];
        let mut monotone = vec![pair(0, 0, 0.9), pair(1, 1, 0.8), pair(2, 2, 0.7)];
        let mut moved = Vec::new();
        add_second_matches(&candidates, &candidates, &mut monotone, &mut moved);
        assert_eq!(got(&monotone), [(0, 0), (1, 1), (1, 2), (2, 2)]);
        assert!(moved.is_empty());
    }

    #[test]
    fn an_anchor_alone_does_not_pair_two_matched_sentences() {
        // (1, 2) is as strong as an anchor makes it, but wording never proposed it.
        let candidates = [
            pair(0, 0, 0.9),
            pair(1, 1, 0.8),
            pair(1, 2, 0.45),
            pair(2, 2, 0.7),
        ];
        let worded = [pair(0, 0, 0.9), pair(1, 1, 0.8), pair(2, 2, 0.7)];
        let mut monotone = vec![pair(0, 0, 0.9), pair(1, 1, 0.8), pair(2, 2, 0.7)];
        let mut moved = Vec::new();
        add_second_matches(&candidates, &worded, &mut monotone, &mut moved);
        assert_eq!(got(&monotone), [(0, 0), (1, 1), (2, 2)]);
        assert!(moved.is_empty());
    }

    #[test]
    fn a_weak_pair_of_matched_sentences_is_left_out() {
        let candidates = [pair(0, 0, 0.9), pair(0, 1, 0.3), pair(1, 1, 0.8)];
        let mut monotone = vec![pair(0, 0, 0.9), pair(1, 1, 0.8)];
        let mut moved = Vec::new();
        add_second_matches(&candidates, &candidates, &mut monotone, &mut moved);
        assert_eq!(got(&monotone), [(0, 0), (1, 1)]);
        assert!(moved.is_empty());
    }

    #[test]
    fn two_unmatched_sentences_best_for_each_other_and_sharing_many_words_pair() {
        // Left 2 and right 0 say one moved thing in five shared words; left 3
        // and right 3 share only two, left 1 and right 2 are not each other's best.
        let left = [
            sentence(&[1, 2]),
            sentence(&[20, 21, 22, 23]),
            sentence(&[10, 11, 12, 13, 14, 15]),
            sentence(&[30, 31, 32]),
        ];
        let right = [
            sentence(&[10, 11, 12, 13, 14, 16]),
            sentence(&[1, 2]),
            sentence(&[20, 21, 22, 24, 25]),
            sentence(&[30, 31, 33]),
        ];
        let candidates = [
            pair(0, 1, 0.9),
            pair(1, 1, 0.3),
            pair(1, 2, 0.3),
            pair(2, 0, 0.35),
            pair(3, 3, 0.35),
        ];
        let mut monotone = vec![pair(0, 1, 0.9)];
        let mut moved = Vec::new();
        add_mutual_matches(&left, &right, &candidates, &mut monotone, &mut moved);
        assert_eq!(got(&monotone), [(0, 1)]);
        assert_eq!(got(&moved), [(2, 0)]);
    }
}
