//! Groups claims across outlets and decides whether they agree.
//!
//! Claims whose clause repeats word for word (syndicated copy) join first and
//! are searched once. Then candidate links (see [`super::link`]) are taken
//! strongest first; a link that would put two claims of one article in a group
//! is refused, so every group holds at most one claim per outlet and loose
//! chains cannot merge unrelated claims. A group of one outlet is unique; of
//! several, a conflict where the same fact differs (see [`super::compare`]),
//! shared otherwise.

use std::hash::{DefaultHasher, Hash, Hasher};

use crate::analysis::disjoint::DisjointSets;
use crate::analysis::language::hash::{FnvHashMap, FnvHashSet};
use crate::model::Article;

use super::compare::{Stated, conflicts};
use super::link::{Edge, edges};
use super::{Claim, ClaimGroup, ClaimRef, ClaimStatus};

/// Groups every claim of every article.
pub fn group(_articles: &[Article], claims: &[Vec<Claim>]) -> Vec<ClaimGroup> {
    let flat: Vec<ClaimRef> = claims
        .iter()
        .enumerate()
        .flat_map(|(article, list)| (0..list.len()).map(move |claim| ClaimRef { article, claim }))
        .collect();
    let claim = |r: ClaimRef| &claims[r.article][r.claim];
    let (representatives, repeats) = repeated_text(&flat, claims);
    let mut links = edges(&flat, claims, &representatives);
    links.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    let mut groups = Groups::new(&flat);
    for Edge { a, b, .. } in repeats.into_iter().chain(links) {
        groups.join(a, b);
    }
    let stated: Vec<Stated> = crate::analysis::parallel_map(claims, |list| Stated::of(list));
    // Each group's conflicts stand alone: on all cores.
    let mut result: Vec<ClaimGroup> = crate::analysis::parallel_map(&groups.members(), |members| {
        let members: Vec<ClaimRef> = members.iter().map(|&i| flat[i]).collect();
        let with_claims: Vec<(ClaimRef, &Claim)> = members.iter().map(|&r| (r, claim(r))).collect();
        let (conflicts, differences) = conflicts(&with_claims, &stated);
        let status = match (
            super::super::count_distinct(members.iter().map(|m| m.article)),
            conflicts.is_empty(),
        ) {
            (1, _) => ClaimStatus::Unique,
            (_, true) => ClaimStatus::Shared,
            (_, false) => ClaimStatus::Conflict,
        };
        ClaimGroup {
            id: 0,
            status,
            members,
            differences,
            conflicts,
        }
    });
    result.sort_by_key(|g| (g.members[0].article, g.members[0].claim));
    for (id, group) in result.iter_mut().enumerate() {
        group.id = id;
    }
    result
}

/// Claims whose clause and anchor repeat word for word join first: one
/// representative per distinct text, and a link from each repeat to it. The
/// texts are hashed on all cores; the pass in claim order compares two texts
/// only where their hashes meet.
fn repeated_text(flat: &[ClaimRef], claims: &[Vec<Claim>]) -> (Vec<usize>, Vec<Edge>) {
    let key = |r: &ClaimRef| {
        let f = &claims[r.article][r.claim].features;
        (f.text.as_str(), f.kind, f.slot.as_str(), f.keys.as_slice())
    };
    let hashes = crate::analysis::parallel_map(flat, |r| {
        let mut hasher = DefaultHasher::new();
        key(r).hash(&mut hasher);
        hasher.finish()
    });
    // Per hash, the representatives whose key has it.
    let mut first: FnvHashMap<u64, Vec<usize>> = FnvHashMap::default();
    let mut representatives = Vec::new();
    let mut repeats = Vec::new();
    for (i, (r, hash)) in flat.iter().zip(hashes).enumerate() {
        let same_hash = first.entry(hash).or_default();
        match same_hash.iter().find(|&&rep| key(&flat[rep]) == key(r)) {
            Some(&rep) => repeats.push(Edge {
                a: rep,
                b: i,
                score: f32::INFINITY,
            }),
            None => {
                same_hash.push(i);
                representatives.push(i);
            }
        }
    }
    (representatives, repeats)
}

/// Union-find over claims that refuses to put two claims of one article together.
struct Groups {
    sets: DisjointSets,
    /// Per root, the articles its group holds.
    articles: Vec<FnvHashSet<usize>>,
}

impl Groups {
    fn new(flat: &[ClaimRef]) -> Self {
        Self {
            sets: DisjointSets::new(flat.len()),
            articles: flat
                .iter()
                .map(|r| FnvHashSet::from_iter([r.article]))
                .collect(),
        }
    }

    /// Joins the groups of `a` and `b` unless they share an article. The
    /// smaller group's articles move into the larger's set, so each article
    /// moves at most log n times however the groups grow.
    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.sets.root(a), self.sets.root(b));
        if ra == rb {
            return;
        }
        let (small, large) = if self.articles[ra].len() <= self.articles[rb].len() {
            (ra, rb)
        } else {
            (rb, ra)
        };
        if self.articles[small]
            .iter()
            .any(|x| self.articles[large].contains(x))
        {
            return;
        }
        let moved = std::mem::take(&mut self.articles[small]);
        let mut into = std::mem::take(&mut self.articles[large]);
        into.extend(moved);
        let (keep, _) = self.sets.union(ra, rb);
        self.articles[keep] = into;
    }

    /// Members of every group, each sorted, in order of their first member.
    fn members(mut self) -> Vec<Vec<usize>> {
        let mut by_root: FnvHashMap<usize, Vec<usize>> = FnvHashMap::default();
        for i in 0..self.articles.len() {
            let root = self.sets.root(i);
            by_root.entry(root).or_default().push(i);
        }
        let mut groups: Vec<Vec<usize>> = by_root.into_values().collect();
        groups.sort_by_key(|g| g[0]);
        groups
    }
}
