//! What the keys of the fact table do: move between outlet columns, filter by
//! status or outlet, show what an outlet left out, and open a cell's outlet
//! against the outlet that disagrees with it (or, for a gap, one that reports it).

use crate::model::Span;

use super::Side;
use super::fact_view::fact_columns;
use super::state::App;

impl App {
    /// How many outlet columns of the fact table are on screen.
    pub fn fact_columns_shown(&self) -> usize {
        let width = self.geometry().panel.map_or(self.area.width, |p| p.width);
        fact_columns(width.saturating_sub(2)).1
    }
}

/// `h` `l`: the selected outlet column moves by `delta`, scrolling sideways.
pub fn move_column(app: &mut App, delta: isize) {
    let (columns, shown) = (app.facts.outlets.len(), app.fact_columns_shown());
    app.fact_view.move_column(delta, columns, shown);
}

/// `f`: the next status filter.
pub fn cycle_status(app: &mut App) {
    app.fact_view.status = app.fact_view.status.next();
    app.fact_view.omissions = None;
    refreshed(app);
    app.message = Some(format!("facts: {}", app.fact_view.status.label()));
}

/// `F`: only the facts the selected outlet reports, or all again.
pub fn toggle_outlet(app: &mut App) {
    let column = app.fact_view.column;
    app.fact_view.omissions = None;
    app.fact_view.outlet = match app.fact_view.outlet {
        Some(c) if c == column => None,
        _ => Some(column),
    };
    refreshed(app);
    app.message = Some(match app.fact_view.outlet {
        Some(c) => format!("facts {} reports", outlet(app, c)),
        None => "facts of every outlet".into(),
    });
}

/// `m`: what the selected outlet left out, or the table again.
pub fn toggle_omissions(app: &mut App) {
    let column = app.fact_view.column;
    app.fact_view.omissions = match app.fact_view.omissions {
        Some(c) if c == column => None,
        _ => Some(column),
    };
    refreshed(app);
    app.message = Some(match app.fact_view.omissions {
        Some(c) => format!(
            "{} leaves out {} fact(s) most other outlets report",
            outlet(app, c),
            app.fact_view.rows.len()
        ),
        None => "the whole fact table".into(),
    });
}

/// `Enter` on a cell: its outlet in the left pane against the outlet that gives
/// another value (for a gap, one that reports the fact) in the right, both at
/// the fact, and the panes take the keyboard.
pub fn open_cell(app: &mut App) {
    let Some(&row) = app.fact_view.rows.get(app.panel.selected()) else {
        return;
    };
    let column = app.fact_view.column;
    let Some(partner) = app.facts.partner(row, column) else {
        app.message = Some("no other outlet reports this fact".into());
        return;
    };
    let fact = &app.facts.rows[row];
    let (own, other) = (fact.cell(column).cloned(), fact.cell(partner).cloned());
    let (left, right) = (app.facts.outlets[column], app.facts.outlets[partner]);
    let start = |claim: &crate::analysis::claims::ClaimRef| {
        app.analysis.articles[claim.article].claims[claim.claim].span
    };
    let left_at = own.as_ref().map(|c| start(&c.claim));
    let right_at = other.as_ref().map(|c| start(&c.claim));
    app.message = Some(match (&own, &other) {
        (Some(a), Some(b)) => format!(
            "{}: {} · {}: {}",
            outlet(app, left),
            a.value,
            outlet(app, right),
            b.value
        ),
        _ => format!(
            "{} does not report this; {} does",
            outlet(app, left),
            outlet(app, right)
        ),
    });
    app.panel.focused = false;
    open_pair(app, (left, left_at), (right, right_at));
}

/// Shows `left` and `right` side by side, each at its span where it has one;
/// a pane without one follows the other to the matching passage.
fn open_pair(app: &mut App, left: (usize, Option<Span>), right: (usize, Option<Span>)) {
    if app.pair() != (left.0, right.0) {
        app.panes[0].article = left.0;
        app.panes[1].article = right.0;
        app.pair_changed();
    } else {
        app.relayout();
    }
    match (left.1, right.1) {
        (Some(l), Some(r)) => {
            let sync = std::mem::replace(&mut app.sync, false);
            app.jump_to(Side::Right, r.start);
            app.jump_to(Side::Left, l.start);
            app.sync = sync;
            app.reveal_both_cursors();
        }
        (Some(l), None) => app.jump_to(Side::Left, l.start),
        (None, Some(r)) => app.jump_to(Side::Right, r.start),
        (None, None) => {}
    }
}

/// After a filter changed: the rows again, the first selected.
fn refreshed(app: &mut App) {
    app.fact_view.refresh(&app.facts);
    app.panel.selected[super::panel::Tab::Facts.index()] = 0;
}

/// The outlet of corpus article `article`.
fn outlet(app: &App, article: usize) -> String {
    app.corpus.articles[article].meta.outlet.clone()
}
