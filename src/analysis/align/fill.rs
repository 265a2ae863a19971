//! What the in-order chain of strong matches leaves: weaker pairs lying between
//! two in-order matches, and sentences an outlet split in two.

use super::SentencePair;
use super::chain::heaviest_chain;
use super::merge::merge_in_order;
use super::vectors::{SentenceVector, piece, similarity};

/// Lowest similarity for a pair that lies between two in-order matches: the
/// matches around it are evidence enough for a weaker likeness.
pub const MIN_FILLED: f32 = 0.22;

/// Share of a sentence's term weight that another sentence must hold for the
/// first to count as a piece of it (one outlet saying in two sentences what
/// another says in one).
pub const MIN_PIECE: f32 = 0.5;

/// The in-order `backbone` (strictly increasing) with the heaviest chain of the
/// `candidates` that lie strictly between two of its matches added, sorted.
pub fn fill_gaps(candidates: &[SentencePair], backbone: Vec<SentencePair>) -> Vec<SentencePair> {
    let inside: Vec<SentencePair> = candidates
        .iter()
        .filter(|p| p.score >= MIN_FILLED && between_matches(&backbone, p))
        .copied()
        .collect();
    let mut filled = backbone;
    filled.extend(heaviest_chain(&inside));
    filled.sort_by_key(|p| (p.left, p.right));
    filled
}

/// True when `pair` lies strictly inside the gap between two consecutive matches
/// of `backbone` on both sides.
fn between_matches(backbone: &[SentencePair], pair: &SentencePair) -> bool {
    let after = backbone.partition_point(|q| q.left < pair.left);
    let (Some(before), Some(next)) = (
        after.checked_sub(1).map(|k| backbone[k]),
        backbone.get(after),
    ) else {
        return false;
    };
    next.left > pair.left && before.right < pair.right && pair.right < next.right
}

/// Adds to the in-order matches `monotone` (non-decreasing on both sides) each
/// sentence left unmatched (in `monotone` and `moved`) that is a piece of a
/// sentence between the ones its nearest in-order neighbours match, on either
/// side; an `anchored` pair (sorted by (left, right)) counts as a piece. Keeps
/// the order non-decreasing: a piece crossing another is left out.
pub fn add_pieces(
    left: &[SentenceVector],
    right: &[SentenceVector],
    monotone: &mut Vec<SentencePair>,
    moved: &[SentencePair],
    anchored: &[SentencePair],
) {
    let flip = |p: &SentencePair| SentencePair {
        left: p.right,
        right: p.left,
        score: p.score,
    };
    let mut pieces = pieces_of(left, right, monotone, moved, anchored);
    pieces.sort_by_key(|p| (p.left, p.right));
    merge_in_order(monotone, pieces);
    let flipped: Vec<SentencePair> = monotone.iter().map(flip).collect();
    let flipped_moved: Vec<SentencePair> = moved.iter().map(flip).collect();
    let mut flipped_anchored: Vec<SentencePair> = anchored.iter().map(flip).collect();
    flipped_anchored.sort_by_key(|p| (p.left, p.right));
    let mut pieces: Vec<SentencePair> =
        pieces_of(right, left, &flipped, &flipped_moved, &flipped_anchored)
            .iter()
            .map(flip)
            .collect();
    pieces.sort_by_key(|p| (p.left, p.right));
    merge_in_order(monotone, pieces);
}

/// Widest gap (in right-hand sentences) searched for the whole a piece belongs
/// to; past it only the neighbours' own matches are tried, which keeps the cost
/// linear for articles with long unmatched stretches.
const MAX_PIECE_GAP: usize = 40;

/// Pairs for the unmatched sentences of `left` that are pieces of a right
/// sentence lying between the matches just before and just after them in
/// `monotone` (those matches' own sentences included), so one outlet's list
/// items or short sentences find the long sentence another outlet wrote them in.
fn pieces_of(
    left: &[SentenceVector],
    right: &[SentenceVector],
    monotone: &[SentencePair],
    moved: &[SentencePair],
    anchored: &[SentencePair],
) -> Vec<SentencePair> {
    let is_anchored = |i: usize, j: usize| {
        anchored
            .binary_search_by_key(&(i, j), |p| (p.left, p.right))
            .is_ok()
    };
    let mut matched = vec![false; left.len()];
    for pair in monotone.iter().chain(moved) {
        if let Some(slot) = matched.get_mut(pair.left) {
            *slot = true;
        }
    }
    let mut pieces = Vec::new();
    for (i, vector) in left.iter().enumerate() {
        if matched[i] || !vector.alignable || vector.headline {
            continue;
        }
        let after = monotone.partition_point(|q| q.left < i);
        let before = after.checked_sub(1).map(|k| monotone[k].right);
        let next = monotone.get(after).map(|q| q.right);
        let gap: Vec<usize> = match (before, next) {
            (Some(first), Some(last)) if last - first <= MAX_PIECE_GAP => (first..=last).collect(),
            _ => before.into_iter().chain(next).collect(),
        };
        let best = gap
            .into_iter()
            .filter_map(|j| right.get(j).map(|r| (j, r)))
            .filter(|(_, r)| r.alignable && !r.headline)
            .map(|(j, r)| {
                let share = piece(vector, r);
                (
                    j,
                    if is_anchored(i, j) {
                        share.max(MIN_PIECE)
                    } else {
                        share
                    },
                )
            })
            .filter(|&(_, share)| share >= MIN_PIECE)
            .max_by(|x, y| x.1.total_cmp(&y.1));
        if let Some((j, _)) = best {
            pieces.push(SentencePair {
                left: i,
                right: j,
                score: similarity(vector, &right[j]),
            });
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::super::test_pairs::{got, pair, sentence};
    use super::*;

    #[test]
    fn weak_pairs_between_two_matches_fill_the_gap() {
        let backbone = vec![pair(0, 0, 0.9), pair(3, 3, 0.8)];
        let candidates = [
            pair(0, 0, 0.9),
            pair(1, 2, 0.25),
            pair(2, 1, 0.23),
            pair(3, 3, 0.8),
            pair(4, 5, 0.25),
        ];
        let filled = fill_gaps(&candidates, backbone);
        // One of the crossing pair, and nothing after the last match.
        assert_eq!(got(&filled), [(0, 0), (1, 2), (3, 3)]);
    }

    #[test]
    fn a_sentence_split_in_two_matches_both_halves() {
        // Left 1 holds what right 1 and right 2 say; right 3 says something else.
        let left = [
            sentence(&[1, 2]),
            sentence(&[3, 4, 5, 6]),
            sentence(&[9, 10]),
        ];
        let right = [
            sentence(&[1, 2]),
            sentence(&[3, 4, 7]),
            sentence(&[5, 6, 8]),
            sentence(&[9, 10]),
        ];
        let mut monotone = vec![pair(0, 0, 1.0), pair(1, 1, 0.5), pair(2, 3, 1.0)];
        add_pieces(&left, &right, &mut monotone, &[], &[]);
        assert_eq!(got(&monotone), [(0, 0), (1, 1), (1, 2), (2, 3)]);
    }

    #[test]
    fn an_unrelated_sentence_is_no_piece() {
        let left = [sentence(&[1, 2]), sentence(&[3, 4, 5, 6])];
        let right = [
            sentence(&[1, 2]),
            sentence(&[3, 4, 7]),
            sentence(&[8, 9, 6]),
        ];
        let mut monotone = vec![pair(0, 0, 1.0), pair(1, 1, 0.5)];
        add_pieces(&left, &right, &mut monotone, &[], &[]);
        assert_eq!(got(&monotone), [(0, 0), (1, 1)]);
    }
}
