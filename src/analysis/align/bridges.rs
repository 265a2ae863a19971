//! Bridges: sentence pairs that a third outlet ties together. When sentence `i`
//! of the left article matches sentence `j` of a third article, and `j` matches
//! sentence `k` of the right article, then `i` and `k` most likely say the same
//! thing, even when the left and right outlets worded it too differently to
//! match directly ("arrested two men" / "were hauled in by cops" meet through
//! "The two had been arrested"). Many outlets cover one story, so the fact each
//! pair words apart is usually worded alike by someone else.

use super::{Alignment, SentencePair};
use crate::analysis::claims::ClaimGroup;

/// Similarity a bridged pair counts as at least: enough to be matched out of
/// order, as a strong direct match would be, but below a close rewording, so a
/// sentence whose own wording matches better keeps that match.
pub const BRIDGE_SCORE: f32 = super::MIN_MOVED;

/// Most third articles read for bridges, so aligning one pair stays cheap
/// however large the corpus is.
pub const MAX_BRIDGES: usize = 8;

/// The third articles to bridge `left` and `right` through, at most
/// [`MAX_BRIDGES`] of the `articles`: those sharing the most claim groups with
/// both (the fewer of the two counts), ties broken by corpus order.
pub fn bridging_articles(
    claim_groups: &[ClaimGroup],
    articles: usize,
    left: usize,
    right: usize,
) -> Vec<usize> {
    let mut with_left = vec![0usize; articles];
    let mut with_right = vec![0usize; articles];
    let mut seen = vec![usize::MAX; articles];
    for group in claim_groups {
        let has = |a: usize| group.members.iter().any(|m| m.article == a);
        let (has_left, has_right) = (has(left), has(right));
        if !has_left && !has_right {
            continue;
        }
        for member in &group.members {
            let a = member.article;
            if a >= articles || seen[a] == group.id {
                continue;
            }
            seen[a] = group.id;
            with_left[a] += usize::from(has_left);
            with_right[a] += usize::from(has_right);
        }
    }
    let mut thirds: Vec<usize> = (0..articles).filter(|&t| t != left && t != right).collect();
    thirds.sort_by_key(|&t| std::cmp::Reverse(with_left[t].min(with_right[t])));
    thirds.truncate(MAX_BRIDGES);
    thirds
}

/// The pairs (left sentence, right sentence) that one third article bridges:
/// `left_third` aligns left with the third article, `third_right` the third
/// with right; every sentence of the third matched on both sides joins its
/// matches. In-order and moved matches both count. Sorted, each pair once,
/// scored [`BRIDGE_SCORE`].
pub fn bridged_pairs(left_third: &Alignment, third_right: &Alignment) -> Vec<SentencePair> {
    let mut onward: Vec<&SentencePair> = third_right
        .monotone
        .iter()
        .chain(&third_right.moved)
        .collect();
    onward.sort_by_key(|p| p.left);
    let mut pairs: Vec<SentencePair> = left_third
        .monotone
        .iter()
        .chain(&left_third.moved)
        .flat_map(|first| {
            let from = onward.partition_point(|p| p.left < first.right);
            onward[from..]
                .iter()
                .take_while(move |p| p.left == first.right)
                .map(move |second| SentencePair {
                    left: first.left,
                    right: second.right,
                    score: BRIDGE_SCORE,
                })
        })
        .collect();
    pairs.sort_by_key(|p| (p.left, p.right));
    pairs.dedup_by_key(|p| (p.left, p.right));
    pairs
}

/// `anchors` (sorted by (left, right)) with the `bridges` they lack added,
/// still sorted: an anchor already there keeps its own score.
pub fn add_bridges(anchors: &mut Vec<SentencePair>, bridges: &[SentencePair]) {
    for bridge in bridges {
        if let Err(k) =
            anchors.binary_search_by_key(&(bridge.left, bridge.right), |p| (p.left, p.right))
        {
            anchors.insert(k, *bridge);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::claims::{ClaimRef, ClaimStatus};

    fn pair(left: usize, right: usize) -> SentencePair {
        SentencePair {
            left,
            right,
            score: 0.9,
        }
    }

    fn group(id: usize, articles: &[usize]) -> ClaimGroup {
        ClaimGroup {
            id,
            status: ClaimStatus::Shared,
            members: articles
                .iter()
                .map(|&article| ClaimRef { article, claim: 0 })
                .collect(),
            differences: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    #[test]
    fn a_sentence_matched_on_both_sides_joins_its_matches() {
        let left_third = Alignment {
            monotone: vec![pair(0, 0), pair(2, 1)],
            moved: vec![pair(5, 4)],
        };
        let third_right = Alignment {
            monotone: vec![pair(1, 3), pair(1, 4)],
            moved: vec![pair(4, 0)],
        };
        let bridged: Vec<(usize, usize)> = bridged_pairs(&left_third, &third_right)
            .iter()
            .map(|p| (p.left, p.right))
            .collect();
        // Third sentence 0 has no onward match; 1 bridges to two; 4 (moved) to one.
        assert_eq!(bridged, vec![(2, 3), (2, 4), (5, 0)]);
        assert!(
            bridged_pairs(&left_third, &third_right)
                .iter()
                .all(|p| p.score == BRIDGE_SCORE)
        );
    }

    #[test]
    fn an_anchor_keeps_its_score_and_bridges_fill_the_rest_in_order() {
        let mut anchors = vec![pair(1, 1), pair(4, 4)];
        let bridges = [
            SentencePair {
                left: 1,
                right: 1,
                score: BRIDGE_SCORE,
            },
            SentencePair {
                left: 2,
                right: 3,
                score: BRIDGE_SCORE,
            },
        ];
        add_bridges(&mut anchors, &bridges);
        let got: Vec<(usize, usize, f32)> =
            anchors.iter().map(|p| (p.left, p.right, p.score)).collect();
        assert_eq!(got, vec![(1, 1, 0.9), (2, 3, BRIDGE_SCORE), (4, 4, 0.9)]);
    }

    #[test]
    fn thirds_sharing_most_with_both_sides_come_first_and_are_capped() {
        // Article 3 shares two groups with both 0 and 1; article 2 shares
        // many with 0 but none with 1.
        let groups = vec![
            group(0, &[0, 1, 3]),
            group(1, &[0, 1, 3]),
            group(2, &[0, 2]),
            group(3, &[0, 2]),
            group(4, &[0, 2]),
        ];
        let thirds = bridging_articles(&groups, 4, 0, 1);
        assert_eq!(thirds, vec![3, 2]);
        let many = bridging_articles(&groups, MAX_BRIDGES + 5, 0, 1);
        assert_eq!(many.len(), MAX_BRIDGES);
        assert_eq!(many[0], 3);
    }
}
