//! Groups claims across outlets and decides whether they agree.
//!
//! Two claims of different articles join when their sentences are similar
//! (the alignment similarity: IDF-weighted words over the corpus) and, more
//! readily, when they also share a distinctive number. Candidates come from an
//! inverted index over the claims' rarer words, so a large corpus never compares
//! every claim with every other; word-for-word repeats (syndicated copy) are
//! joined by their text first and searched once. Groups grow strongest link first and never take
//! two claims of one article, which keeps chains of loose matches from merging
//! unrelated claims. A group is a conflict when its members state the same kind of
//! fact differently: another number for the same unit, another vote tally,
//! another date, another modality ("agreed" against "considering").

use std::collections::HashMap;

use crate::analysis::align::SimilarityIndex;
use crate::analysis::disjoint::DisjointSets;
use crate::model::Article;
use crate::model::normalize::fold_for_compare;

use super::numbers::unit_stems;
use super::{Claim, ClaimGroup, ClaimRef, ClaimStatus, Fact, FactDifference};

/// Score of the link between word-for-word repeats: above any similarity, so
/// repeats join before anything else.
const REPEAT_SCORE: f32 = 2.0;
/// Lowest sentence similarity for two claims to be the same claim.
const MIN_SIMILARITY: f32 = 0.36;
/// Lowest sentence similarity when the claims also share a distinctive number.
const MIN_SIMILARITY_WITH_NUMBER: f32 = 0.22;
/// A word in more claims than this share of all claims proposes no candidates.
const COMMON_SHARE: usize = 20;
/// Modalities that can contradict each other (urging is a stance, not a fact).
const FACTUAL_MODALITIES: &[&str] = &[
    "agreed",
    "considering",
    "expected",
    "denied",
    "refused",
    "confirmed",
    "not confirmed",
    "not agreed",
];

/// Groups every claim of every article.
pub fn group(
    articles: &[Article],
    claims: &[Vec<Claim>],
    index: &SimilarityIndex,
) -> Vec<ClaimGroup> {
    let flat: Vec<ClaimRef> = claims
        .iter()
        .enumerate()
        .flat_map(|(article, list)| (0..list.len()).map(move |claim| ClaimRef { article, claim }))
        .collect();
    let claim = |r: ClaimRef| &claims[r.article][r.claim];
    let (representatives, mut edges) = repeated_text_edges(articles, claims, &flat);
    edges.extend(candidate_edges(&flat, &representatives, claims, index));
    edges.sort_by(|a, b| b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    let mut groups = Groups::new(&flat);
    for (a, b, _) in edges {
        groups.join(a, b);
    }
    let mut result: Vec<ClaimGroup> = groups
        .members()
        .into_iter()
        .map(|members| {
            let members: Vec<ClaimRef> = members.into_iter().map(|i| flat[i]).collect();
            let facts: Vec<&[Fact]> = members.iter().map(|&m| claim(m).facts.as_slice()).collect();
            let differences = differences(&facts);
            let articles = {
                let mut a: Vec<usize> = members.iter().map(|m| m.article).collect();
                a.dedup();
                a.len()
            };
            let status = match (articles, differences.is_empty()) {
                (1, _) => ClaimStatus::Unique,
                (_, true) => ClaimStatus::Shared,
                (_, false) => ClaimStatus::Conflict,
            };
            ClaimGroup {
                id: 0,
                status,
                members,
                differences,
            }
        })
        .collect();
    result.sort_by_key(|g| (g.members[0].article, g.members[0].claim));
    for (id, group) in result.iter_mut().enumerate() {
        group.id = id;
    }
    result
}

/// Claims whose text repeats word for word (syndicated copy) join first: returns
/// one representative per distinct text, and edges chaining each repeat to it.
fn repeated_text_edges(
    articles: &[Article],
    claims: &[Vec<Claim>],
    flat: &[ClaimRef],
) -> (Vec<usize>, Vec<(usize, usize, f32)>) {
    let mut first: HashMap<String, usize> = HashMap::new();
    let mut representatives = Vec::new();
    let mut edges = Vec::new();
    for (i, r) in flat.iter().enumerate() {
        let text = claims[r.article][r.claim]
            .span
            .slice(&articles[r.article].text);
        match first.entry(fold_for_compare(text)) {
            std::collections::hash_map::Entry::Occupied(e) => {
                edges.push((*e.get(), i, REPEAT_SCORE))
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i);
                representatives.push(i);
            }
        }
    }
    (representatives, edges)
}

/// Pairs of representative claims (flat indices, lower first) worth joining, with
/// their score.
fn candidate_edges(
    flat: &[ClaimRef],
    representatives: &[usize],
    claims: &[Vec<Claim>],
    index: &SimilarityIndex,
) -> Vec<(usize, usize, f32)> {
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    for &i in representatives {
        let r = flat[i];
        for term in index.terms(r.article, claims[r.article][r.claim].sentence) {
            postings.entry(term).or_default().push(i);
        }
    }
    let common = (representatives.len() / COMMON_SHARE).max(8);
    let mut seen = vec![usize::MAX; flat.len()];
    let mut edges = Vec::new();
    for &i in representatives {
        let a = &flat[i];
        let claim_a = &claims[a.article][a.claim];
        for term in index.terms(a.article, claim_a.sentence) {
            let Some(list) = postings.get(&term).filter(|l| l.len() <= common) else {
                continue;
            };
            for &j in list.iter().filter(|&&j| j > i) {
                let b = flat[j];
                if seen[j] == i || b.article == a.article {
                    continue;
                }
                seen[j] = i;
                let claim_b = &claims[b.article][b.claim];
                let similarity =
                    index.similarity(a.article, claim_a.sentence, b.article, claim_b.sentence);
                let number = shares_distinctive_number(&claim_a.facts, &claim_b.facts);
                let threshold = if number {
                    MIN_SIMILARITY_WITH_NUMBER
                } else {
                    MIN_SIMILARITY
                };
                if similarity >= threshold {
                    edges.push((i, j, similarity + if number { 0.2 } else { 0.0 }));
                }
            }
        }
    }
    edges
}

/// True when both claims state the same amount of the same kind of thing.
fn shares_distinctive_number(a: &[Fact], b: &[Fact]) -> bool {
    a.iter().any(|x| b.iter().any(|y| same_amount(x, y)))
}

/// True for two facts giving one value of one measure (counts need a shared unit word).
fn same_amount(x: &Fact, y: &Fact) -> bool {
    match (x, y) {
        (
            Fact::Quantity {
                value: a, unit: ua, ..
            },
            Fact::Quantity {
                value: b, unit: ub, ..
            },
        ) => *a >= 10.0 && close(*a, *b) && units_compatible(ua, ub),
        (
            Fact::Money {
                value: a,
                currency: ca,
                ..
            },
            Fact::Money {
                value: b,
                currency: cb,
                ..
            },
        ) => ca == cb && close(*a, *b),
        (Fact::Percent { value: a, .. }, Fact::Percent { value: b, .. }) => close(*a, *b),
        (
            Fact::Tally {
                value: a,
                against: x,
                ..
            },
            Fact::Tally {
                value: b,
                against: y,
                ..
            },
        ) => a == b && x == y,
        _ => false,
    }
}

/// True when two values are equal within 1%.
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= a.abs().max(b.abs()) * 0.01
}

/// True when two unit phrases share a word stem.
fn units_compatible(a: &str, b: &str) -> bool {
    let b_stems = unit_stems(b);
    unit_stems(a).iter().any(|s| b_stems.contains(s))
}

/// The facts on which members disagree, kind by kind.
fn differences(facts: &[&[Fact]]) -> Vec<FactDifference> {
    let mut found = Vec::new();
    let quantities: Vec<Option<String>> = facts.iter().map(|f| first_count(f)).collect();
    if disagree_on_counts(facts) {
        found.push(FactDifference {
            kind: "quantity".into(),
            values: quantities,
        });
    }
    for (kind, values) in [
        ("money", money_values(facts)),
        ("percent", percent_values(facts)),
        ("tally", tally_values(facts)),
        ("modality", modality_values(facts)),
        ("date", date_values(facts)),
    ] {
        let stated: Vec<&String> = values.iter().flatten().collect();
        if stated.len() >= 2 && stated.iter().any(|v| *v != stated[0]) {
            found.push(FactDifference {
                kind: kind.into(),
                values,
            });
        }
    }
    found
}

/// Display of the first counted amount of a claim.
fn first_count(facts: &[Fact]) -> Option<String> {
    facts.iter().find_map(|f| match f {
        Fact::Quantity { text, .. } => Some(text.clone()),
        _ => None,
    })
}

/// True when two members count the same unit with different values.
fn disagree_on_counts(facts: &[&[Fact]]) -> bool {
    let counts: Vec<Vec<(f64, &str, &str)>> = facts
        .iter()
        .map(|f| {
            f.iter()
                .filter_map(|fact| match fact {
                    Fact::Quantity { value, unit, text } if !unit.is_empty() => {
                        Some((*value, unit.as_str(), text.as_str()))
                    }
                    _ => None,
                })
                .collect()
        })
        .collect();
    counts.iter().enumerate().any(|(i, a)| {
        counts[i + 1..].iter().any(|b| {
            a.iter().any(|(va, ua, _)| {
                let same_unit: Vec<&(f64, &str, &str)> = b
                    .iter()
                    .filter(|(_, ub, _)| units_compatible(ua, ub))
                    .collect();
                !same_unit.is_empty() && same_unit.iter().all(|(vb, _, _)| !close(*va, *vb))
            })
        })
    })
}

fn money_values(facts: &[&[Fact]]) -> Vec<Option<String>> {
    facts
        .iter()
        .map(|f| {
            f.iter().find_map(|fact| match fact {
                Fact::Money {
                    value, currency, ..
                } => Some(format!("{value} {currency}")),
                _ => None,
            })
        })
        .collect()
}

fn percent_values(facts: &[&[Fact]]) -> Vec<Option<String>> {
    facts
        .iter()
        .map(|f| {
            f.iter().find_map(|fact| match fact {
                Fact::Percent { value, .. } => Some(format!("{value}%")),
                _ => None,
            })
        })
        .collect()
}

fn tally_values(facts: &[&[Fact]]) -> Vec<Option<String>> {
    facts
        .iter()
        .map(|f| {
            f.iter().find_map(|fact| match fact {
                Fact::Tally { value, against, .. } => Some(format!("{value}-{against}")),
                _ => None,
            })
        })
        .collect()
}

fn modality_values(facts: &[&[Fact]]) -> Vec<Option<String>> {
    facts
        .iter()
        .map(|f| {
            f.iter().find_map(|fact| match fact {
                Fact::Modality { value, .. } if FACTUAL_MODALITIES.contains(&value.as_str()) => {
                    Some(value.clone())
                }
                _ => None,
            })
        })
        .collect()
}

/// A member's date, when it states exactly one.
fn date_values(facts: &[&[Fact]]) -> Vec<Option<String>> {
    facts
        .iter()
        .map(|f| {
            let dates: Vec<String> = f
                .iter()
                .filter_map(|fact| match fact {
                    Fact::Date { text, resolved } => {
                        Some(resolved.clone().unwrap_or_else(|| text.to_lowercase()))
                    }
                    _ => None,
                })
                .collect();
            (dates.len() == 1).then(|| dates[0].clone())
        })
        .collect()
}

/// Union-find over claims that refuses to put two claims of one article together.
struct Groups {
    sets: DisjointSets,
    articles: Vec<Vec<usize>>,
}

impl Groups {
    fn new(flat: &[ClaimRef]) -> Self {
        Self {
            sets: DisjointSets::new(flat.len()),
            articles: flat.iter().map(|r| vec![r.article]).collect(),
        }
    }

    /// Joins the groups of `a` and `b` unless they share an article.
    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.sets.root(a), self.sets.root(b));
        if ra == rb
            || self.articles[ra]
                .iter()
                .any(|x| self.articles[rb].contains(x))
        {
            return;
        }
        let (keep, merged) = self.sets.union(ra, rb);
        let moved = std::mem::take(&mut self.articles[merged]);
        self.articles[keep].extend(moved);
    }

    /// Members of every group, each sorted, in order of their first member.
    fn members(mut self) -> Vec<Vec<usize>> {
        let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
        for i in 0..self.articles.len() {
            let root = self.sets.root(i);
            by_root.entry(root).or_default().push(i);
        }
        let mut groups: Vec<Vec<usize>> = by_root.into_values().collect();
        groups.sort_by_key(|g| g[0]);
        groups
    }
}
