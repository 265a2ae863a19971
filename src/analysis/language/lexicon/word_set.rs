//! The set type behind every word list: built on first use, and answering the
//! common miss cheaply, since attribution and comparison test every word of an
//! article against several lists.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A fixed list of words, turned into a hash set on first use.
pub(super) struct WordSet {
    /// The words, lower-cased and sorted.
    pub(super) words: &'static [&'static str],
    /// The set, with what rejects most other words before hashing.
    table: OnceLock<Table>,
    /// First words of the entries that are two-word phrases.
    heads: OnceLock<Table>,
}

/// The words of a set hashed, with the lengths and first bytes they have: most
/// words tested are not in a list, and a word whose length or first byte no
/// entry has is rejected without hashing it.
struct Table {
    /// The words.
    set: HashSet<&'static str, BuildHasherDefault<WordHasher>>,
    /// Bit `n` set when an entry is `n` bytes long (bit 63: 63 bytes or more).
    lengths: u64,
    /// Bit `b` set when an entry starts with byte `b`.
    firsts: [u64; 4],
}

impl Table {
    /// The table of `words`.
    fn new(words: impl Iterator<Item = &'static str>) -> Self {
        let mut table = Self {
            set: HashSet::default(),
            lengths: 0,
            firsts: [0; 4],
        };
        for word in words {
            table.lengths |= length_bit(word);
            if let Some(&b) = word.as_bytes().first() {
                table.firsts[usize::from(b >> 6)] |= 1 << (b & 63);
            }
            table.set.insert(word);
        }
        table
    }

    /// True when `word` is in the table.
    fn contains(&self, word: &str) -> bool {
        if self.lengths & length_bit(word) == 0 {
            return false;
        }
        let first_known = word
            .as_bytes()
            .first()
            .is_none_or(|&b| self.firsts[usize::from(b >> 6)] & (1 << (b & 63)) != 0);
        first_known && self.set.contains(word)
    }
}

/// The bit of [`Table::lengths`] for `word`.
fn length_bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

impl WordSet {
    /// A set of `words`.
    pub(super) const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            table: OnceLock::new(),
            heads: OnceLock::new(),
        }
    }

    /// True when `word` is in the set.
    pub(super) fn contains(&self, word: &str) -> bool {
        self.table
            .get_or_init(|| Table::new(self.words.iter().copied()))
            .contains(word)
    }

    /// True when the two-word phrase `first second` is in the set; checks the
    /// first word alone before building the phrase.
    pub(super) fn contains_pair(&self, first: &str, second: &str) -> bool {
        let heads = self.heads.get_or_init(|| {
            Table::new(
                self.words
                    .iter()
                    .filter_map(|w| w.split_once(' ').map(|(head, _)| head)),
            )
        });
        heads.contains(first) && self.contains(&format!("{first} {second}"))
    }
}

/// A hasher for short words that reads eight bytes at a step (the multiply and
/// rotate of rustc's FxHash), several times cheaper than a byte-at-a-time hash
/// on the words of a list. Only membership is asked of these sets, so their
/// order never shows.
#[derive(Default)]
struct WordHasher(u64);

impl WordHasher {
    /// Mixes one word-sized chunk into the hash.
    fn add(&mut self, chunk: u64) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ chunk).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut eight = [0; 8];
            eight.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(eight));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut eight = [0; 8];
            eight[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(eight));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SET: WordSet = WordSet::new(&["a", "according to", "said", "says", "told"]);

    #[test]
    fn members_and_misses() {
        assert!(SET.contains("said") && SET.contains("a") && SET.contains("told"));
        for miss in ["", "say", "saidx", "b", "according", "zzzzzzzzzzzzzzzzzz"] {
            assert!(!SET.contains(miss), "{miss}");
        }
        assert!(SET.contains_pair("according", "to"));
        assert!(!SET.contains_pair("according", "as"));
    }
}
