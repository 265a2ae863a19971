//! Which sentence of the other pane matches a sentence of this one, from the
//! sentence alignment of the pair on screen, and which matches are passages one
//! outlet moved.

use crate::analysis::align::Alignment;

use super::pane::Side;

/// A matched pair of sentences as (this pane's, the other pane's).
pub type Anchor = (usize, usize);

/// Sentence-to-sentence lookups in both directions for the pair on screen.
#[derive(Debug, Clone, Default)]
pub struct Counterparts {
    /// For each left sentence, the matching right sentence.
    left_to_right: Vec<Option<usize>>,
    /// For each right sentence, the matching left sentence.
    right_to_left: Vec<Option<usize>>,
    /// The in-order matches as (left, right), increasing on both sides.
    anchors: Vec<(usize, usize)>,
    /// For each left sentence, whether its match is a moved passage.
    moved_left: Vec<bool>,
    /// For each right sentence, whether its match is a moved passage.
    moved_right: Vec<bool>,
}

impl Counterparts {
    /// Builds the lookups; in-order matches win over moved ones.
    pub fn new(alignment: &Alignment, left_len: usize, right_len: usize) -> Self {
        let mut lookups = Self {
            left_to_right: vec![None; left_len],
            right_to_left: vec![None; right_len],
            anchors: Vec::new(),
            moved_left: vec![false; left_len],
            moved_right: vec![false; right_len],
        };
        for pair in &alignment.monotone {
            if pair.left < left_len && pair.right < right_len {
                lookups.left_to_right[pair.left].get_or_insert(pair.right);
                lookups.right_to_left[pair.right].get_or_insert(pair.left);
                lookups.anchors.push((pair.left, pair.right));
            }
        }
        for pair in &alignment.moved {
            if pair.left < left_len
                && pair.right < right_len
                && lookups.left_to_right[pair.left].is_none()
                && lookups.right_to_left[pair.right].is_none()
            {
                lookups.left_to_right[pair.left] = Some(pair.right);
                lookups.right_to_left[pair.right] = Some(pair.left);
                lookups.moved_left[pair.left] = true;
                lookups.moved_right[pair.right] = true;
            }
        }
        lookups
    }

    /// The sentence of the other pane matching `sentence` of pane `side`.
    pub fn of(&self, side: Side, sentence: usize) -> Option<usize> {
        let table = match side {
            Side::Left => &self.left_to_right,
            Side::Right => &self.right_to_left,
        };
        table.get(sentence).copied().flatten()
    }

    /// True when `sentence` of pane `side` matches a passage the other outlet
    /// placed elsewhere (out of reading order).
    pub fn is_moved(&self, side: Side, sentence: usize) -> bool {
        let table = match side {
            Side::Left => &self.moved_left,
            Side::Right => &self.moved_right,
        };
        table.get(sentence).copied().unwrap_or(false)
    }

    /// The in-order matches around `sentence` of pane `side`: the last one at or
    /// before it and the first one after it, each as (this side, other side).
    pub fn anchors_around(&self, side: Side, sentence: usize) -> (Option<Anchor>, Option<Anchor>) {
        let oriented = |&(left, right): &(usize, usize)| match side {
            Side::Left => (left, right),
            Side::Right => (right, left),
        };
        let after = self
            .anchors
            .partition_point(|pair| oriented(pair).0 <= sentence);
        let before = after.checked_sub(1).map(|i| oriented(&self.anchors[i]));
        (before, self.anchors.get(after).map(oriented))
    }
}
