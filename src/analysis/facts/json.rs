//! The fact table as JSON (`parallax facts --json`): a stable, versioned
//! document for scripts.

use serde::Serialize;

use crate::analysis::claims::ClaimStatus;
use crate::model::Corpus;

use super::table::{FactCell, FactTable};

/// Version of the fact table's JSON; bumped on any incompatible change.
pub const FACTS_VERSION: u32 = 1;

/// The document.
#[derive(Debug, Serialize)]
pub struct FactsDoc<'a> {
    /// Format version ([`FACTS_VERSION`]).
    pub version: u32,
    /// The columns, one per article.
    pub outlets: Vec<OutletDoc<'a>>,
    /// For `--omissions`: the article whose omissions the rows are.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub omitted_by: Option<&'a str>,
    /// The rows shown.
    pub rows: Vec<RowDoc<'a>>,
}

/// One column.
#[derive(Debug, Serialize)]
pub struct OutletDoc<'a> {
    /// The article's id.
    pub article: &'a str,
    /// Its outlet.
    pub outlet: &'a str,
}

/// One fact.
#[derive(Debug, Serialize)]
pub struct RowDoc<'a> {
    /// The claim group's id (as in `parallax analyze --json`).
    pub group: usize,
    /// `shared`, `unique` or `conflict`.
    pub status: ClaimStatus,
    /// What the fact is about, then the clause its first outlet states it in.
    pub fact: &'a str,
    /// One cell per outlet, `null` where it does not report the fact.
    pub cells: Vec<Option<CellDoc<'a>>>,
}

/// One outlet's value.
#[derive(Debug, Serialize)]
pub struct CellDoc<'a> {
    /// The article's id.
    pub article: &'a str,
    /// The value as written.
    pub value: &'a str,
    /// The claim's index in its article (as in `parallax analyze --json`).
    pub claim: usize,
    /// Another outlet gives the fact another value.
    pub differs: bool,
    /// Fewer outlets give this value than another.
    pub outlier: bool,
}

/// The document for `rows` (indices into `table.rows`) of `table` over `corpus`.
pub fn facts_doc<'a>(
    corpus: &'a Corpus,
    table: &'a FactTable,
    rows: &[usize],
    omitted_by: Option<usize>,
) -> FactsDoc<'a> {
    let id = |article: usize| corpus.articles[article].meta.id.as_str();
    let cell = |c: &'a FactCell| CellDoc {
        article: id(c.claim.article),
        value: &c.value,
        claim: c.claim.claim,
        differs: c.differs,
        outlier: c.outlier,
    };
    FactsDoc {
        version: FACTS_VERSION,
        outlets: table
            .outlets
            .iter()
            .map(|&a| OutletDoc {
                article: id(a),
                outlet: &corpus.articles[a].meta.outlet,
            })
            .collect(),
        omitted_by: omitted_by.map(id),
        rows: rows
            .iter()
            .filter_map(|&r| table.rows.get(r))
            .map(|r| RowDoc {
                group: r.group,
                status: r.status,
                fact: &r.fact,
                cells: table
                    .outlets
                    .iter()
                    .map(|&column| r.cell(column).map(cell))
                    .collect(),
            })
            .collect(),
    }
}
