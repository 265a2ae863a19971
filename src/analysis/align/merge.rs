//! Adding pairs to the in-order matches without breaking their order: the
//! alignment steps that add pairs after the chain (pieces of a split sentence,
//! second matches) each find their pairs against the chain alone, and two
//! such pairs can cross each other.

use super::SentencePair;

/// Merges `added` into `monotone` (both sorted by (left, right); `monotone`
/// non-decreasing on both sides), keeping `monotone` non-decreasing and free of
/// repeats: each added pair is checked against the pairs before it, added ones
/// included, and the first original one after it. One pass over both lists
/// (inserting one by one would be quadratic in a long article's sentences).
/// Returns the pairs that would have broken the order, in order.
pub fn merge_in_order(
    monotone: &mut Vec<SentencePair>,
    added: Vec<SentencePair>,
) -> Vec<SentencePair> {
    let mut original = std::mem::take(monotone).into_iter().peekable();
    let mut merged = Vec::with_capacity(original.len() + added.len());
    let mut rejected = Vec::new();
    for pair in added {
        while let Some(next) = original.next_if(|q| (q.left, q.right) < (pair.left, pair.right)) {
            merged.push(next);
        }
        let after_previous = merged.last().is_none_or(|q: &SentencePair| {
            q.right <= pair.right && (q.left, q.right) != (pair.left, pair.right)
        });
        let before_next = original
            .peek()
            .is_none_or(|q| q.right >= pair.right && (q.left, q.right) != (pair.left, pair.right));
        if after_previous && before_next {
            merged.push(pair);
        } else {
            rejected.push(pair);
        }
    }
    merged.extend(original);
    *monotone = merged;
    rejected
}

#[cfg(test)]
mod tests {
    use super::super::test_pairs::{got, pair};
    use super::*;

    #[test]
    fn pairs_that_cross_an_earlier_one_or_the_next_are_refused() {
        let mut monotone = vec![pair(0, 3, 0.5), pair(10, 5, 1.0)];
        // (4, 5) fits; (5, 3) then crosses it, (8, 3) too; (11, 6) fits after.
        let added = vec![
            pair(4, 5, 0.0),
            pair(5, 3, 0.0),
            pair(8, 3, 0.0),
            pair(11, 6, 0.0),
        ];
        let rejected = merge_in_order(&mut monotone, added);
        assert_eq!(got(&monotone), [(0, 3), (4, 5), (10, 5), (11, 6)]);
        assert_eq!(got(&rejected), [(5, 3), (8, 3)]);
    }

    #[test]
    fn a_pair_already_there_is_not_added_twice() {
        let mut monotone = vec![pair(1, 1, 0.5), pair(2, 2, 0.5)];
        let rejected = merge_in_order(&mut monotone, vec![pair(2, 2, 0.9)]);
        assert_eq!(got(&monotone), [(1, 1), (2, 2)]);
        assert_eq!(got(&rejected), [(2, 2)]);
    }
}
