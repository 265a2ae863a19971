//! The heaviest chain of sentence pairs increasing on both sides: a weighted
//! longest-increasing-subsequence over candidates, in O(k log k) with a Fenwick
//! tree of prefix maxima.

use super::SentencePair;

/// The chain of `pairs` (sorted by left, then right) with the greatest total score
/// whose left and right indices both strictly increase.
pub fn heaviest_chain(pairs: &[SentencePair]) -> Vec<SentencePair> {
    let Some(max_right) = pairs.iter().map(|p| p.right).max() else {
        return Vec::new();
    };
    let mut tree = PrefixMax::new(max_right + 1);
    let mut best = vec![0.0f32; pairs.len()];
    let mut previous = vec![usize::MAX; pairs.len()];
    let mut start = 0;
    while start < pairs.len() {
        let left = pairs[start].left;
        let end = start + pairs[start..].iter().take_while(|p| p.left == left).count();
        for k in start..end {
            let (score, from) = tree.query(pairs[k].right);
            best[k] = score + pairs[k].score;
            previous[k] = from;
        }
        for k in start..end {
            tree.update(pairs[k].right, best[k], k);
        }
        start = end;
    }
    let mut k = (0..pairs.len())
        .max_by(|&x, &y| best[x].total_cmp(&best[y]))
        .unwrap_or(usize::MAX);
    let mut chain = Vec::new();
    while k != usize::MAX {
        chain.push(pairs[k]);
        k = previous[k];
    }
    chain.reverse();
    chain
}

/// Fenwick tree answering "best (score, index) among positions < i".
struct PrefixMax {
    tree: Vec<(f32, usize)>,
}

impl PrefixMax {
    fn new(len: usize) -> Self {
        Self {
            tree: vec![(0.0, usize::MAX); len + 1],
        }
    }

    /// Best entry at positions strictly below `position`.
    fn query(&self, position: usize) -> (f32, usize) {
        let mut i = position;
        let mut best = (0.0, usize::MAX);
        while i > 0 {
            if self.tree[i].0 > best.0 {
                best = self.tree[i];
            }
            i &= i - 1;
        }
        best
    }

    /// Records `score` (from pair `index`) at `position`.
    fn update(&mut self, position: usize, score: f32, index: usize) {
        let mut i = position + 1;
        while i < self.tree.len() {
            if score > self.tree[i].0 {
                self.tree[i] = (score, index);
            }
            i += i & i.wrapping_neg();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_pairs::pair;
    use super::*;

    #[test]
    fn picks_heaviest_increasing_chain() {
        let pairs = [
            pair(0, 0, 0.9),
            pair(0, 3, 0.5),
            pair(1, 1, 0.8),
            pair(2, 0, 0.95),
            pair(3, 2, 0.7),
        ];
        let chain = heaviest_chain(&pairs);
        let got: Vec<(usize, usize)> = chain.iter().map(|p| (p.left, p.right)).collect();
        assert_eq!(got, [(0, 0), (1, 1), (3, 2)]);
    }

    #[test]
    fn same_left_never_used_twice() {
        let chain = heaviest_chain(&[pair(0, 0, 0.5), pair(0, 1, 0.5)]);
        assert_eq!(chain.len(), 1);
        assert!(heaviest_chain(&[]).is_empty());
    }
}
