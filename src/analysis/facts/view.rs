//! Views of the fact table: the rows a status and an outlet filter let through,
//! and what one outlet left out.

use crate::analysis::claims::ClaimStatus;

use super::table::FactTable;

/// Which facts the table shows, by status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Every fact.
    #[default]
    All,
    /// Facts the outlets disagree on.
    Conflicts,
    /// Facts several outlets report alike.
    Shared,
    /// Facts one outlet alone reports.
    Unique,
}

impl StatusFilter {
    /// Every filter, in the order `next` cycles through them.
    pub const ALL: [StatusFilter; 4] = [
        StatusFilter::All,
        StatusFilter::Conflicts,
        StatusFilter::Shared,
        StatusFilter::Unique,
    ];

    /// The next filter in the cycle.
    pub fn next(self) -> Self {
        let at = Self::ALL.iter().position(|f| *f == self).unwrap_or(0);
        Self::ALL[(at + 1) % Self::ALL.len()]
    }

    /// The filter's name, as shown and as given on the command line.
    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::All => "all",
            StatusFilter::Conflicts => "conflict",
            StatusFilter::Shared => "shared",
            StatusFilter::Unique => "unique",
        }
    }

    /// True when a fact of `status` passes.
    pub fn admits(self, status: ClaimStatus) -> bool {
        match self {
            StatusFilter::All => true,
            StatusFilter::Conflicts => status == ClaimStatus::Conflict,
            StatusFilter::Shared => status == ClaimStatus::Shared,
            StatusFilter::Unique => status == ClaimStatus::Unique,
        }
    }
}

impl std::str::FromStr for StatusFilter {
    type Err = String;

    /// A filter from its name (`conflicts` and `conflict` alike).
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        let name = name.trim().to_lowercase();
        Self::ALL
            .into_iter()
            .find(|f| f.label() == name || format!("{}s", f.label()) == name)
            .ok_or_else(|| format!("'{name}' is none of all, conflict, shared, unique"))
    }
}

/// The rows of `table` (indices, in table order) whose status passes `status`
/// and, with `outlet` (a column), that this outlet reports.
pub fn visible_rows(table: &FactTable, status: StatusFilter, outlet: Option<usize>) -> Vec<usize> {
    table
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| status.admits(r.status))
        .filter(|(_, r)| outlet.is_none_or(|c| r.cell(c).is_some()))
        .map(|(i, _)| i)
        .collect()
}

/// What the outlet of column `column` left out: the facts it does not report
/// that most (more than half) of the other outlets do, most reported first
/// (then in table order).
pub fn omissions(table: &FactTable, column: usize) -> Vec<usize> {
    let others = table.outlets.len().saturating_sub(1);
    let mut rows: Vec<usize> = table
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.cell(column).is_none())
        .filter(|(_, r)| r.carried > 0 && r.carried * 2 > others)
        .map(|(i, _)| i)
        .collect();
    rows.sort_by_key(|&i| (std::cmp::Reverse(table.rows[i].carried), i));
    rows
}
