//! The fact table: one row per fact (claim group), one column per article, each
//! cell the article's value for the fact, with conflicts and outliers marked in
//! text so they read without colour.

use crate::analysis::Analysis;
use crate::analysis::claims::{ClaimGroup, ClaimRef, ClaimStatus};
use crate::model::Corpus;

use super::disputed::{ValueCluster, disputed_values, is_outlier};
use super::value::{claim_topic, claim_value, one_line};

/// Marks a cell whose value differs from another outlet's.
pub const DIFFERS: &str = "≠";
/// Marks a value fewer outlets give than another: the outlier.
pub const OUTLIER: &str = "!";
/// Stands for a fact an outlet does not report.
pub const GAP: &str = "—";

/// The whole table, rows in reading order: conflicts first, then the facts most
/// outlets carry.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FactTable {
    /// The columns: every article, in corpus order (corpus indices).
    pub outlets: Vec<usize>,
    /// The rows.
    pub rows: Vec<FactRow>,
}

/// One fact and what each outlet says of it.
#[derive(Debug, Clone, PartialEq)]
pub struct FactRow {
    /// The claim group.
    pub group: usize,
    /// Its status.
    pub status: ClaimStatus,
    /// The fact: what it is about, then the clause its first member states it in
    /// (`buy: The city agreed to buy the harbour …`).
    pub fact: String,
    /// One cell per column; `None` where the outlet does not report it.
    pub cells: Vec<Option<FactCell>>,
    /// How many outlets report it.
    pub carried: usize,
}

/// One outlet's value for a fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactCell {
    /// The claim stating it.
    pub claim: ClaimRef,
    /// The value as written (for a disputed fact, the disputed value).
    pub value: String,
    /// True when another outlet gives the fact another value.
    pub differs: bool,
    /// True when fewer outlets give this value than another one.
    pub outlier: bool,
    /// For a disputed fact, which of its values this is (see [`disputed_values`]).
    pub cluster: Option<usize>,
}

impl FactCell {
    /// The cell as shown: the value after its marks, `≠! $3.5 billion`.
    pub fn label(&self) -> String {
        let marks = match (self.differs, self.outlier) {
            (true, true) => format!("{DIFFERS}{OUTLIER} "),
            (true, false) => format!("{DIFFERS} "),
            (false, _) => String::new(),
        };
        format!("{marks}{}", self.value)
    }
}

impl FactTable {
    /// The table of `analysis` over `corpus`.
    pub fn build(corpus: &Corpus, analysis: &Analysis) -> Self {
        let outlets: Vec<usize> = (0..corpus.articles.len()).collect();
        let mut rows: Vec<FactRow> = analysis
            .claim_groups
            .iter()
            .map(|g| row(corpus, analysis, g))
            .collect();
        rows.sort_by_key(|r| {
            (
                r.status != ClaimStatus::Conflict,
                std::cmp::Reverse(r.carried),
                r.group,
            )
        });
        Self { outlets, rows }
    }

    /// The column of the table another outlet to compare cell (`row`, `column`)
    /// with: for a disputed value, an outlet giving another value (one of the
    /// most outlets' value first); for any other value, another outlet reporting
    /// the fact; for a gap, the first outlet reporting it.
    pub fn partner(&self, row: usize, column: usize) -> Option<usize> {
        let row = self.rows.get(row)?;
        let present = |c: usize| c != column && row.cells[c].is_some();
        match row.cells.get(column)? {
            Some(FactCell {
                cluster: Some(own), ..
            }) => {
                let other = |c: &usize| {
                    row.cells[*c]
                        .as_ref()
                        .is_some_and(|x| x.cluster.is_some_and(|k| k != *own))
                };
                let candidates: Vec<usize> = (0..row.cells.len()).filter(other).collect();
                candidates
                    .iter()
                    .copied()
                    .find(|&c| row.cells[c].as_ref().is_some_and(|x| !x.outlier))
                    .or_else(|| candidates.first().copied())
                    .or_else(|| (0..row.cells.len()).find(|&c| present(c)))
            }
            _ => (0..row.cells.len()).find(|&c| present(c)),
        }
    }
}

/// The row of one claim group.
fn row(corpus: &Corpus, analysis: &Analysis, group: &ClaimGroup) -> FactRow {
    let columns = corpus.articles.len();
    let clusters = disputed_values(analysis, group);
    let mut cells: Vec<Option<FactCell>> = vec![None; columns];
    for &member in &group.members {
        let Some(slot) = cells.get_mut(member.article) else {
            continue;
        };
        if slot.is_some() {
            continue;
        }
        let Some(claim) = analysis
            .articles
            .get(member.article)
            .and_then(|a| a.claims.get(member.claim))
        else {
            continue;
        };
        *slot = Some(cell(member, claim_value(claim), &clusters));
    }
    let fact = group
        .members
        .first()
        .and_then(|m| {
            let claim = analysis.articles.get(m.article)?.claims.get(m.claim)?;
            let clause = one_line(claim.span.slice(&corpus.articles.get(m.article)?.text));
            Some(format!("{}: {clause}", claim_topic(claim)))
        })
        .unwrap_or_default();
    FactRow {
        group: group.id,
        status: group.status,
        fact,
        carried: cells.iter().filter(|c| c.is_some()).count(),
        cells,
    }
}

/// The cell of `member`, whose own value is `value`: a member stating one of
/// the disputed values shows that value and is marked.
fn cell(member: ClaimRef, value: String, clusters: &[ValueCluster]) -> FactCell {
    let cluster = clusters.iter().position(|c| c.members.contains(&member));
    match cluster {
        Some(index) => FactCell {
            claim: member,
            value: clusters[index].text_of(member).unwrap_or(value),
            differs: clusters.len() > 1,
            outlier: is_outlier(clusters, index),
            cluster,
        },
        None => FactCell {
            claim: member,
            value,
            differs: false,
            outlier: false,
            cluster: None,
        },
    }
}
