//! The fact table tab's state: which rows the filters let through (kept, so a
//! frame never filters every fact), the selected outlet column, and how far the
//! columns are scrolled sideways. The selected row is the panel's selection.

use crate::analysis::facts::{FactTable, StatusFilter, omissions, visible_rows};

/// Widest the fact column (the first, which never scrolls) gets.
const FACT_MAX: u16 = 40;
/// Narrowest the fact column gets.
const FACT_MIN: u16 = 16;
/// Columns of one outlet's cell, the separator included.
pub const CELL_WIDTH: u16 = 17;

/// The fact table's columns at a width: the fact column's width and how many
/// outlet columns fit beside it (at least one).
pub fn fact_columns(width: u16) -> (u16, usize) {
    let fact = (width * 2 / 5).clamp(FACT_MIN.min(width), FACT_MAX);
    let cells = usize::from(width.saturating_sub(fact) / CELL_WIDTH).max(1);
    (fact, cells)
}

/// What the fact table tab shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FactView {
    /// Facts of which status are shown.
    pub status: StatusFilter,
    /// Only facts this column's outlet reports, when set.
    pub outlet: Option<usize>,
    /// Instead of the table: what this column's outlet left out.
    pub omissions: Option<usize>,
    /// The rows shown (indices into the table's rows), in order.
    pub rows: Vec<usize>,
    /// The selected outlet column.
    pub column: usize,
    /// The first outlet column shown.
    pub first_column: usize,
}

impl FactView {
    /// Recomputes the rows shown after the table or a filter changed.
    pub fn refresh(&mut self, table: &FactTable) {
        let columns = table.outlets.len();
        self.column = self.column.min(columns.saturating_sub(1));
        self.outlet = self.outlet.filter(|&c| c < columns);
        self.omissions = self.omissions.filter(|&c| c < columns);
        self.rows = match self.omissions {
            Some(column) => omissions(table, column),
            None => visible_rows(table, self.status, self.outlet),
        };
    }

    /// Moves the selected column by `delta` among `columns`, scrolling so that
    /// it stays among the `shown` columns on screen.
    pub fn move_column(&mut self, delta: isize, columns: usize, shown: usize) {
        self.column = self
            .column
            .saturating_add_signed(delta)
            .min(columns.saturating_sub(1));
        self.reveal_column(shown);
    }

    /// Scrolls sideways just enough to show the selected column among `shown`.
    pub fn reveal_column(&mut self, shown: usize) {
        let shown = shown.max(1);
        if self.column < self.first_column {
            self.first_column = self.column;
        } else if self.column >= self.first_column + shown {
            self.first_column = self.column + 1 - shown;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_scroll_to_keep_the_selection_shown() {
        let mut view = FactView::default();
        view.move_column(5, 20, 3);
        assert_eq!((view.column, view.first_column), (5, 3));
        view.move_column(-4, 20, 3);
        assert_eq!((view.column, view.first_column), (1, 1));
        view.move_column(100, 20, 3);
        assert_eq!((view.column, view.first_column), (19, 17));
    }

    #[test]
    fn the_fact_column_stays_and_cells_fill_the_rest() {
        assert_eq!(fact_columns(120), (40, 4));
        assert_eq!(fact_columns(46), (18, 1));
    }
}
