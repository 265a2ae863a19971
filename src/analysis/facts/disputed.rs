//! What a conflict is about: the values the outlets of a conflicting claim group
//! give for the fact they dispute, each with the outlets giving it, so that every
//! view can say "$3.5 billion (A) · $3.6 billion (B, C)" and mark the outlier.

use crate::analysis::Analysis;
use crate::analysis::claims::{ClaimGroup, ClaimRef, ClaimStatus, ConflictValue, Fact};
use crate::model::Corpus;

use super::value::{claim_value, folded, one_line, value_key};

/// One value of a disputed fact and the members stating it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueCluster {
    /// The value as the first member stating it writes it.
    pub text: String,
    /// The members stating it, in corpus order.
    pub members: Vec<ClaimRef>,
    /// How each member writes it (aligned with `members`).
    pub texts: Vec<String>,
}

impl ValueCluster {
    /// How `member` writes this value, if it states it.
    pub fn text_of(&self, member: ClaimRef) -> Option<String> {
        let i = self.members.iter().position(|m| *m == member)?;
        self.texts.get(i).cloned()
    }

    /// How many articles state this value.
    pub fn outlets(&self) -> usize {
        let mut articles: Vec<usize> = self.members.iter().map(|m| m.article).collect();
        articles.dedup();
        articles.len()
    }
}

/// The values the members of `group` give for the fact they dispute, in order
/// of first appearance; empty unless the group is a conflict. The machine's
/// first conflict decides which fact; a group an analyst called a conflict
/// without the machine finding one compares its members' anchor values.
pub fn disputed_values(analysis: &Analysis, group: &ClaimGroup) -> Vec<ValueCluster> {
    if group.status != ClaimStatus::Conflict {
        return Vec::new();
    }
    let stated: Vec<(ClaimRef, String, String)> = match group.conflicts.first() {
        Some(conflict) => conflict
            .values
            .iter()
            .map(|v| {
                let key = key_of(analysis, &conflict.kind, v);
                (v.member, key, one_line(&v.text))
            })
            .collect(),
        None => group
            .members
            .iter()
            .filter_map(|&m| {
                let claim = analysis.articles.get(m.article)?.claims.get(m.claim)?;
                let fact = claim.anchor_fact()?;
                Some((m, value_key(fact), claim_value(claim)))
            })
            .collect(),
    };
    let mut clusters: Vec<(String, ValueCluster)> = Vec::new();
    let mut sorted = stated;
    sorted.sort_by_key(|s| (s.0.article, s.0.claim));
    for (member, key, text) in sorted {
        match clusters.iter_mut().find(|(k, _)| *k == key) {
            Some((_, cluster)) => {
                cluster.members.push(member);
                cluster.texts.push(text);
            }
            None => clusters.push((
                key,
                ValueCluster {
                    text: text.clone(),
                    members: vec![member],
                    texts: vec![text],
                },
            )),
        }
    }
    clusters.into_iter().map(|(_, c)| c).collect()
}

/// True when cluster `index` is held by fewer outlets than another value: the
/// outlier a reader should look at first. Values held equally are no outliers.
pub fn is_outlier(clusters: &[ValueCluster], index: usize) -> bool {
    let most = clusters
        .iter()
        .map(ValueCluster::outlets)
        .max()
        .unwrap_or(0);
    clusters.get(index).is_some_and(|c| c.outlets() < most)
}

/// "$3.5 billion (A) · $3.6 billion (B, C)": each value with the outlets giving it.
pub fn describe(corpus: &Corpus, clusters: &[ValueCluster]) -> String {
    clusters
        .iter()
        .map(|c| {
            let mut outlets: Vec<&str> = Vec::new();
            for m in &c.members {
                let name = corpus
                    .articles
                    .get(m.article)
                    .map_or("?", |a| a.meta.outlet.as_str());
                if !outlets.contains(&name) {
                    outlets.push(name);
                }
            }
            format!("{} ({})", c.text, outlets.join(", "))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The comparison key of a value of a conflict of `kind`: that of the fact of
/// this kind written at its span (an event and its certainty may share one),
/// else its folded words.
fn key_of(analysis: &Analysis, kind: &str, value: &ConflictValue) -> String {
    let of_kind = |f: &&Fact| {
        f.span == value.span
            && (f.value.kind() == kind
                || (kind == "name" && matches!(f.value.kind(), "role" | "entity")))
    };
    analysis
        .articles
        .get(value.member.article)
        .and_then(|a| a.claims.get(value.member.claim))
        .and_then(|c| c.facts.iter().find(of_kind))
        .map_or_else(|| folded(&value.text), value_key)
}
