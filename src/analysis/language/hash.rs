//! A small, fast hasher for the short keys of word lists and indexes.
//!
//! The standard library's default hasher resists collision attacks, which costs
//! time on every word; the keys here are words of the text being analysed, hashed
//! many times each, so the much cheaper 64-bit FNV-1a hash is used instead.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A hash map keyed with [`Fnv`].
pub type FnvHashMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A hash set keyed with [`Fnv`].
pub type FnvHashSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// The 64-bit FNV-1a hash.
#[derive(Debug, Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        const BASIS: u64 = 0xcbf2_9ce4_8422_2325;
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        let mut hash = if self.0 == 0 { BASIS } else { self.0 };
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(PRIME);
        }
        self.0 = hash;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_and_distinct_keys() {
        let hash = |s: &[u8]| {
            let mut h = Fnv::default();
            h.write(s);
            h.finish()
        };
        assert_eq!(hash(b"a"), 0xaf63_dc4c_8601_ec8c);
        let set: FnvHashSet<&str> = ["said", "says", "told"].into_iter().collect();
        assert!(set.contains("says") && !set.contains("say"));
    }
}
