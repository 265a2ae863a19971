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
    /// The cells of the outlets reporting it, by column (kept sparse: a corpus
    /// of thousands of articles has as many columns).
    pub cells: Vec<FactCell>,
    /// How many outlets report it.
    pub carried: usize,
}

/// One outlet's value for a fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactCell {
    /// Its column (the article's corpus index).
    pub column: usize,
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

impl FactRow {
    /// The cell of column `column`; `None` where that outlet does not report the fact.
    pub fn cell(&self, column: usize) -> Option<&FactCell> {
        self.cells
            .binary_search_by_key(&column, |c| c.column)
            .ok()
            .map(|i| &self.cells[i])
    }
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

    /// The column of another outlet to compare cell (`row`, `column`)
    /// with: for a disputed value, an outlet giving another value (one of the
    /// most outlets' value first); for any other value, another outlet reporting
    /// the fact; for a gap, the first outlet reporting it.
    pub fn partner(&self, row: usize, column: usize) -> Option<usize> {
        let row = self.rows.get(row)?;
        let others = row.cells.iter().filter(|c| c.column != column);
        let own = row.cell(column).and_then(|c| c.cluster);
        let disputing: Vec<&FactCell> = others
            .clone()
            .filter(|c| own.is_some() && c.cluster.is_some() && c.cluster != own)
            .collect();
        disputing
            .iter()
            .find(|c| !c.outlier)
            .or(disputing.first())
            .copied()
            .or_else(|| others.clone().next())
            .map(|c| c.column)
    }
}

/// The row of one claim group.
fn row(corpus: &Corpus, analysis: &Analysis, group: &ClaimGroup) -> FactRow {
    let clusters = disputed_values(analysis, group);
    let mut members: Vec<ClaimRef> = group.members.clone();
    members.sort_unstable();
    members.dedup_by_key(|m| m.article);
    let cells: Vec<FactCell> = members
        .into_iter()
        .filter_map(|member| {
            let claim = analysis
                .articles
                .get(member.article)?
                .claims
                .get(member.claim)?;
            Some(cell(member, claim_value(claim), &clusters))
        })
        .collect();
    let fact = group
        .members
        .first()
        .and_then(|m| {
            let claim = analysis.articles.get(m.article)?.claims.get(m.claim)?;
            let clause = one_line(claim.span.slice(&corpus.articles.get(m.article)?.text));
            let topic = claim_topic(claim);
            Some(if topic.is_empty() {
                clause
            } else {
                format!("{topic}: {clause}")
            })
        })
        .unwrap_or_default();
    FactRow {
        group: group.id,
        status: group.status,
        fact,
        carried: cells.len(),
        cells,
    }
}

/// The cell of `member`, whose own value is `value`: a member stating one of
/// the disputed values shows that value and is marked.
fn cell(member: ClaimRef, value: String, clusters: &[ValueCluster]) -> FactCell {
    let cluster = clusters.iter().position(|c| c.members.contains(&member));
    match cluster {
        Some(index) => FactCell {
            column: member.article,
            claim: member,
            value: clusters[index].text_of(member).unwrap_or(value),
            differs: clusters.len() > 1,
            outlier: is_outlier(clusters, index),
            cluster,
        },
        None => FactCell {
            column: member.article,
            claim: member,
            value,
            differs: false,
            outlier: false,
            cluster: None,
        },
    }
}
