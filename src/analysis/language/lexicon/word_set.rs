//! The set type behind every word list: built on first use, and answering the
//! common miss cheaply, since attribution and comparison test every word of an
//! article against several lists.

use std::sync::OnceLock;

/// A fixed list of words, turned into a hash table on first use.
pub(super) struct WordSet {
    /// The words, lower-cased and sorted.
    pub(super) words: &'static [&'static str],
    /// The table of the words.
    table: OnceLock<Table>,
    /// The table of the first words of the entries that are two-word phrases.
    heads: OnceLock<Table>,
}

/// An open-addressed hash table of words. Most words tested are not in a list:
/// a word whose length or first byte no entry has is rejected at once, and the
/// hash reads only a word's length and three of its bytes, so a test costs a
/// few instructions and one comparison whatever the word's length.
struct Table {
    /// Slots of a power-of-two count, at most half full, each empty or an entry.
    slots: Vec<Option<&'static str>>,
    /// Bit `n` set when an entry is `n` bytes long (bit 63: 63 bytes or more).
    lengths: u64,
    /// Bit `b` set when an entry starts with byte `b`.
    firsts: [u64; 4],
}

impl Table {
    /// The table of `words`.
    fn new(words: impl Iterator<Item = &'static str> + Clone) -> Self {
        let size = (words.clone().count() * 2).next_power_of_two().max(2);
        let mut table = Self {
            slots: vec![None; size],
            lengths: 0,
            firsts: [0; 4],
        };
        for word in words {
            table.lengths |= length_bit(word);
            if let Some(&b) = word.as_bytes().first() {
                table.firsts[usize::from(b >> 6)] |= 1 << (b & 63);
            }
            let mut slot = table.home(word);
            loop {
                match table.slots[slot] {
                    None => {
                        table.slots[slot] = Some(word);
                        break;
                    }
                    Some(entry) if entry == word => break,
                    Some(_) => slot = (slot + 1) & (size - 1),
                }
            }
        }
        table
    }

    /// True when `word` is in the table.
    #[inline]
    fn contains(&self, word: &str) -> bool {
        self.slot_of(word).is_some()
    }

    /// The slot that holds `word`, if the table has it.
    #[inline]
    fn slot_of(&self, word: &str) -> Option<usize> {
        if self.lengths & length_bit(word) == 0 {
            return None;
        }
        if let Some(&b) = word.as_bytes().first()
            && self.firsts[usize::from(b >> 6)] & (1 << (b & 63)) == 0
        {
            return None;
        }
        let mut slot = self.home(word);
        while let Some(entry) = self.slots[slot] {
            if same(entry, word) {
                return Some(slot);
            }
            slot = (slot + 1) & (self.slots.len() - 1);
        }
        None
    }

    /// The slot where the search for `word` starts: a multiplicative hash of its
    /// length, first, second and last bytes.
    fn home(&self, word: &str) -> usize {
        const MIX: u64 = 0x9e37_79b9_7f4a_7c15;
        let bytes = word.as_bytes();
        let byte = |i: usize| u64::from(bytes.get(i).copied().unwrap_or(0));
        let key = (word.len() as u64)
            | byte(0) << 16
            | byte(1) << 24
            | byte(word.len().saturating_sub(1)) << 32;
        let bits = self.slots.len().trailing_zeros();
        // The top bits of the product mix every bit of the key.
        (key.wrapping_mul(MIX) >> (63 - bits) >> 1) as usize
    }
}

/// True when `a` and `b` hold the same bytes: list words are short, and a loop
/// over them is cheaper than a call to `memcmp`.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
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

/// A fixed list of pairs looked up by their first word, in a [`Table`] built
/// on first use: a lookup costs what a [`WordSet`] test costs, where a binary
/// search of the list compares strings at every step.
pub(super) struct WordMap {
    /// The pairs, first words distinct.
    pairs: &'static [(&'static str, &'static str)],
    /// The table of the first words, and for each of its slots the index of
    /// the pair whose first word it holds.
    table: OnceLock<(Table, Vec<usize>)>,
}

impl WordMap {
    /// A map of `pairs`.
    pub(super) const fn new(pairs: &'static [(&'static str, &'static str)]) -> Self {
        Self {
            pairs,
            table: OnceLock::new(),
        }
    }

    /// The second word of the pair whose first word is `word`.
    pub(super) fn get(&self, word: &str) -> Option<&'static str> {
        let (table, pair_at) = self.table.get_or_init(|| {
            let table = Table::new(self.pairs.iter().map(|(key, _)| *key));
            let mut pair_at = vec![0; table.slots.len()];
            for (i, (key, _)) in self.pairs.iter().enumerate() {
                if let Some(slot) = table.slot_of(key) {
                    pair_at[slot] = i;
                }
            }
            (table, pair_at)
        });
        table.slot_of(word).map(|slot| self.pairs[pair_at[slot]].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static MAP: WordMap = WordMap::new(&[("a", "one"), ("buy", "buy"), ("bought", "buy")]);

    #[test]
    fn a_map_gives_each_pairs_second_word() {
        assert_eq!(MAP.get("a"), Some("one"));
        assert_eq!(MAP.get("bought"), Some("buy"));
        assert_eq!(MAP.get("buy"), Some("buy"));
        for miss in ["", "b", "buys", "one", "boughtx"] {
            assert_eq!(MAP.get(miss), None, "{miss}");
        }
    }

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
