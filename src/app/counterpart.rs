//! Which sentence of the other pane matches a sentence of this one, from the
//! sentence alignment of the pair on screen.

use crate::analysis::align::Alignment;

use super::pane::Side;

/// Sentence-to-sentence lookups in both directions for the pair on screen.
#[derive(Debug, Clone, Default)]
pub struct Counterparts {
    /// For each left sentence, the matching right sentence.
    left_to_right: Vec<Option<usize>>,
    /// For each right sentence, the matching left sentence.
    right_to_left: Vec<Option<usize>>,
}

impl Counterparts {
    /// Builds the lookups; in-order matches win over moved ones.
    pub fn new(alignment: &Alignment, left_len: usize, right_len: usize) -> Self {
        let mut lookups = Self {
            left_to_right: vec![None; left_len],
            right_to_left: vec![None; right_len],
        };
        for pair in alignment.monotone.iter().chain(&alignment.moved) {
            if pair.left < left_len && pair.right < right_len {
                lookups.left_to_right[pair.left].get_or_insert(pair.right);
                lookups.right_to_left[pair.right].get_or_insert(pair.left);
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
}
