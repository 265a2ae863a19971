//! A small xorshift generator for the benchmark corpora: the same seed gives
//! the same corpus, on every machine.

/// The generator's state.
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed` (zero, which xorshift never leaves, is moved to one).
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    /// A number in `0..n` (zero when `n` is zero).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}
