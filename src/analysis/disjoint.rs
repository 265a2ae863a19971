//! Disjoint sets (union-find), shared by the grouping of quotes and of claims;
//! each adds its own rule for which sets may join.

/// Sets of indices `0..n`, merged by [`DisjointSets::union`].
#[derive(Debug, Clone)]
pub struct DisjointSets {
    parent: Vec<usize>,
}

impl DisjointSets {
    /// `n` singleton sets.
    pub fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    /// The representative of the set holding `i` (path halving keeps it fast).
    pub fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Merges the sets with roots `a` and `b`; the smaller index stays the root,
    /// which is returned with the root that was merged into it.
    pub fn union(&mut self, a: usize, b: usize) -> (usize, usize) {
        let (keep, merged) = (a.min(b), a.max(b));
        self.parent[merged] = keep;
        (keep, merged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unions_and_roots() {
        let mut sets = DisjointSets::new(5);
        let (a, b) = (sets.root(3), sets.root(4));
        assert_eq!(sets.union(a, b), (3, 4));
        let (a, b) = (sets.root(4), sets.root(1));
        sets.union(a, b);
        assert_eq!(sets.root(4), 1);
        assert_eq!(sets.root(3), 1);
        assert_eq!(sets.root(0), 0);
    }
}
