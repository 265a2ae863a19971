//! The reference rendering of a quote group, and the diffs of its members.
//!
//! The reference is the rendering the outlets agree with most: the one whose
//! wording is closest to all the other renderings together, closeness being
//! the words two renderings share in order against their combined length (the
//! Dice coefficient of their longest common subsequence). An outlet's odd
//! translation, or a rendering padded with words nobody else printed, loses to
//! the wording most outlets carry, however long it is. Every member is then
//! diffed against it; where one article renders the remark in several pieces (a
//! quotation split by the writer's own sentence), a piece is not shown dropping
//! the words its neighbouring piece prints.

use crate::analysis::language::hash::FnvHashMap;

use super::WordDiff;
use super::diff::common_words;

/// Most distinct renderings of one group weighed as its reference (the longest
/// ones); every rendering still counts as an outlet agreeing or not.
const MAX_REFERENCE_CANDIDATES: usize = 24;

/// Scale of closeness: two identical renderings are this close.
const SCALE: u64 = 1_000_000;

/// Index into `renderings` (each a wording, as word ids) of the reference: the
/// greatest closeness to the other renderings, summed; then the most words; then
/// the earliest.
pub fn reference(renderings: &[&[u32]]) -> usize {
    if renderings.len() < 2 {
        // A lone rendering is its own reference, and most groups have one.
        return 0;
    }
    let mut distinct: Vec<(&[u32], usize, usize)> = Vec::new();
    let mut index: FnvHashMap<&[u32], usize> = FnvHashMap::default();
    for (i, &words) in renderings.iter().enumerate() {
        match index.get(words) {
            Some(&d) => distinct[d].2 += 1,
            None => {
                index.insert(words, distinct.len());
                distinct.push((words, i, 1));
            }
        }
    }
    let mut candidates: Vec<usize> = (0..distinct.len()).collect();
    candidates.sort_by_key(|&d| (std::cmp::Reverse(distinct[d].0.len()), distinct[d].1));
    candidates.truncate(MAX_REFERENCE_CANDIDATES);
    candidates
        .into_iter()
        .map(|c| {
            let (words, first, copies) = distinct[c];
            let agreement: u64 = distinct
                .iter()
                .enumerate()
                .map(|(d, &(other, _, count))| {
                    let copies_elsewhere = if d == c { copies - 1 } else { count };
                    copies_elsewhere as u64 * closeness(words, other)
                })
                .sum::<u64>();
            (agreement, words.len(), std::cmp::Reverse(first))
        })
        .max()
        .map_or(0, |(_, _, std::cmp::Reverse(first))| first)
}

/// How close two wordings are, from 0 to [`SCALE`]: twice the words they share in
/// order over the words they have together.
fn closeness(a: &[u32], b: &[u32]) -> u64 {
    let total = (a.len() + b.len()) as u64;
    if total == 0 {
        return SCALE;
    }
    2 * common_words(a, b) as u64 * SCALE / total
}

/// Drops the removals at the start of `diff` when the same article printed an
/// earlier piece of the remark (`after_piece`), and those at the end when it
/// prints a later one (`before_piece`): those words are in the other piece.
pub fn trim_piece_edges(diff: &mut Vec<WordDiff>, after_piece: bool, before_piece: bool) {
    if before_piece && matches!(diff.last(), Some(WordDiff::Removed(_))) && diff.len() > 1 {
        diff.pop();
    }
    if after_piece && matches!(diff.first(), Some(WordDiff::Removed(_))) && diff.len() > 1 {
        diff.remove(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wording_most_renderings_share_wins_over_the_longest() {
        let padded: &[u32] = &[1, 2, 3, 4, 5, 6, 7];
        let wire: &[u32] = &[1, 2, 3, 4, 5, 6];
        let copy: &[u32] = &[1, 2, 3, 4, 5, 6];
        let translation: &[u32] = &[1, 9, 8, 7, 3, 10, 11, 12];
        assert_eq!(reference(&[translation, wire, copy]), 1);
        assert_eq!(reference(&[padded, wire, copy]), 1);
        let partial: &[u32] = &[3, 4];
        assert_eq!(reference(&[partial, wire]), 1, "ties go to the fuller one");
        assert_eq!(reference(&[]), 0);
    }

    #[test]
    fn pieces_keep_their_own_words() {
        let mut diff = vec![
            WordDiff::Removed("We are".into()),
            WordDiff::Same("not a protest party".into()),
            WordDiff::Removed("We are a governing party".into()),
        ];
        trim_piece_edges(&mut diff, true, true);
        assert_eq!(diff, [WordDiff::Same("not a protest party".into())]);
        let mut alone = vec![WordDiff::Removed("gone".into())];
        trim_piece_edges(&mut alone, true, true);
        assert_eq!(alone.len(), 1, "a piece with nothing shared keeps its diff");
    }
}
