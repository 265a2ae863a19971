//! Second matches: a sentence the one-to-one alignment left alone whose best
//! counterpart is a strong match, though that counterpart already has one.
//! Outlets repeat a fact (in the lead and again lower down), split one sentence
//! into two that are each close to it, or sum up two sentences in one; the
//! one-to-one chain can give the shared sentence only one of them.

use super::merge::merge_in_order;
use super::{MIN_MOVED, SentencePair};

/// Adds, for every sentence of either side that no pair of `monotone` or
/// `moved` holds, its best pair of `candidates` scoring at least
/// [`MIN_MOVED`]: to `monotone` where it keeps that order non-decreasing on
/// both sides, else to `moved`. Both stay sorted by (left, right).
pub fn add_second_matches(
    candidates: &[SentencePair],
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
    let mut added: Vec<SentencePair> = best_left.into_iter().chain(best_right).flatten().collect();
    added.sort_by_key(|p| (p.left, p.right));
    added.dedup_by_key(|p| (p.left, p.right));
    moved.extend(merge_in_order(monotone, added));
    moved.sort_by_key(|p| (p.left, p.right));
}

#[cfg(test)]
mod tests {
    use super::super::test_pairs::{got, pair};
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
        add_second_matches(&candidates, &mut monotone, &mut moved);
        assert_eq!(got(&monotone), [(0, 0), (1, 1), (2, 1)]);
        assert!(moved.is_empty());
    }

    #[test]
    fn a_second_match_out_of_order_is_moved() {
        // Left 2 repeats what right 0 said first, after the chain has passed it.
        let candidates = [pair(0, 0, 0.9), pair(1, 1, 0.8), pair(2, 0, 0.5)];
        let mut monotone = vec![pair(0, 0, 0.9), pair(1, 1, 0.8)];
        let mut moved = Vec::new();
        add_second_matches(&candidates, &mut monotone, &mut moved);
        assert_eq!(got(&monotone), [(0, 0), (1, 1)]);
        assert_eq!(got(&moved), [(2, 0)]);
    }

    #[test]
    fn matched_sentences_take_no_second_match() {
        let candidates = [pair(0, 0, 0.9), pair(0, 1, 0.7), pair(1, 1, 0.8)];
        let mut monotone = vec![pair(0, 0, 0.9), pair(1, 1, 0.8)];
        let mut moved = Vec::new();
        add_second_matches(&candidates, &mut monotone, &mut moved);
        assert_eq!(got(&monotone), [(0, 0), (1, 1)]);
        assert!(moved.is_empty());
    }
}
